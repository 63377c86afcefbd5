import type { Criterion, Indicator, SetDefinition } from '../definition/model.js';
import type { Input, ValueOf } from '../input/input.js';
import type { CommuneGroup, Region } from '../region/region.js';

/** The answer "not applicable" for an indicator that applies only "(nếu có)". */
export const NOT_APPLICABLE = 'n/a' as const;
export type NotApplicable = typeof NOT_APPLICABLE;

/** All indicators of a list of criteria. */
export type IndicatorsOf<Cs extends readonly Criterion[]> = Cs[number]['indicators'][number];

/** The value an indicator accepts. */
export type IndicatorValue<Ind> = Ind extends Indicator<string, infer I extends Input> & { readonly applicability: infer A }
  ? ValueOf<I> | (A extends 'ifPresent' ? NotApplicable : never)
  : never;

/** Indicators whose code is a literal ("17.1"), not a plain `string` built at run time. */
type LiteralCoded<Ind> = Ind extends { readonly code: infer C } ? (string extends C ? never : Ind) : never;

/** A unit's values accept any code when some indicator's code is only known as `string` (built at run time). */
type WideCodes<Cs extends readonly Criterion[]> = [Exclude<IndicatorsOf<Cs>, LiteralCoded<IndicatorsOf<Cs>>>] extends [never]
  ? unknown
  : { readonly [code: string]: unknown };

/**
 * The `values` object of a unit for a set: one optional entry per indicator code; `null` means "no data".
 * An indicator whose code is a plain `string` cannot be typed by code: its values are checked at run time only.
 */
export type InputsOf<Cs extends readonly Criterion[]> = {
  readonly [Ind in LiteralCoded<IndicatorsOf<Cs>> as Ind['code']]?: IndicatorValue<Ind> | null;
} & WideCodes<Cs>;

/** The indicator codes of a set. */
export type CodesOf<S> = S extends SetDefinition<infer Cs> ? IndicatorsOf<Cs>['code'] : never;

/** A unit to evaluate: a commune, ward, district or product, with its indicator values. */
export interface Unit<V = Readonly<Record<string, unknown>>> {
  readonly id: string;
  readonly name?: string;
  /** Region (vùng) of the unit. */
  readonly region?: Region;
  /** Province slug, e.g. "thanh-hoa". */
  readonly province?: string;
  /** Provincial zone, e.g. "vung-1" (Thanh Hóa). */
  readonly zone?: string;
  /** Commune group (nhóm xã) under QĐ 51/2025. */
  readonly group?: CommuneGroup;
  /** Categories declared by the set, e.g. "xa-dac-biet-kho-khan". */
  readonly category?: readonly string[];
  /** Sets under which the unit is already recognised (satisfies prerequisites). */
  readonly recognized?: readonly string[];
  readonly values: V;
}

/** The unit type a set accepts. */
export type UnitOf<S> = S extends SetDefinition<infer Cs> ? Unit<InputsOf<Cs>> : never;
