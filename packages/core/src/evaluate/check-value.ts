import { isIsoDate } from '../definition/validate.js';
import type { ChildResult, Input, ScalarInput } from '../input/input.js';
import { issue, type Issue } from '../messages/issues.js';
import { NOT_IN_UNIT } from '../rollup/rollup.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const CHILD_STATUSES = new Set(['met', 'not-met', 'unknown']);

/** True for keys that must never be read from user data. */
export function isForbiddenKey(k: string): boolean {
  return FORBIDDEN.has(k);
}

/** The own property `k` of `o`, never an inherited one. */
export function own(o: object, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined;
}

/** A value checked against its input: the value, or the issues that make it unusable. */
export type Checked = { readonly ok: true; readonly value: unknown; readonly warnings?: readonly Issue[] } | { readonly ok: false; readonly issues: readonly Issue[] };

const wrongType = (path: string, code: string, received: unknown, expectedVi: string, expectedEn: string): Checked => ({
  ok: false,
  issues: [issue('error', 'WRONG_TYPE', path, { received, expectedVi, expectedEn }, code)],
});

function checkScalar(i: ScalarInput, raw: unknown, path: string, code: string): Checked {
  switch (i.kind) {
    case 'number':
    case 'percent':
    case 'count': {
      if (typeof raw !== 'number') return wrongType(path, code, raw, 'một số', 'a number');
      if (!Number.isFinite(raw)) return { ok: false, issues: [issue('error', 'NOT_FINITE', path, { received: raw }, code)] };
      if (i.kind === 'percent' && (raw < 0 || raw > 100)) {
        return { ok: false, issues: [issue('error', 'OUT_OF_RANGE', path, { received: raw, range: '0–100 %' }, code)] };
      }
      if (i.kind === 'count') {
        if (raw < 0) return { ok: false, issues: [issue('error', 'NEGATIVE', path, { received: raw }, code)] };
        if (!Number.isInteger(raw)) return { ok: false, issues: [issue('error', 'NOT_INTEGER', path, { received: raw }, code)] };
      }
      const min = i.kind === 'number' ? i.min : undefined;
      const max = i.kind === 'percent' ? undefined : i.max;
      if ((min !== undefined && raw < min) || (max !== undefined && raw > max)) {
        return { ok: false, issues: [issue('error', 'OUT_OF_RANGE', path, { received: raw, range: `${min ?? '-∞'}–${max ?? '∞'}` }, code)] };
      }
      return { ok: true, value: raw };
    }
    case 'boolean':
      return typeof raw === 'boolean' ? { ok: true, value: raw } : wrongType(path, code, raw, 'đạt/chưa đạt (true/false)', 'true/false');
    case 'choice':
      if (typeof raw !== 'string') return wrongType(path, code, raw, 'một chuỗi', 'a string');
      return i.options.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, issues: [issue('error', 'NOT_AN_OPTION', path, { received: raw, expected: i.options.join(', ') }, code)] };
    case 'date': {
      const range = i.min || i.max ? `${i.min ?? '…'} – ${i.max ?? '…'}` : undefined;
      if (!isIsoDate(raw) || (i.min !== undefined && raw < i.min) || (i.max !== undefined && raw > i.max)) {
        return { ok: false, issues: [issue('error', 'INVALID_DATE', path, { received: raw, range }, code)] };
      }
      return { ok: true, value: raw };
    }
  }
}

/** Check one indicator value against its declared input. */
export function checkValue(i: Input, raw: unknown, path: string, code: string): Checked {
  if (i.kind === 'children') {
    if (!Array.isArray(raw)) return wrongType(path, code, raw, 'danh sách đơn vị con', 'a list of child units');
    const children: ChildResult[] = [];
    const ids = new Set<string>();
    const issues: Issue[] = [];
    raw.forEach((c: unknown, n) => {
      const p = `${path}[${n}]`;
      const id = typeof c === 'object' && c !== null ? own(c, 'id') : undefined;
      const status = typeof c === 'object' && c !== null ? own(c, 'status') : undefined;
      const name = typeof c === 'object' && c !== null ? own(c, 'name') : undefined;
      if (typeof id !== 'string' || id === '') {
        issues.push(issue('error', 'INVALID_CHILD', p, { received: c }, code));
        children.push({ id: `#${n + 1}`, status: 'unknown' });
        return;
      }
      if (ids.has(id)) {
        issues.push(issue('error', 'DUPLICATE_CHILD', p, { received: id }, code));
        return;
      }
      ids.add(id);
      if (typeof status !== 'string' || !CHILD_STATUSES.has(status)) {
        // A child with a bad status is an error: the list is unusable, so the indicator is unknown (never met).
        if (status === NOT_IN_UNIT) issues.push(issue('error', 'CHILD_NOT_IN_UNIT', p, { received: id }, code));
        else issues.push(issue('error', 'INVALID_CHILD', `${p}.status`, { received: status }, code));
        children.push(typeof name === 'string' ? { id, name, status: 'unknown' } : { id, status: 'unknown' });
        return;
      }
      children.push(typeof name === 'string' ? { id, name, status: status as ChildResult['status'] } : { id, status: status as ChildResult['status'] });
    });
    // Every issue here is an error (an unreadable or repeated child distorts the share): the indicator cannot be
    // decided, and the offending paths are reported as invalid.
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, value: children };
  }
  if (i.kind === 'fields') {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return wrongType(path, code, raw, 'một đối tượng', 'an object');
    const issues: Issue[] = [];
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(raw)) {
      if (isForbiddenKey(k)) issues.push(issue('error', 'FORBIDDEN_KEY', `${path}.${k}`, { received: k }, code));
      else if (!Object.prototype.hasOwnProperty.call(i.fields, k)) issues.push(issue('warning', 'UNKNOWN_FIELD', `${path}.${k}`, { received: k }, code));
    }
    let missing = false;
    for (const [k, f] of Object.entries(i.fields)) {
      const v = own(raw, k);
      if (v === undefined || v === null) {
        missing = true;
        continue;
      }
      const r = checkScalar(f, v, `${path}.${k}`, code);
      if (r.ok) out[k] = r.value;
      else issues.push(...r.issues);
    }
    if (issues.some((x) => x.severity === 'error')) return { ok: false, issues };
    if (missing) return { ok: false, issues };
    return issues.length > 0 ? { ok: true, value: out, warnings: issues } : { ok: true, value: out };
  }
  return checkScalar(i, raw, path, code);
}

/** Paths of the declared fields missing from a `fields` value. */
export function missingFields(i: Input, raw: unknown, path: string): string[] {
  if (i.kind !== 'fields' || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  return Object.keys(i.fields)
    .filter((k) => {
      const v = own(raw, k);
      return v === undefined || v === null;
    })
    .map((k) => `${path}.${k}`);
}
