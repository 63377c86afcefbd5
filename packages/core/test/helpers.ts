// Helpers for tests: tiny made-up sets around one indicator, and lookups in results. Nothing here is law.
import {
  criterion,
  defineSet,
  evaluate,
  type CriteriaSet,
  type Criterion,
  type EvaluateOptions,
  type EvaluationResult,
  type Indicator,
  type IndicatorResult,
  type Issue,
  type SetInput,
} from '@tieuchi/core';
import { testCitation } from './fixture.js';

type Extra = Omit<Partial<SetInput<readonly Criterion[]>>, 'criteria'>;

/** A valid test set around the given criteria (overridable fields in `extra`). */
export function setOf<const Cs extends readonly Criterion[]>(criteria: Cs, extra: Extra = {}): CriteriaSet<Cs> {
  return defineSet({
    id: 'test-9-2022/xa-helper',
    label: { vi: 'Bộ tiêu chí phụ trợ', en: 'Helper set' },
    scope: 'xa',
    tier: 'other',
    citation: testCitation,
    validity: { from: '2022-01-01', until: '2030-12-31' },
    ...extra,
    criteria,
  } as SetInput<Cs>);
}

/** A valid test set with a single criterion holding a single indicator. */
export function setWith<const I extends Indicator>(ind: I, extra: Extra = {}) {
  return setOf([criterion(1, { vi: 'Tiêu chí', en: 'Criterion' }, [ind] as const)], extra);
}

/** Evaluate untyped data (tests feed deliberately wrong shapes). */
export function run(set: CriteriaSet, unit: unknown, options: Partial<EvaluateOptions> | Record<string, unknown> = { asOf: '2024-06-01' }): EvaluationResult {
  return evaluate(set, unit as never, options as EvaluateOptions);
}

/** Every indicator result, in order. */
export function indicators(r: EvaluationResult): readonly IndicatorResult[] {
  return r.criteria.flatMap((c) => c.indicators);
}

/** The result of one indicator (fails the test when absent). */
export function ind(r: EvaluationResult, code: string): IndicatorResult {
  const found = indicators(r).find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code} in result`);
  return found;
}

/** The issues with a code. */
export function issuesOf(r: EvaluationResult, code: Issue['code']): readonly Issue[] {
  return r.issues.filter((i) => i.code === code);
}
