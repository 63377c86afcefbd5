import { evaluate, type CriteriaSet, type EvaluationResult, type IndicatorResult, type Status, type UnitOf } from '@tieuchi/core';
import type { CountsExpectation, LawCase, LawCaseFile } from './format.js';

/**
 * Finds the criteria set a case names, as in force at the case's date (e.g. from a catalog, or a package's own
 * versions). Return `undefined` when there is none: the case then fails, it does not throw.
 */
export type SetResolver = (setId: string, asOf: string) => CriteriaSet | undefined;

/** How one case came out. */
export interface LawCaseOutcome {
  readonly name: string;
  /**
   * True when the case came out as its file says: every expectation held, or, for a case marked `fails: true`, at
   * least one did not (its `failures` then list those, for information).
   */
  readonly passed: boolean;
  /** Expectations that did not hold, one plain line each, naming the field: "criterion 13: expected met, received unknown". */
  readonly failures: readonly string[];
  /** True when the case is marked `fails: true`. */
  readonly expectedToFail: boolean;
  /** The evaluation result, when the set was found and evaluated. */
  readonly result?: EvaluationResult;
}

function show(x: unknown): string {
  if (x === undefined || x === null) return 'none';
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  const json = JSON.stringify(x);
  return json.length > 80 ? `${json.slice(0, 80)}…` : json;
}

const list = (xs: readonly string[]): string => (xs.length === 0 ? 'none' : `[${xs.join(', ')}]`);

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Why an indicator has the status it has, in a few words. */
function indicatorDetail(r: IndicatorResult): string {
  if (r.status === 'unknown') {
    if (r.missing.length > 0) return `missing ${r.missing.join(', ')}`;
    if (r.invalid.length > 0) return `invalid ${r.invalid.join(', ')}`;
    return r.reason ? r.reason.en : '';
  }
  if (r.notApplicable) return 'not applicable (n/a)';
  return r.requirement ? `actual ${show(r.actual)}, requirement ${r.requirement.text.en}` : `actual ${show(r.actual)}`;
}

const withDetail = (line: string, detail: string): string => (detail ? `${line} (${detail})` : line);

