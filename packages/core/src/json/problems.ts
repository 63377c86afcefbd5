import type { z } from 'zod';
import type { DefinitionErrorCode, DefinitionProblem } from '../definition/errors.js';
import type { Label } from '../label/label.js';

type Issue = z.core.$ZodIssue;
type Segment = PropertyKey;

/** Value nodes whose `values` key is left out of a path, as `validateSet` does ("rule.value.BTB"). */
const KEYED_NODES = new Set(['byRegion', 'byYear', 'byCategory', 'byZone', 'byGroup']);

function own(o: unknown, k: PropertyKey): unknown {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<PropertyKey, unknown>)[k] : undefined;
}

/**
 * The path of a place in the JSON, written like the paths of `validateSet`: `criteria[3].indicators[0].rule.value.BTB`.
 * Inside a value tree the `values` key of a byRegion/byYear/… node and the `value` key of a sourced node are
 * left out (the path names the region, year, category, zone or group), unless the problem is that key itself
 * (`values` that is not an object, a sourced node without `value`).
 */
export function formatPath(segments: readonly Segment[], data: unknown): string {
  let out = '';
  let here: unknown = data;
  segments.forEach((seg, n) => {
    const last = n === segments.length - 1;
    const type = own(here, 'type');
    // A rule also has a `type`, but none of these names: only value nodes are transparent. A sourced node's
    // `value` is named only when it is missing.
    const hidden =
      typeof type === 'string' &&
      ((seg === 'values' && KEYED_NODES.has(type) && !last) || (seg === 'value' && type === 'sourced' && (!last || own(here, seg) !== undefined)));
    here = own(here, seg);
    if (hidden) return;
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  });
  return out;
}

/** The indicator code or criterion ("tiêu chí N") a path points into, read from the data when it is there. */
export function atOf(segments: readonly Segment[], data: unknown): string | undefined {
  if (segments[0] !== 'criteria' || typeof segments[1] !== 'number') return undefined;
  const crit = own(own(data, 'criteria'), segments[1]);
  if (segments[2] === 'indicators' && typeof segments[3] === 'number') {
    const code = own(own(own(crit, 'indicators'), segments[3]), 'code');
    if (typeof code === 'string' && code !== '') return code;
  }
  const number = own(crit, 'number');
  return typeof number === 'number' ? `tiêu chí ${number}` : undefined;
}

const LABEL_KEYS = new Set(['label', 'reason', 'description', 'vi', 'en']);

/** The most specific definition error code for a problem at a path; `INVALID_JSON` when none fits. */
export function codeFor(segments: readonly Segment[], leafType: boolean, unknownKey = false): DefinitionErrorCode {
  const s = segments.map(String);
  const last = s[s.length - 1];
  if (s.length === 0) return 'INVALID_JSON';
  if (s[0] === 'citation' || s[0] === 'amendedBy' || s.includes('source')) return 'INVALID_CITATION';
  if (s[0] === 'parameters') return 'INVALID_PARAMETER';
  if (last !== undefined && LABEL_KEYS.has(last) && s[0] !== 'criteria') return 'MISSING_LABEL';
  switch (s[0]) {
    case 'id':
      return s.length === 1 ? 'INVALID_SET_ID' : 'INVALID_JSON';
    case 'version':
      return 'INVALID_VERSION';
    case 'scope':
    case 'tier':
      return 'INVALID_SCOPE';
    case 'validity':
      return 'INVALID_VALIDITY';
    case 'regions':
      return 'INVALID_REGION';
    case 'categories':
      return 'INVALID_CATEGORY';
    case 'zones':
      return 'MISSING_LABEL';
    case 'prerequisites':
      return 'INVALID_PREREQUISITE';
    case 'criteria':
      break;
    default:
      return 'INVALID_JSON';
  }
  // criteria[i]…
  if (s[2] === 'number') return 'INVALID_CODE';
  if (s[2] === 'combine') return 'INVALID_COMBINATION';
  if (s[2] !== 'indicators' || s.length < 5) return last !== undefined && LABEL_KEYS.has(last) ? 'MISSING_LABEL' : 'INVALID_JSON';
  // criteria[i].indicators[j]…
  if (s[4] === 'code') return 'INVALID_CODE';
  if (s[4] === 'input') return 'INVALID_INPUT';
  if (s[4] !== 'rule') return last !== undefined && LABEL_KEYS.has(last) ? 'MISSING_LABEL' : 'INVALID_JSON';
  // criteria[i].indicators[j].rule…
  if (s.length === 5 || (s.length === 6 && s[5] === 'type')) return 'RULE_INPUT_MISMATCH';
  if (s.length === 6 && unknownKey) return 'INVALID_JSON';
  if (s[5] === 'bands') return 'INVALID_SCORE_BANDS';
  if (last !== undefined && LABEL_KEYS.has(last)) return 'MISSING_LABEL';
  // …inside a value tree
  if (last === 'between' || last === 'after') return 'INVALID_YEAR_POLICY';
  if (last === 'type') return 'INVALID_VALUE_NODE';
  return leafType && !unknownKey ? 'INVALID_THRESHOLD' : 'INVALID_VALUE_NODE';
}

