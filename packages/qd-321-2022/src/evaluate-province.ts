// Province roll-up: the conditions of QĐ 321/QĐ-TTg read the results of the province's districts, towns and communes.
// Built on the public API of @tieuchi/core only (evaluate, toChildResults, matchToRoster).
import {
  evaluate,
  matchToRoster,
  toChildResults,
  type ChildSource,
  type CriteriaSet,
  type EvaluateOptions,
  type EvaluationResult,
  type Region,
} from '@tieuchi/core';
import { tinhHoanThanhNtm } from './tinh-hoan-thanh-ntm.js';


/** Which indicator of the set reads which list of child units. */
const ROLES = {
  districts: '1',
  towns: '2',
  advancedDistricts: '3',
  advancedCommunes: '4',
} as const;

/** The province as an official would type it; `values` holds its own rows (5, 6a–6c). */
export interface ProvinceInput {
  readonly id: string;
  readonly name?: string;
  readonly region?: Region;
  readonly province?: string;
  /** The province's own values. Children codes filled from the lists below replace these. */
  readonly values?: Readonly<Record<string, unknown>>;
}

/** Options of {@link evaluateProvince}. */
export interface EvaluateProvinceOptions extends EvaluateOptions {
  /** The thị xã / thành phố thuộc tỉnh with their "hoàn thành nhiệm vụ" results. `[]`: the province has none ("n/a"). */
  readonly towns?: readonly ChildSource[];
  /** Huyện NTM nâng cao results of the districts, matched by id to `districts`; a district without one counts as unknown. */
  readonly advancedDistricts?: readonly ChildSource[];
  /**
   * Every xã of the province (in its huyện and its thị xã / thành phố): the denominator of condition 4. Only ids and
   * names are read. Without it, `advancedCommunes` is taken as the full list.
   */
  readonly communes?: readonly ChildSource[];
  /** Xã NTM nâng cao results of the communes, matched by id to `communes` when that is given. */
  readonly advancedCommunes?: readonly ChildSource[];
}





/**
 * Evaluate a province (or centrally run city) under QĐ 321/QĐ-TTg from its units' results.
 *
 * `districts` is the province's full list of huyện (not thị xã / thành phố), each with its result against QĐ 320's
 * huyện NTM set (an evaluation, e.g. from `@tieuchi/qd-320-2022`'s `evaluateDistrict`, or a recognised status).
 * The other lists come in `options`. The result is core's `EvaluationResult`: a share-of-children row lists the units
 * not met or unknown, with id and name, in its `blocking`.
 */
export function evaluateProvince(
  set: CriteriaSet,
  province: ProvinceInput,
  districts: readonly ChildSource[],
  options: EvaluateProvinceOptions,
): EvaluationResult {
  if (set.id !== tinhHoanThanhNtm.id && set.derivedFrom?.id !== tinhHoanThanhNtm.id) {
    throw new TypeError(`evaluateProvince: "${set.id}" is not ${tinhHoanThanhNtm.id} or a set derived from it`);
  }
  const roster = toChildResults(districts);
  const values: Record<string, unknown> = { ...(province.values ?? {}) };
  values[ROLES.districts] = roster;
  if (options.towns) values[ROLES.towns] = options.towns.length === 0 ? 'n/a' : toChildResults(options.towns);
  if (options.advancedDistricts) values[ROLES.advancedDistricts] = matchToRoster(roster, toChildResults(options.advancedDistricts));
  if (options.advancedCommunes) {
    const advanced = toChildResults(options.advancedCommunes);
    values[ROLES.advancedCommunes] = options.communes ? matchToRoster(toChildResults(options.communes), advanced) : advanced;
  }
  const { towns: _t, advancedDistricts: _d, communes: _c, advancedCommunes: _a, ...evaluateOptions } = options;
  const unit = {
    id: province.id,
    ...(province.name !== undefined ? { name: province.name } : {}),
    ...(province.region !== undefined ? { region: province.region } : {}),
    ...(province.province !== undefined ? { province: province.province } : {}),
    values,
  };
  return evaluate(set, unit as never, evaluateOptions);
}
