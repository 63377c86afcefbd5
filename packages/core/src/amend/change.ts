import type { CitationPatch } from '../citation/citation.js';
import type {
  Applicability,
  Combination,
  Criterion,
  Indicator,
  Prerequisite,
  UnitCategory,
} from '../definition/model.js';
import type { Input } from '../input/input.js';
import type { Label } from '../label/label.js';
import type { Region } from '../region/region.js';
import type { Rule } from '../rule/rule.js';
import type { Scalar, Value } from '../value/value.js';

/** Which leaves of a value a change touches: some regions and/or some years only. */
export interface ValueSelector {
  readonly regions?: readonly Region[];
  readonly years?: readonly number[];
}

/** A declarative change to a criteria set, made by an amending decision or a provincial derivation. */
export type Change =
  /** Replace a whole indicator row (same code). */
  | { readonly type: 'replaceIndicator'; readonly code: string; readonly indicator: Indicator }
  /** Change parts of an indicator: wording, input, rule, applicability, citation. */
  | {
      readonly type: 'updateIndicator';
      readonly code: string;
      readonly label?: Label;
      readonly input?: Input;
      readonly rule?: Rule;
      readonly applicability?: Applicability;
      readonly source?: CitationPatch;
    }
  /** Change a threshold, optionally for some regions/years only. `field` defaults to the rule's main value. */
  | {
      readonly type: 'setValue';
      readonly code: string;
      readonly field?: 'value' | 'min' | 'max' | 'atLeast' | 'values' | `params.${string}`;
      readonly where?: ValueSelector;
      readonly value: Value<Scalar>;
      readonly source?: CitationPatch;
    }
  | { readonly type: 'addIndicator'; readonly criterion: number; readonly indicator: Indicator; readonly after?: string }
  | { readonly type: 'removeIndicator'; readonly code: string }
  | { readonly type: 'addCriterion'; readonly criterion: Criterion; readonly after?: number }
  | { readonly type: 'removeCriterion'; readonly number: number }
  | {
      readonly type: 'updateCriterion';
      readonly number: number;
      readonly label?: Label;
      readonly group?: string;
      readonly combine?: Combination;
      readonly source?: CitationPatch;
    }
  /** Declare, redefine or (with null) remove a unit category such as "xã đặc biệt khó khăn". */
  | { readonly type: 'setCategory'; readonly key: string; readonly category: UnitCategory | null }
  /** Supply a province-delegated value ("UBND tỉnh quy định"). */
  | { readonly type: 'setParameter'; readonly name: string; readonly value: Value<Scalar> }
  | { readonly type: 'setPrerequisites'; readonly prerequisites: readonly Prerequisite[] };

/** Constructors of changes, so an amendment reads like the decision's articles. */
export const change = {
  replaceIndicator: (indicator: Indicator): Change => ({ type: 'replaceIndicator', code: indicator.code, indicator }),
  updateIndicator: (code: string, patch: Omit<Extract<Change, { type: 'updateIndicator' }>, 'type' | 'code'>): Change => ({
    type: 'updateIndicator',
    code,
    ...patch,
  }),
  setValue: (
    code: string,
    value: Value<Scalar>,
    options: { field?: Extract<Change, { type: 'setValue' }>['field']; where?: ValueSelector; source?: CitationPatch } = {},
  ): Change => ({ type: 'setValue', code, value, ...options }),
  addIndicator: (criterionNumber: number, indicator: Indicator, after?: string): Change =>
    after === undefined ? { type: 'addIndicator', criterion: criterionNumber, indicator } : { type: 'addIndicator', criterion: criterionNumber, indicator, after },
  removeIndicator: (code: string): Change => ({ type: 'removeIndicator', code }),
  addCriterion: (c: Criterion, after?: number): Change =>
    after === undefined ? { type: 'addCriterion', criterion: c } : { type: 'addCriterion', criterion: c, after },
  removeCriterion: (number: number): Change => ({ type: 'removeCriterion', number }),
  updateCriterion: (number: number, patch: Omit<Extract<Change, { type: 'updateCriterion' }>, 'type' | 'number'>): Change => ({
    type: 'updateCriterion',
    number,
    ...patch,
  }),
  setCategory: (key: string, category: UnitCategory | null): Change => ({ type: 'setCategory', key, category }),
  setParameter: (name: string, value: Value<Scalar>): Change => ({ type: 'setParameter', name, value }),
  setPrerequisites: (prerequisites: readonly Prerequisite[]): Change => ({ type: 'setPrerequisites', prerequisites }),
} as const;
