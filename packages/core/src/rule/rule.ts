import type { Label } from '../label/label.js';
import type {
  BooleanInput,
  ChildrenInput,
  ChoiceInput,
  DateInput,
  FieldsInput,
  Input,
  NumericInput,
  ValueOf,
} from '../input/input.js';
import type { Value } from '../value/value.js';

/** The value must be at least the threshold (≥). */
export interface AtLeastRule {
  readonly type: 'atLeast';
  readonly value: Value<number>;
}
/** The value must be at most the threshold (≤); "Không" is `atMost(0)`. */
export interface AtMostRule {
  readonly type: 'atMost';
  readonly value: Value<number>;
}
/** The value must lie within [min, max]. */
export interface BetweenRule {
  readonly type: 'between';
  readonly min: Value<number>;
  readonly max: Value<number>;
}
/** The value must equal the given one. */
export interface EqualsRule<T extends string | number | boolean = string | number | boolean> {
  readonly type: 'equals';
  readonly value: Value<T>;
}
/** The requirement must hold ("Đạt"). */
export interface IsTrueRule {
  readonly type: 'isTrue';
}
/** The value must be one of the listed options. */
export interface OneOfRule<O extends string = string> {
  readonly type: 'oneOf';
  readonly values: Value<readonly O[]>;
}
/** At least the given share (%) of child units must be met (e.g. 100% of communes NTM). */
export interface ShareOfChildrenRule {
  readonly type: 'shareOfChildren';
  readonly atLeast: Value<number>;
}
/** A score band: the first band (ascending) whose minimum the score reaches. */
export interface ScoreBand {
  readonly min: number;
  readonly band: string;
  readonly label: Label;
}
/** A score is placed in bands (e.g. OCOP stars); met when it reaches the required band. */
export interface ScoreBandsRule {
  readonly type: 'scoreBands';
  readonly bands: readonly ScoreBand[];
  readonly atLeast: string;
}
/** A typed predicate over the indicator's declared inputs. `null` means "cannot decide" (unknown). */
export interface CustomRule<V = unknown, P extends string = string> {
  readonly type: 'custom';
  /** Stable name: a set loaded from JSON finds the predicate by this name. */
  readonly name: string;
  /** The requirement as the law states it. */
  readonly description: Label;
  /** Numeric thresholds the predicate reads; they may vary like any value. */
  readonly params: Readonly<Record<P, Value<number>>>;
  readonly test: (value: V, params: Readonly<Record<P, number>>) => boolean | null;
}

/** Any rule. */
export type Rule =
  | AtLeastRule
  | AtMostRule
  | BetweenRule
  | EqualsRule
  | IsTrueRule
  | OneOfRule
  | ShareOfChildrenRule
  | ScoreBandsRule
  | CustomRule<never>;

/** The rule type names. */
export type RuleType = Rule['type'];

/** The rules an input kind admits: a boolean cannot be "at least 5". */
export type RuleFor<I extends Input> = I extends NumericInput
  ? AtLeastRule | AtMostRule | BetweenRule | EqualsRule<number> | ScoreBandsRule | CustomRule<number, string>
  : I extends BooleanInput
    ? IsTrueRule | EqualsRule<boolean> | CustomRule<boolean, string>
    : I extends ChoiceInput<infer O>
      ? EqualsRule<O> | OneOfRule<O> | CustomRule<O, string>
      : I extends DateInput
        ? CustomRule<string, string>
        : I extends ChildrenInput
          ? ShareOfChildrenRule | CustomRule<ValueOf<I>, string>
          : I extends FieldsInput
            ? CustomRule<ValueOf<I>, string>
            : never;

/** ≥ threshold. */
export const atLeast = (value: Value<number>): AtLeastRule => ({ type: 'atLeast', value });
/** ≤ threshold. */
export const atMost = (value: Value<number>): AtMostRule => ({ type: 'atMost', value });
/** "Không": the count must be zero. */
export const none = (): AtMostRule => ({ type: 'atMost', value: 0 });
/** min ≤ value ≤ max. */
export const between = (min: Value<number>, max: Value<number>): BetweenRule => ({ type: 'between', min, max });
/** value = expected. */
export const equals = <const T extends string | number | boolean>(value: Value<T>): EqualsRule<T> => ({ type: 'equals', value });
/** "Đạt": the requirement holds. */
export const isTrue = (): IsTrueRule => ({ type: 'isTrue' });
/** value ∈ options. */
export const oneOf = <const O extends string>(values: Value<readonly O[]>): OneOfRule<O> => ({ type: 'oneOf', values });
/** ≥ share (%) of child units met. */
export const shareOfChildren = (atLeastPercent: Value<number>): ShareOfChildrenRule => ({
  type: 'shareOfChildren',
  atLeast: atLeastPercent,
});
/** Score bands, met from the named band up. */
export const scoreBands = (bands: readonly ScoreBand[], atLeastBand: string): ScoreBandsRule => ({
  type: 'scoreBands',
  bands,
  atLeast: atLeastBand,
});
/** A typed predicate over declared inputs. */
export function custom<V, const P extends string = never>(def: {
  name: string;
  description: Label;
  params?: Record<P, Value<number>>;
  test: (value: V, params: Readonly<Record<P, number>>) => boolean | null;
}): CustomRule<V, P> {
  return {
    type: 'custom',
    name: def.name,
    description: def.description,
    params: (def.params ?? {}) as Record<P, Value<number>>,
    test: def.test,
  };
}
