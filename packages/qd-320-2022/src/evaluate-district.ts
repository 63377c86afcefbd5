// District roll-up: a district's (or thị xã's) conditions read the results of its communes and townships.
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
import { huyenNtm } from './huyen-ntm.js';
import { huyenNtmNangCao } from './huyen-ntm-nang-cao.js';
import { thiXaHoanThanhNtm } from './thi-xa-hoan-thanh-ntm.js';


/** Which indicator of a set reads which list of child units. */
export interface ChildRoles {
  /** The communes against the xã NTM set (every commune of the unit). */
  readonly communes: string;
  /** The communes against the xã NTM nâng cao set. */
  readonly advancedCommunes?: string;
  /** The communes against the xã NTM kiểu mẫu rules. */
  readonly modelCommunes?: string;
  /** The townships (thị trấn) against the đô thị văn minh set. */
  readonly townships?: string;
}

/** The child roles of each set of this package, by set id. */
export const CHILD_ROLES: Readonly<Record<string, ChildRoles>> = {
  [huyenNtm.id]: { communes: 'DK.1', advancedCommunes: 'DK.2', townships: 'DK.3' },
  [huyenNtmNangCao.id]: { communes: 'DK.1', advancedCommunes: 'DK.2', modelCommunes: 'DK.3' },
  [thiXaHoanThanhNtm.id]: { communes: 'DK.1' },
};

/** The district (or thị xã / thành phố thuộc tỉnh) as an official would type it; `values` holds its own indicators. */
export interface DistrictInput {
  readonly id: string;
  readonly name?: string;
  readonly region?: Region;
  readonly province?: string;
  /** Sets under which the district is already recognised (e.g. huyện NTM, the prerequisite of nâng cao). */
  readonly recognized?: readonly string[];
  /** The district's own values (criteria 1–9, satisfaction …). Children codes filled from the lists below replace these. */
  readonly values?: Readonly<Record<string, unknown>>;
}

/** Options of {@link evaluateDistrict}. */
export interface EvaluateDistrictOptions extends EvaluateOptions {
  /** The townships (thị trấn) of a huyện with their đô thị văn minh results. `[]`: the district has none ("n/a"). */
  readonly townships?: readonly ChildSource[];
  /** Nâng cao results of the communes, matched by id to `communes`; a commune without one counts as unknown. */
  readonly advancedCommunes?: readonly ChildSource[];
  /** Kiểu mẫu results of the communes, matched by id to `communes` (huyện NTM nâng cao only). */
  readonly modelCommunes?: readonly ChildSource[];
}





function rolesOf(set: CriteriaSet): ChildRoles {
  const roles = CHILD_ROLES[set.id] ?? (set.derivedFrom ? CHILD_ROLES[set.derivedFrom.id] : undefined);
  if (!roles) {
    throw new TypeError(
      `evaluateDistrict: "${set.id}" is not a QĐ 320/QĐ-TTg district set (expected one of ${Object.keys(CHILD_ROLES).join(', ')}, or a set derived from one)`,
    );
  }
  return roles;
}

/**
 * Evaluate a district (huyện) or a thị xã / thành phố thuộc tỉnh from its communes' and townships' results.
 *
 * `communes` is the unit's full list of communes, each with its result against the xã NTM set (an evaluation from
 * `@tieuchi/core`'s `evaluate`, e.g. with `@tieuchi/qd-318-2022`'s `xaNtm`, or a recognised status). The condition rows
 * of the set are filled from these lists; every other value comes from `district.values`. The result is core's
 * `EvaluationResult`: a share-of-children row lists the communes (or townships) that are not met or unknown, with id
 * and name, in its `blocking`.
 */
export function evaluateDistrict(
  set: CriteriaSet,
  district: DistrictInput,
  communes: readonly ChildSource[],
  options: EvaluateDistrictOptions,
): EvaluationResult {
  const roles = rolesOf(set);
  const roster = toChildResults(communes);
  const values: Record<string, unknown> = { ...(district.values ?? {}) };
  values[roles.communes] = roster;
  if (roles.advancedCommunes && options.advancedCommunes) {
    values[roles.advancedCommunes] = matchToRoster(roster, toChildResults(options.advancedCommunes));
  }
  if (roles.modelCommunes && options.modelCommunes) {
    values[roles.modelCommunes] = matchToRoster(roster, toChildResults(options.modelCommunes));
  }
  if (roles.townships && options.townships) {
    values[roles.townships] = options.townships.length === 0 ? 'n/a' : toChildResults(options.townships);
  }
  const { townships: _t, advancedCommunes: _a, modelCommunes: _m, ...evaluateOptions } = options;
  const unit = {
    id: district.id,
    ...(district.name !== undefined ? { name: district.name } : {}),
    ...(district.region !== undefined ? { region: district.region } : {}),
    ...(district.province !== undefined ? { province: district.province } : {}),
    ...(district.recognized !== undefined ? { recognized: district.recognized } : {}),
    values,
  };
  return evaluate(set, unit as never, evaluateOptions);
}