function checkCounts(field: 'criteria' | 'indicators' | 'conditions', want: CountsExpectation, got: EvaluationResult['summary']['criteria'], out: string[]): void {
  for (const k of ['met', 'notMet', 'unknown', 'total'] as const) {
    const w = want[k];
    if (w !== undefined && w !== got[k]) out.push(`${field}.${k}: expected ${w}, received ${got[k]}`);
  }
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Compare a result with a case's expectations; one line per expectation that does not hold. */
export function compareWithExpectation(c: LawCase, r: EvaluationResult): string[] {
  const e = c.expect;
  const out: string[] = [];
  const where = `set ${r.set.id} version ${r.set.version}`;
  const indicators = new Map<string, IndicatorResult>();
  for (const cr of r.criteria) for (const i of cr.indicators) indicators.set(i.code, i);

  if (e.status !== undefined && e.status !== r.status) out.push(`status: expected ${e.status}, received ${r.status} (${r.summary.text.en})`);
  if (e.criteria) checkCounts('criteria', e.criteria, r.summary.criteria, out);
  if (e.indicators) checkCounts('indicators', e.indicators, r.summary.indicators, out);
  if (e.conditions) checkCounts('conditions', e.conditions, r.summary.conditions, out);

  for (const [num, want] of Object.entries(e.criterion ?? {})) {
    const cr = r.criteria.find((x) => x.number === Number(num));
    if (!cr) {
      out.push(`criterion ${num}: expected ${want}, received no criterion ${num} in ${where}`);
      continue;
    }
    if (cr.status !== want) {
      const by = (s: Status) => cr.indicators.filter((i) => i.status === s).map((i) => i.code);
      const parts = [by('not-met').length ? `not met: ${by('not-met').join(', ')}` : '', by('unknown').length ? `unknown: ${by('unknown').join(', ')}` : ''];
      out.push(withDetail(`criterion ${num}: expected ${want}, received ${cr.status}`, parts.filter(Boolean).join('; ')));
    }
  }

  for (const [code, want] of Object.entries(e.indicator ?? {})) {
    const ir = indicators.get(code);
    if (!ir) out.push(`indicator ${code}: expected ${want}, received no indicator ${code} in ${where}`);
    else if (ir.status !== want) out.push(withDetail(`indicator ${code}: expected ${want}, received ${ir.status}`, indicatorDetail(ir)));
  }

  if (e.version !== undefined && e.version !== r.set.version) out.push(`version: expected ${e.version}, received ${r.set.version}`);

  if (e.amendments !== undefined) {
    const got = r.set.amendments.map((a) => a.decision);
    if (got.length !== e.amendments.length || got.some((d, n) => d !== e.amendments?.[n])) {
      out.push(`amendments: expected ${list(e.amendments)}, received ${list(got)}`);
    }
  }

  const present = [...new Set(r.issues.map((i) => i.code))];
  for (const code of e.issues ?? []) {
    if (!present.includes(code)) out.push(`issues: expected an issue ${code}, received none (issues present: ${present.length ? present.join(', ') : 'none'})`);
  }
  for (const code of e.noIssues ?? []) {
    const found = r.issues.filter((i) => i.code === code);
    if (found.length > 0) {
      out.push(`noIssues: expected no issue ${code}, received ${found.length === 1 ? 'one' : found.length} at ${found.map((i) => i.path || '(unit)').join(', ')}`);
    }
  }

  for (const [code, want] of Object.entries(e.gap ?? {})) {
    const ir = indicators.get(code);
    if (!ir) out.push(`gap ${code}: expected ${show(want)}, received no indicator ${code} in ${where}`);
    else if (want === null ? ir.gap !== null : ir.gap === null || !sameNumber(ir.gap, want)) {
      out.push(withDetail(`gap ${code}: expected ${show(want)}, received ${show(ir.gap)}`, ir.gap === null ? `status ${ir.status}` : ''));
    }
  }

  for (const [code, want] of Object.entries(e.band ?? {})) {
    const ir = indicators.get(code);
    if (!ir) out.push(`band ${code}: expected ${want}, received no indicator ${code} in set ${r.set.id}`);
    else if (ir.band !== want) out.push(`band ${code}: expected ${want}, received ${show(ir.band)} (actual ${show(ir.actual)})`);
  }
  if (e.effectiveRegion !== undefined && e.effectiveRegion !== r.unit.effectiveRegion) {
    out.push(withDetail(`effectiveRegion: expected ${e.effectiveRegion}, received ${show(r.unit.effectiveRegion)}`, r.unit.regionBy ? `by category ${r.unit.regionBy}` : ''));
  }
  return out;
}

/**
 * Run one case: resolve its set for its date, evaluate the unit, compare with the expectations. Never throws: a set
 * that cannot be resolved, or an evaluation that throws, is a failure line.
 */
export function runLawCase(c: LawCase, resolveSet: SetResolver): LawCaseOutcome {
  const base = { name: c.name, expectedToFail: c.fails };
  let set: CriteriaSet | undefined;
  try {
    set = resolveSet(c.set, c.asOf);
  } catch (e) {
    return { ...base, passed: false, failures: [`set: expected criteria set ${c.set} in force on ${c.asOf}, received an error from resolveSet: ${errorText(e)}`] };
  }
  if (set === undefined || set === null) {
    return { ...base, passed: false, failures: [`set: expected criteria set ${c.set} in force on ${c.asOf}, received none from resolveSet`] };
  }
  if (set.id !== c.set) {
    return { ...base, passed: false, failures: [`set: expected criteria set ${c.set}, received ${set.id} from resolveSet`] };
  }
  let result: EvaluationResult;
  try {
    result = evaluate(set, c.unit as unknown as UnitOf<CriteriaSet>, { asOf: c.asOf, ...(c.prerequisites ? { prerequisites: c.prerequisites } : {}) });
  } catch (e) {
    return { ...base, passed: false, failures: [`evaluation: expected a result, received an error: ${errorText(e)}`] };
  }
  const failures = compareWithExpectation(c, result);
  if (!c.fails) return { ...base, passed: failures.length === 0, failures, result };
  if (failures.length > 0) return { ...base, passed: true, failures, result };
  return {
    ...base,
    passed: false,
    failures: ['fails: expected at least one expectation to fail (the case is marked `fails: true`), received all expectations held'],
    result,
  };
}

/** Run every case of a file, in order. */
export function runLawCases(file: LawCaseFile, resolveSet: SetResolver): readonly LawCaseOutcome[] {
  return file.cases.map((c) => runLawCase(c, resolveSet));
}
