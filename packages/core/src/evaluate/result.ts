import type { Citation, Provenance } from '../citation/citation.js';
import type { ChildResult } from '../input/input.js';
import type { Label } from '../label/label.js';
import type { Issue } from '../messages/issues.js';
import type { CommuneGroup, Region } from '../region/region.js';
import type { Requirement } from '../rule/compile.js';
import type { Status } from '../status/status.js';

/** Verdict on one indicator, with the reasons. */
export interface IndicatorResult {
  readonly code: string;
  readonly label: Label;
  readonly criterion: number;
  readonly status: Status;
  /** The value as given (or computed, e.g. the share of child units met); null when missing or invalid. */
  readonly actual: unknown;
  /** The requirement that applied; null when no threshold could be chosen. */
  readonly requirement: Requirement | null;
  /** Distance to the requirement in its unit of measure (0 when met; null when not measurable). */
  readonly gap: number | null;
  /** Score band reached (score-band rules). */
  readonly band?: string;
  /** Child units not met or unknown (share-of-children rules). */
  readonly blocking?: readonly ChildResult[];
  /** Met because the indicator applies only "(nếu có)" and the unit answered "n/a". */
  readonly notApplicable?: boolean;
  /** Citation of the indicator and of the value that applied. */
  readonly citation: Citation;
  /** The least certain provenance among the indicator and the value that applied. */
  readonly provenance: Provenance;
  /** Paths of missing inputs (status unknown). */
  readonly missing: readonly string[];
  /** Paths of invalid inputs (status unknown). */
  readonly invalid: readonly string[];
  /** Why the status is unknown when no input is at fault (no threshold for this region/year, parameter not supplied…). */
  readonly reason?: Label;
}

/** Verdict on one criterion (or condition). */
export interface CriterionResult {
  readonly number: number;
  /** 'condition' for a điều kiện of the set: it decides the status but is not counted among the tiêu chí. */
  readonly role: 'criterion' | 'condition';
  readonly label: Label;
  readonly group?: string;
  readonly status: Status;
  readonly citation: Citation;
  readonly provenance: Provenance;
  readonly indicators: readonly IndicatorResult[];
}

/** Met / not met / unknown / total. */
export interface Counts {
  readonly met: number;
  readonly notMet: number;
  readonly unknown: number;
  readonly total: number;
}

/** "Đạt 17/19 tiêu chí, 55/57 chỉ tiêu". */
export interface Summary {
  /** Tiêu chí (conditions excluded). */
  readonly criteria: Counts;
  /** Chỉ tiêu of the tiêu chí (conditions excluded). */
  readonly indicators: Counts;
  /** Rows of the set's conditions (điều kiện); all zero when it has none. */
  readonly conditions: Counts;
  readonly status: Status;
  /** Share of indicators met, 0–1. */
  readonly progress: number;
  /** Number of decided indicators (met or not met) whose verdict rests on an unverified value. */
  readonly unverifiedVerdicts: number;
  readonly text: Label;
}

/** Status of a prerequisite set (nâng cao needs NTM) and how it was known. */
export interface PrerequisiteResult {
  readonly set: string;
  readonly label: Label;
  readonly status: Status;
  readonly via: 'recognized' | 'supplied' | 'none';
}

/** The unit as evaluated. */
export interface UnitSummary {
  readonly id: string;
  readonly name?: string;
  readonly region?: Region;
  /** The region whose values applied (differs from `region` for e.g. xã đặc biệt khó khăn). */
  readonly effectiveRegion?: Region;
  /** The category that changed the region, if one did. */
  readonly regionBy?: string;
  readonly province?: string;
  readonly zone?: string;
  readonly group?: CommuneGroup;
  readonly category: readonly string[];
}

/** The result of evaluating one unit against one set (contract: see design.md). */
export interface EvaluationResult {
  readonly set: {
    readonly id: string;
    readonly version: string;
    readonly label: Label;
    readonly citation: Citation;
    readonly fingerprint: string;
    /** Amendments applied to reach this version, oldest first. */
    readonly amendments: readonly Citation[];
  };
  readonly unit: UnitSummary;
  readonly asOf: string;
  readonly status: Status;
  readonly summary: Summary;
  readonly prerequisites: readonly PrerequisiteResult[];
  readonly criteria: readonly CriterionResult[];
  readonly issues: readonly Issue[];
}
