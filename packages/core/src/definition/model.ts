import type { Citation, CitationPatch } from '../citation/citation.js';
import type { Input } from '../input/input.js';
import type { Label } from '../label/label.js';
import type { Region } from '../region/region.js';
import type { Rule } from '../rule/rule.js';
import type { Scalar, Value } from '../value/value.js';

/** Which kind of unit a set rates. */
export type Scope =
  | 'xa'
  | 'huyen'
  /** huyện NTM đặc thù không có đơn vị hành chính cấp xã (island districts, QĐ 211/2024) */
  | 'huyen-dac-thu'
  | 'thi-xa'
  | 'tinh'
  | 'phuong-thi-tran'
  | 'quan-thi-xa'
  | 'khu-dan-cu'
  | 'vuon'
  | 'san-pham';

/** Tier of recognition within a programme. */
export type Tier = 'ntm' | 'nang-cao' | 'kieu-mau' | 'hien-dai' | 'hoan-thanh' | 'dtvm' | 'ocop' | 'other';

/** When an indicator applies. */
export type Applicability = 'always' | 'ifPresent';

/** An indicator (chỉ tiêu): one row of the decree's table. */
export interface Indicator<C extends string = string, I extends Input = Input> {
  /** Code as the law writes it, e.g. "17.1". */
  readonly code: C;
  readonly label: Label;
  readonly input: I;
  readonly rule: Rule;
  /** "(nếu có)": applies only when the object exists; the unit may answer "not applicable". */
  readonly applicability: Applicability;
  readonly source?: CitationPatch;
}

/** How a criterion's indicators combine. */
export type Combination = { readonly type: 'all' } | { readonly type: 'atLeast'; readonly count: number };

/**
 * What a criterion is to the set: a `criterion` (tiêu chí) counts in "đạt x/N tiêu chí"; a `condition` (điều kiện,
 * e.g. QĐ 320's "100% số xã đạt chuẩn") must hold for the set to be met but is not one of the N tiêu chí.
 */
export type CriterionRole = 'criterion' | 'condition';

/** A criterion (tiêu chí), or a condition (điều kiện) of the set. */
export interface Criterion<Inds extends readonly Indicator[] = readonly Indicator[]> {
  /** Number as the law writes it (1..19); conditions may use 0. */
  readonly number: number;
  /** Absent means 'criterion'. */
  readonly role?: CriterionRole;
  readonly label: Label;
  /** Id of its group (nhóm), if the set has groups. */
  readonly group?: string;
  readonly combine: Combination;
  readonly indicators: Inds;
  readonly source?: CitationPatch;
}

/** A group (nhóm) of criteria. */
export interface CriterionGroup {
  readonly id: string;
  readonly label: Label;
}

/** A category of unit that changes which values apply, e.g. xã đặc biệt khó khăn. */
export interface UnitCategory {
  readonly label: Label;
  /** Units of this category are held to this region's values (QĐ 318 Điều 1: TDMNPB). */
  readonly useRegion?: Region;
  readonly source?: CitationPatch;
}

/** Another set that must be met first (nâng cao requires NTM). */
export interface Prerequisite {
  readonly set: string;
  readonly label: Label;
  readonly source?: CitationPatch;
}

/** The parent of a derived set: which version it tightens. */
export interface DerivedFrom {
  readonly id: string;
  readonly version: string;
  readonly fingerprint: string;
  readonly citation: Citation;
}

/** Validity period of a set version, ISO dates, `until` inclusive. */
export interface Validity {
  readonly from: string;
  readonly until?: string;
}

/** A criteria set as data (everything but custom predicates serialises to JSON). */
export interface SetDefinition<Cs extends readonly Criterion[] = readonly Criterion[]> {
  /** `<package without @tieuchi/>/<slug>`, e.g. "qd-318-2022/xa-ntm". */
  readonly id: string;
  /** Version of this set (changes with each amendment). */
  readonly version: string;
  readonly label: Label;
  readonly scope: Scope;
  readonly tier: Tier;
  readonly citation: Citation;
  readonly validity: Validity;
  /** Regions a unit may be in; values by region must cover them all. */
  readonly regions: readonly Region[];
  readonly groups: readonly CriterionGroup[];
  readonly categories: Readonly<Record<string, UnitCategory>>;
  /** Provincial zones (e.g. Thanh Hóa "vung-1", "vung-2"); values by zone must cover them all. */
  readonly zones: Readonly<Record<string, Label>>;
  /** Province-delegated values supplied by this set ("UBND tỉnh quy định"). */
  readonly parameters: Readonly<Record<string, Value<Scalar>>>;
  readonly prerequisites: readonly Prerequisite[];
  /** Citations of the amendments applied to reach this version, oldest first. */
  readonly amendedBy: readonly Citation[];
  /** Province slug for a provincial set (e.g. "thanh-hoa"); absent for a national set. */
  readonly province?: string;
  /** The set this one was derived from (a provincial set from the national one). */
  readonly derivedFrom?: DerivedFrom;
  readonly criteria: Cs;
}
