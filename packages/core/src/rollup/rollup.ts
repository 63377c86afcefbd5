import type { EvaluationResult } from '../evaluate/result.js';
import type { ChildResult } from '../input/input.js';

/** A child unit as a roll-up reads it: its own evaluation, or its status as recognised (e.g. by a decision). */
export type ChildSource = EvaluationResult | ChildResult;

/**
 * Status given to a child listed in a result list but not in the parent unit's roster. It is not a child status, so
 * the evaluator reports it (CHILD_NOT_IN_UNIT) and the indicator is unknown — never met — until the lists agree.
 */
export const NOT_IN_UNIT = 'not-in-this-unit';

function isResult(x: ChildSource): x is EvaluationResult {
  return typeof x === 'object' && x !== null && 'unit' in x && 'set' in x;
}

/** Child-unit results (for a `children` input) from the evaluations of the children, or their statuses as given. */
export function toChildResults(list: readonly ChildSource[]): ChildResult[] {
  return list.map((x) => {
    if (!isResult(x)) return x;
    return x.unit.name !== undefined ? { id: x.unit.id, name: x.unit.name, status: x.status } : { id: x.unit.id, status: x.status };
  });
}

/**
 * The children for a share among a unit's roster (e.g. "≥ 10% of the district's communes are nâng cao"): every unit of
 * the roster with its status from `results` (unknown when it has none), then any result for a unit outside the roster,
 * marked {@link NOT_IN_UNIT}.
 */
export function matchToRoster(roster: readonly ChildResult[], results: readonly ChildResult[]): ChildResult[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const ids = new Set(roster.map((c) => c.id));
  const out: ChildResult[] = roster.map((c) => {
    const r = byId.get(c.id);
    const name = c.name ?? r?.name;
    const status = r ? r.status : 'unknown';
    return name !== undefined ? { id: c.id, name, status } : { id: c.id, status };
  });
  for (const r of results) if (!ids.has(r.id)) out.push({ ...r, status: NOT_IN_UNIT as ChildResult['status'] });
  return out;
}
