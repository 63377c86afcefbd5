import type { CriteriaSet } from '../definition/define.js';
import type { Label } from '../label/label.js';
import type { Status } from '../status/status.js';
import type { UnitOf } from '../types/infer.js';
import { evaluate, type EvaluateOptions } from './evaluate.js';
import type { EvaluationResult } from './result.js';

/** What stands between a unit and the next tier. */
export interface LadderBlocker {
  readonly set: string;
  readonly label: Label;
  readonly status: Status;
  /** Criteria of the next tier not met or unknown. */
  readonly criteria: readonly { readonly number: number; readonly label: Label; readonly status: Status }[];
  /** Prerequisites of the next tier not met or unknown. */
  readonly prerequisites: readonly { readonly set: string; readonly status: Status }[];
}

/** The highest tier a unit reaches in a family of sets (NTM → nâng cao → kiểu mẫu). */
export interface LadderResult {
  /** The highest set met, climbing from the first; null when the first is not met. */
  readonly reached: { readonly id: string; readonly label: Label } | null;
  /** The first tier not reached and what blocks it; null when every tier is met. */
  readonly next: LadderBlocker | null;
  readonly results: readonly EvaluationResult[];
}

/**
 * Evaluate the same unit data against a family of sets, lowest tier first. Each tier's status is passed to
 * the next as a prerequisite, so "nâng cao" is only met when "NTM" is.
 */
export function evaluateLadder(sets: readonly CriteriaSet[], unit: UnitOf<CriteriaSet>, options: EvaluateOptions): LadderResult {
  const results: EvaluationResult[] = [];
  const known: Record<string, Status> = { ...(options.prerequisites ?? {}) };
  let reached: LadderResult['reached'] = null;
  let next: LadderBlocker | null = null;
  for (const set of sets) {
    const r = evaluate(set, unit as never, { ...options, prerequisites: { ...known } });
    results.push(r);
    known[set.id] = r.status;
    if (next) continue;
    if (r.status === 'met') reached = { id: set.id, label: set.label };
    else {
      next = {
        set: set.id,
        label: set.label,
        status: r.status,
        criteria: r.criteria.filter((c) => c.status !== 'met').map((c) => ({ number: c.number, label: c.label, status: c.status })),
        prerequisites: r.prerequisites.filter((p) => p.status !== 'met').map((p) => ({ set: p.set, status: p.status })),
      };
    }
  }
  return { reached, next, results };
}

