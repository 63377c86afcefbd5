/**
 * @tieuchi/core — a typed DSL for Vietnam's criteria sets and a pure, three-valued evaluator.
 * @packageDocumentation
 */
export type { Label, Lang } from './label/label.js';
export { isLabel } from './label/label.js';
export { REGIONS, REGION_LABELS, COMMUNE_GROUPS, isRegion } from './region/region.js';
export type { Region, CommuneGroup } from './region/region.js';
export type { Citation, CitationPatch, Provenance } from './citation/citation.js';
export { PROVENANCES, mergeCitation, weakest } from './citation/citation.js';
export { input, isNumeric, unitOf } from './input/input.js';
export type {
  Input,
  ScalarInput,
  NumericInput,
  NumberInput,
  PercentInput,
  CountInput,
  BooleanInput,
  ChoiceInput,
  DateInput,
  ChildrenInput,
  FieldsInput,
  ChildResult,
  ChildStatus,
  UnitOfMeasure,
  ValueOf,
} from './input/input.js';
export {
  byRegion,
  byYear,
  byCategory,
  byZone,
  byGroup,
  provinceParameter,
  notKnown,
  sourced,
  resolveValue,
  walkValue,
  isNode,
} from './value/value.js';
export type {
  Value,
  ValueNode,
  Scalar,
  BetweenYears,
  AfterLastYear,
  ValueContext,
  ValueProblem,
  Resolved,
  Dimension,
} from './value/value.js';
export { atLeast, atMost, none, between, equals, isTrue, oneOf, shareOfChildren, scoreBands, custom } from './rule/rule.js';
export type {
  Rule,
  RuleType,
  RuleFor,
  AtLeastRule,
  AtMostRule,
  BetweenRule,
  EqualsRule,
  IsTrueRule,
  OneOfRule,
  ShareOfChildrenRule,
  ScoreBandsRule,
  ScoreBand,
  CustomRule,
} from './rule/rule.js';
export type { Requirement, Outcome } from './rule/compile.js';
export { indicator, criterion, condition, defineSet, deepFreeze } from './definition/define.js';
export type { CriteriaSet, SetInput } from './definition/define.js';
export type {
  Scope,
  Tier,
  Applicability,
  Indicator,
  Criterion,
  CriterionRole,
  CriterionGroup,
  Combination,
  UnitCategory,
  Prerequisite,
  Validity,
  SetDefinition,
} from './definition/model.js';
export { CriteriaSetError } from './definition/errors.js';
export type { DefinitionErrorCode, DefinitionProblem } from './definition/errors.js';
export { validateSet, isIsoDate } from './definition/validate.js';
export type { Status } from './status/status.js';
export { STATUS_LABELS, allOf, atLeastOf } from './status/status.js';
export { NOT_APPLICABLE } from './types/infer.js';
export type { NotApplicable, InputsOf, IndicatorsOf, IndicatorValue, CodesOf, Unit, UnitOf } from './types/infer.js';
export { evaluate } from './evaluate/evaluate.js';
export type { EvaluateOptions } from './evaluate/evaluate.js';
export { evaluateLadder } from './evaluate/ladder.js';
export { toChildResults, matchToRoster, NOT_IN_UNIT } from './rollup/rollup.js';
export type { ChildSource } from './rollup/rollup.js';
export type { LadderResult, LadderBlocker } from './evaluate/ladder.js';
export type {
  EvaluationResult,
  IndicatorResult,
  CriterionResult,
  Counts,
  Summary,
  PrerequisiteResult,
  UnitSummary,
} from './evaluate/result.js';
export type { Issue, IssueCode, Severity } from './messages/issues.js';
export { ISSUE_MESSAGES } from './messages/issues.js';
export { canonicalJSON, fingerprintOf, toData } from './canonical/canonical.js';
// Law over time: amendments, history, derivation.
export { change } from './amend/change.js';
export type { Change, ValueSelector } from './amend/change.js';
export { amend, defineAmendment, targetsOf } from './amend/amend.js';
export type { Amendment } from './amend/amend.js';
export { history, timeline, inForce, inForceDuring } from './history/history.js';
export type { Timeline, VersionEntry } from './history/history.js';
export { derive, deriveHistory } from './derive/derive.js';
export type { Derivation } from './derive/derive.js';
export { checkNotLooser } from './derive/looser.js';
export type { LoosenessViolation } from './derive/looser.js';
export type { DerivedFrom } from './definition/model.js';
export { fromJSON } from './json/from-json.js';
export type { FromJSONOptions, Predicate } from './json/from-json.js';
export { unitSchema, inputJsonSchema } from './schema/unit-schema.js';
export type { JsonSchema } from './schema/unit-schema.js';
export { diffSets } from './diff/diff.js';
export type {
  SetDiff,
  SetRef,
  MetaChange,
  DiffEntry,
  DiffKind,
  SetChanged,
  CriterionAdded,
  CriterionRemoved,
  CriterionChanged,
  IndicatorAdded,
  IndicatorRemoved,
  IndicatorMoved,
  IndicatorChanged,
  ValueChanged,
  ValueLeaf,
  YearPolicy,
  PredicateRef,
} from './diff/diff.js';
export { formatDiff, formatEntry, formatMeta } from './diff/format.js';
// Audit: every row and value with its citation and provenance.
export { auditSet, provenanceShares, provenanceSummary, ruleValues } from './audit/audit.js';
export type { AuditRow, AuditValue, ProvenanceShares } from './audit/audit.js';
