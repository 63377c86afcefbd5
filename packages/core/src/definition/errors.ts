import type { Label } from '../label/label.js';

/** Codes of problems in a criteria set's definition. */
export type DefinitionErrorCode =
  | 'INVALID_SET_ID'
  | 'INVALID_VERSION'
  | 'MISSING_LABEL'
  | 'INVALID_CITATION'
  | 'INVALID_VALIDITY'
  | 'INVALID_SCOPE'
  | 'NO_CRITERIA'
  | 'NO_INDICATORS'
  | 'DUPLICATE_CRITERION'
  | 'DUPLICATE_CODE'
  | 'INVALID_CODE'
  | 'DUPLICATE_GROUP'
  | 'UNKNOWN_GROUP'
  | 'INVALID_REGION'
  | 'INVALID_CATEGORY'
  | 'INVALID_INPUT'
  | 'RULE_INPUT_MISMATCH'
  | 'INVALID_THRESHOLD'
  | 'MISSING_VALUE_FOR_REGION'
  | 'UNKNOWN_REGION_KEY'
  | 'MISSING_VALUE_FOR_ZONE'
  | 'UNKNOWN_ZONE_KEY'
  | 'MISSING_VALUE_FOR_GROUP'
  | 'UNKNOWN_GROUP_KEY'
  | 'UNKNOWN_CATEGORY_KEY'
  | 'INVALID_YEAR'
  | 'YEAR_NOT_COVERED'
  | 'INVALID_YEAR_POLICY'
  | 'CONFLICTING_VALUES'
  | 'INVALID_PARAMETER'
  | 'INVALID_SCORE_BANDS'
  | 'INVALID_COMBINATION'
  | 'MISSING_PREDICATE'
  | 'INVALID_PREREQUISITE'
  | 'INVALID_VALUE_NODE'
  | 'INVALID_JSON'
  | 'AMENDMENT_TARGET_NOT_FOUND'
  | 'INVALID_AMENDMENT'
  | 'LOOSER_THAN_PARENT';

/** One problem found in a definition. */
export interface DefinitionProblem {
  readonly code: DefinitionErrorCode;
  /** Where: e.g. "criteria[9].indicators[0].rule.value.DNB". */
  readonly path: string;
  /** The indicator code or criterion number concerned, when there is one. */
  readonly at?: string;
  readonly message: Label;
}

/** Thrown at definition time when a criteria set is malformed. Names the set, the code and the path. */
export class CriteriaSetError extends Error {
  override readonly name = 'CriteriaSetError';
  /** Code of the first problem. */
  readonly code: DefinitionErrorCode;
  readonly setId: string;
  readonly problems: readonly DefinitionProblem[];

  constructor(setId: string, problems: readonly DefinitionProblem[]) {
    const lines = problems.map((p) => `  [${p.code}] ${p.at ? `${p.at}: ` : ''}${p.message.en} (${p.path}) — ${p.message.vi}`);
    super(`Criteria set "${setId}" is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.setId = setId;
    this.problems = problems;
    this.code = (problems[0] as DefinitionProblem).code;
  }
}