const TYPE_NAMES: Readonly<Record<string, Label>> = {
  number: { vi: 'một số', en: 'a number' },
  string: { vi: 'một chuỗi', en: 'a string' },
  boolean: { vi: 'true/false', en: 'true/false' },
  object: { vi: 'một đối tượng', en: 'an object' },
  array: { vi: 'một danh sách', en: 'a list' },
  null: { vi: 'null', en: 'null' },
  undefined: { vi: 'không có gì', en: 'nothing' },
};

const typeName = (t: string): Label => TYPE_NAMES[t] ?? { vi: t, en: t };

function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'array';
  if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
  return typeof x;
}

/** A short rendering of a received value, for messages. */
export function show(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 60)}…` : x);
  if (typeof x === 'number' || typeof x === 'boolean' || x === null || x === undefined) return String(x);
  return Array.isArray(x) ? 'a list' : typeof x;
}

const list = (xs: readonly unknown[]): string => xs.map((x) => (typeof x === 'string' ? `"${x}"` : String(x))).join(', ');

/** Flattened issue: a path from the root of the data and a message. */
interface Flat {
  readonly segments: readonly Segment[];
  readonly message: Label;
  readonly leafType: boolean;
  readonly unknownKey?: boolean;
  readonly code?: DefinitionErrorCode;
}

function expectedOf(issues: readonly Issue[]): string[] | undefined {
  // A branch that failed only on the type of the value itself (path []), possibly through nested unions.
  const out: string[] = [];
  for (const i of issues) {
    if (i.path.length !== 0) return undefined;
    if (i.code === 'invalid_type') out.push(i.expected);
    else if (i.code === 'invalid_union' && i.errors.length > 0) {
      for (const b of i.errors) {
        const e = expectedOf(b);
        if (!e) return undefined;
        out.push(...e);
      }
    } else return undefined;
  }
  return out.length > 0 ? out : undefined;
}

const depth = (issues: readonly Issue[]): number => Math.max(...issues.map((i) => i.path.length), 0);

function typeMessage(expected: readonly string[], input: unknown): Label {
  const uniq = [...new Set(expected)];
  if (input === undefined) {
    return { vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' };
  }
  const vi = uniq.map((t) => typeName(t).vi).join(' hoặc ');
  const en = uniq.map((t) => typeName(t).en).join(' or ');
  const got = kindOf(input);
  return { vi: `Cần ${vi}, nhận được ${typeName(got).vi}`, en: `Expected ${en}, received ${typeName(got).en}` };
}

function flatten(issue: Issue, prefix: readonly Segment[], out: Flat[]): void {
  const segments = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'invalid_type':
      out.push({ segments, message: typeMessage([issue.expected], issue.input), leafType: !['object', 'array'].includes(issue.expected) || issue.input === undefined });
      return;
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        const disc = (issue as { discriminator?: string }).discriminator;
        const options = (issue as { options?: readonly unknown[] }).options ?? [];
        const received = disc !== undefined ? (issue.input as Record<string, unknown> | undefined)?.[disc] : issue.input;
        out.push({
          segments,
          leafType: false,
          message:
            received === undefined
              ? { vi: `Thiếu trường "${String(disc ?? '')}" (một trong ${list(options)})`, en: `Missing "${String(disc ?? '')}" (one of ${list(options)})` }
              : { vi: `Giá trị ${show(received)} không hợp lệ; cần một trong ${list(options)}`, en: `Invalid value ${show(received)}; expected one of ${list(options)}` },
        });
        return;
      }
      const expected = expectedOf(issue.errors.flat());
      if (expected && issue.errors.every((b) => expectedOf(b) !== undefined)) {
        // The value is neither a leaf nor a node: a wrong threshold, most likely.
        out.push({ segments, message: typeMessage(expected, issue.input), leafType: true });
        return;
      }
      // The branch that got furthest into the data explains the problem best.
      const branches = issue.errors.filter((b) => expectedOf(b) === undefined);
      const best = branches.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      for (const i of best) flatten(i, segments, out);
      return;
    }
    case 'unrecognized_keys':
      for (const k of issue.keys) {
        out.push({ segments: [...segments, k], leafType: false, unknownKey: true, message: { vi: `Khóa "${k}" không được hỗ trợ ở đây`, en: `Unknown key "${k}"` } });
      }
      return;
    case 'invalid_value':
      out.push({
        segments,
        leafType: true,
        message:
          issue.input === undefined
            ? { vi: `Thiếu trường bắt buộc (một trong ${list(issue.values)})`, en: `Required field is missing (one of ${list(issue.values)})` }
            : { vi: `Giá trị ${show(issue.input)} không hợp lệ; cần một trong ${list(issue.values)}`, en: `Invalid value ${show(issue.input)}; expected one of ${list(issue.values)}` },
      });
      return;
    case 'too_small':
    case 'too_big': {
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const small = issue.code === 'too_small';
      out.push({
        segments,
        leafType: true,
        message: small
          ? { vi: `Giá trị quá nhỏ (tối thiểu ${bound})`, en: `Too small (minimum ${bound})` }
          : { vi: `Giá trị quá lớn (tối đa ${bound})`, en: `Too big (maximum ${bound})` },
      });
      return;
    }
    case 'invalid_key':
    case 'invalid_element':
      for (const i of issue.issues) flatten(i, issue.code === 'invalid_element' ? [...segments, issue.key as PropertyKey] : segments, out);
      return;
    case 'custom': {
      const p = issue.params as { vi?: unknown; en?: unknown; code?: unknown } | undefined;
      const message: Label =
        typeof p?.vi === 'string' && typeof p.en === 'string' ? { vi: p.vi, en: p.en } : { vi: `Dữ liệu không hợp lệ: ${issue.message}`, en: issue.message };
      out.push(typeof p?.code === 'string' ? { segments, message, leafType: true, code: p.code as DefinitionErrorCode } : { segments, message, leafType: true });
      return;
    }
    default:
      out.push({ segments, leafType: true, message: { vi: `Dữ liệu không hợp lệ: ${issue.message}`, en: issue.message } });
  }
}

/** At most this many problems are listed; a garbled file would otherwise list thousands. */
const MAX_PROBLEMS = 100;

/** Problems of a set's JSON from zod issues, with paths like `criteria[3].indicators[0].rule.value.BTB`. */
export function problemsFromIssues(issues: readonly Issue[], data: unknown): DefinitionProblem[] {
  const flat: Flat[] = [];
  for (const i of issues) flatten(i, [], flat);
  const out: DefinitionProblem[] = [];
  const seen = new Set<string>();
  for (const f of flat) {
    const path = formatPath(f.segments, data);
    const code = f.code ?? codeFor(f.segments, f.leafType, f.unknownKey);
    const key = `${code}|${path}|${f.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = atOf(f.segments, data);
    out.push(at === undefined ? { code, path, message: f.message } : { code, path, at, message: f.message });
  }
  return out;
}

/** Keep the first problems and say how many more there were (apply once, when throwing). */
export function cap(problems: DefinitionProblem[]): DefinitionProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { code: 'INVALID_JSON', path: '', message: { vi: `… và ${more} lỗi khác`, en: `… and ${more} more problems` } },
  ];
}
