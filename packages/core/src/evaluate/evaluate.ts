import type { CriteriaSet } from '../definition/define.js';
import type { Indicator } from '../definition/model.js';
import { isIsoDate } from '../definition/validate.js';
import type { Label } from '../label/label.js';
import { issue, type Issue } from '../messages/issues.js';
import { COMMUNE_GROUPS, REGIONS, isRegion, type CommuneGroup, type Region } from '../region/region.js';
import { allOf, atLeastOf, type Status } from '../status/status.js';
import type { Rule } from '../rule/rule.js';
import { NOT_APPLICABLE, type UnitOf } from '../types/infer.js';
import { isNode, walkValue, type Scalar, type Value } from '../value/value.js';
import { checkValue, isForbiddenKey, missingFields, own } from './check-value.js';
import { planFor } from './plan.js';
import type {
  Counts,
  CriterionResult,
  EvaluationResult,
  IndicatorResult,
  PrerequisiteResult,
  UnitSummary,
} from './result.js';

/** Options of an evaluation. */
export interface EvaluateOptions {
  /** The date at which to evaluate (`YYYY-MM-DD` or a Date): chooses year-dependent values. */
  readonly asOf: string | Date;
  /** Known statuses of prerequisite sets, by set id (e.g. from an earlier evaluation). */
  readonly prerequisites?: Readonly<Record<string, Status>>;
}

function toIsoDate(d: string | Date): string | undefined {
  if (d instanceof Date) return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  return isIsoDate(d) ? d : undefined;
}

function counts(statuses: readonly Status[]): Counts {
  let met = 0;
  let notMet = 0;
  let unknown = 0;
  for (const s of statuses) {
    if (s === 'met') met++;
    else if (s === 'not-met') notMet++;
    else unknown++;
  }
  return { met, notMet, unknown, total: statuses.length };
}

interface Envelope {
  readonly id: string;
  readonly summary: UnitSummary;
  readonly values: object | undefined;
  readonly recognized: readonly string[];
  readonly region: Region | undefined;
  readonly categories: readonly string[];
  /** Why the set does not apply to the unit's region (nothing is decided then); undefined when it does. */
  readonly regionNotCovered: Label | undefined;
  /** Why the unit's `category` could not be read (thresholds that depend on it cannot be chosen); undefined when it could. */
  readonly categoryProblem: Label | undefined;
  readonly zone: string | undefined;
  readonly group: CommuneGroup | undefined;
}

/** Reads the unit's identity and context; every problem becomes an issue, nothing throws. */
function readEnvelope(set: CriteriaSet, raw: unknown, issues: Issue[]): Envelope {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.push(issue('error', 'UNIT_NOT_OBJECT', '', { received: raw }));
    return { id: '', summary: { id: '', category: [] }, values: undefined, recognized: [], region: undefined, categories: [], regionNotCovered: undefined, categoryProblem: undefined, zone: undefined, group: undefined };
  }
  const idRaw = own(raw, 'id');
  const id = typeof idRaw === 'string' && idRaw.trim() !== '' ? idRaw : typeof idRaw === 'number' && Number.isFinite(idRaw) ? String(idRaw) : '';
  if (id === '') issues.push(issue('error', 'INVALID_UNIT_ID', 'id', { received: idRaw }));
  const nameRaw = own(raw, 'name');
  if (nameRaw !== undefined && nameRaw !== null && typeof nameRaw !== 'string') issues.push(issue('warning', 'INVALID_NAME', 'name', { received: nameRaw }));
  const name = typeof nameRaw === 'string' ? nameRaw : undefined;

  const regionRaw = own(raw, 'region');
  let region: Region | undefined;
  let regionNotCovered: Label | undefined;
  if (regionRaw !== undefined && regionRaw !== null && regionRaw !== '') {
    if (!isRegion(regionRaw)) issues.push(issue('error', 'UNKNOWN_REGION', 'region', { received: regionRaw, expected: REGIONS.join(', ') }));
    else if (!set.regions.includes(regionRaw)) {
      const bad = issue('error', 'REGION_NOT_COVERED', 'region', { received: regionRaw });
      regionNotCovered = bad.message;
      issues.push(bad);
    } else region = regionRaw;
  }

  const provinceRaw = own(raw, 'province');
  if (provinceRaw !== undefined && provinceRaw !== null && typeof provinceRaw !== 'string') issues.push(issue('warning', 'INVALID_PROVINCE', 'province', { received: provinceRaw }));

  const categoryRaw = own(raw, 'category');
  const declared: string[] = [];
  const given: string[] = [];
  let categoryProblem: Label | undefined;
  if (categoryRaw !== undefined && categoryRaw !== null) {
    if (!Array.isArray(categoryRaw) || !categoryRaw.every((c) => typeof c === 'string')) {
      const bad = issue('error', 'INVALID_CATEGORY', 'category', { received: categoryRaw });
      categoryProblem = bad.message;
      issues.push(bad);
    } else {
      categoryRaw.forEach((c: string, n) => {
        given.push(c);
        if (Object.prototype.hasOwnProperty.call(set.categories, c)) declared.push(c);
        else issues.push(issue('warning', 'UNKNOWN_CATEGORY', `category[${n}]`, { received: c }));
      });
    }
  }
  // Categories in the set's declared order, so that the first declared rule wins.
  const categories = Object.keys(set.categories).filter((c) => declared.includes(c));

  const zoneRaw = own(raw, 'zone');
  let zone: string | undefined;
  if (zoneRaw !== undefined && zoneRaw !== null && zoneRaw !== '') {
    if (typeof zoneRaw === 'string' && Object.prototype.hasOwnProperty.call(set.zones, zoneRaw)) zone = zoneRaw;
    else issues.push(issue('error', 'UNKNOWN_ZONE', 'zone', { received: zoneRaw, expected: Object.keys(set.zones).join(', ') || '—' }));
  }
  const groupRaw = own(raw, 'group');
  let group: CommuneGroup | undefined;
  if (groupRaw !== undefined && groupRaw !== null && groupRaw !== '') {
    if ((COMMUNE_GROUPS as readonly unknown[]).includes(groupRaw)) group = groupRaw as CommuneGroup;
    else issues.push(issue('error', 'INVALID_GROUP', 'group', { received: groupRaw }));
  }
  const recognizedRaw = own(raw, 'recognized');
  let recognized: string[] = [];
  if (recognizedRaw !== undefined && recognizedRaw !== null) {
    if (Array.isArray(recognizedRaw) && recognizedRaw.every((x) => typeof x === 'string')) recognized = recognizedRaw;
    else issues.push(issue('error', 'INVALID_RECOGNIZED', 'recognized', { received: recognizedRaw }));
  }

  let effectiveRegion = region;
  let regionBy: string | undefined;
  for (const c of categories) {
    const useRegion = set.categories[c]?.useRegion;
    if (useRegion) {
      effectiveRegion = useRegion;
      regionBy = c;
      break;
    }
  }

  const valuesRaw = own(raw, 'values');
  let values: object | undefined;
  if (typeof valuesRaw === 'object' && valuesRaw !== null && !Array.isArray(valuesRaw)) values = valuesRaw;
  else if (valuesRaw !== undefined && valuesRaw !== null) issues.push(issue('error', 'VALUES_NOT_OBJECT', 'values', { received: valuesRaw }));

  const summary: UnitSummary = {
    id,
    ...(name !== undefined ? { name } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(effectiveRegion !== undefined ? { effectiveRegion } : {}),
    ...(regionBy !== undefined ? { regionBy } : {}),
    ...(typeof provinceRaw === 'string' ? { province: provinceRaw } : {}),
    ...(zone !== undefined ? { zone } : {}),
    ...(group !== undefined ? { group } : {}),
    category: given,
  };
  return { id, summary, values, recognized, region: effectiveRegion, categories, regionNotCovered, categoryProblem, zone, group };
}

/** The threshold values a rule reads. */
function ruleValues(rule: Rule): readonly Value<Scalar>[] {
  switch (rule.type) {
    case 'atLeast':
    case 'atMost':
    case 'equals':
      return [rule.value as Value<Scalar>];
    case 'between':
      return [rule.min, rule.max];
    case 'oneOf':
      return [rule.values as Value<Scalar>];
    case 'shareOfChildren':
      return [rule.atLeast];
    case 'custom':
      return Object.values(rule.params) as Value<Scalar>[];
    default:
      return [];
  }
}

/** True when an indicator's threshold may depend on the unit's categories (directly, or through a category's `useRegion`). */
function dependsOnCategory(set: CriteriaSet, ind: Indicator): boolean {
  const viaRegion = Object.values(set.categories).some((c) => c.useRegion !== undefined);
  let found = false;
  const visit = (node: Value<Scalar>): void => {
    if (found || !isNode(node)) return;
    if (node.type === 'byCategory' || (viaRegion && node.type === 'byRegion')) found = true;
    else if (node.type === 'parameter' && Object.prototype.hasOwnProperty.call(set.parameters, node.name)) {
      walkValue(set.parameters[node.name] as Value<Scalar>, visit);
    }
  };
  for (const v of ruleValues(ind.rule)) walkValue(v, visit);
  return found;
}

const codeCache = new WeakMap<object, ReadonlySet<string>>();

/** The indicator codes of a set, computed once per set. */
function codesOf(set: CriteriaSet): ReadonlySet<string> {
  let codes = codeCache.get(set);
  if (!codes) {
    const all = new Set<string>();
    for (const c of set.criteria) for (const i of c.indicators) all.add(i.code);
    codes = all;
    codeCache.set(set, codes);
  }
  return codes;
}

/** The fields every indicator result shares. */
interface ResultBase {
  readonly code: string;
  readonly label: IndicatorResult['label'];
  readonly criterion: number;
  readonly citation: IndicatorResult['citation'];
  readonly provenance: IndicatorResult['provenance'];
}

/** No paths: shared and frozen, so a result allocates nothing for it. */
const NONE: readonly string[] = Object.freeze([]);

/** An indicator result with a fixed shape (object spreads with optional parts are slow on the per-unit path). */
function indicatorResult(
  base: ResultBase,
  status: Status,
  actual: unknown,
  requirement: IndicatorResult['requirement'],
  gap: number | null,
  missing: readonly string[],
  invalid: readonly string[],
  reason?: IndicatorResult['reason'],
): IndicatorResult {
  const r: { -readonly [K in keyof IndicatorResult]: IndicatorResult[K] } = {
    code: base.code,
    label: base.label,
    criterion: base.criterion,
    status,
    actual,
    requirement,
    gap,
    citation: base.citation,
    provenance: base.provenance,
    missing,
    invalid,
  };
  if (reason !== undefined) r.reason = reason;
  return r;
}

const NO_DATE_REASON = issue('error', 'INVALID_AS_OF', 'asOf', { received: '' }).message;

/**
 * Evaluate a unit against a criteria set at a date. Pure and synchronous; never throws on bad data:
 * every problem is a coded issue and the affected indicators are `unknown`, never `met`.
 */
export function evaluate<S extends CriteriaSet>(set: S, unit: UnitOf<S>, options: EvaluateOptions): EvaluationResult {
  const issues: Issue[] = [];
  const asOfRaw = (options as Partial<EvaluateOptions> | undefined)?.asOf;
  const asOf = asOfRaw === undefined ? undefined : toIsoDate(asOfRaw);
  const year = asOf ? Number(asOf.slice(0, 4)) : Number.NaN;
  const dateOk = asOf !== undefined && year >= 1900 && year <= 2200;
  if (!dateOk) issues.push(issue('error', 'INVALID_AS_OF', 'asOf', { received: asOfRaw instanceof Date ? 'Invalid Date' : asOfRaw }));
  else if (asOf < set.validity.from || (set.validity.until !== undefined && asOf > set.validity.until)) {
    issues.push(issue('warning', 'SET_NOT_IN_FORCE', 'asOf', { asOf, validity: `${set.validity.from} – ${set.validity.until ?? '…'}` }));
  }

  const env = readEnvelope(set, unit, issues);
  const values = env.values;
  const codes = codesOf(set);
  if (values) {
    for (const k of Object.keys(values)) {
      if (isForbiddenKey(k)) issues.push(issue('error', 'FORBIDDEN_KEY', `values.${k}`, { received: k }));
      else if (!codes.has(k)) issues.push(issue('warning', 'UNKNOWN_CODE', `values.${k}`, { received: k }));
    }
  }

  // Nothing is decided without a valid date, or for a unit in a region the set does not apply to.
  const noPlanReason = dateOk && env.regionNotCovered ? env.regionNotCovered : NO_DATE_REASON;
  const plan = dateOk && !env.regionNotCovered
    ? planFor(set, { region: env.region, year, categories: env.categories, zone: env.zone, group: env.group })
    : undefined;
  const reported = new Set<string>();

  const byCriterion = new Map<number, IndicatorResult[]>();
  let unverifiedVerdicts = 0;
  let index = 0;
  for (const c of set.criteria) {
    const list: IndicatorResult[] = [];
    for (const ind of c.indicators) {
      const p = plan?.indicators[index];
      index++;
      const path = `values.${ind.code}`;
      const raw = values ? own(values, ind.code) : undefined;
      const base: ResultBase = {
        code: ind.code,
        label: ind.label,
        criterion: c.number,
        citation: p ? p.citation : set.citation,
        provenance: p ? p.provenance : set.citation.provenance,
      };
      const planned = p?.compiled.ok ? p.compiled.requirement : null;
      let result: IndicatorResult;
      if (raw === undefined || raw === null) {
        result = indicatorResult(base, 'unknown', null, planned, null, [path], NONE, p?.reason);
      } else if (raw === NOT_APPLICABLE) {
        if (ind.applicability === 'ifPresent' && !p) {
          // Without a plan (invalid date, region not covered) nothing is decided, not even "not applicable".
          result = indicatorResult(base, 'unknown', NOT_APPLICABLE, null, null, NONE, NONE, noPlanReason);
        } else if (ind.applicability === 'ifPresent') {
          result = indicatorResult(base, 'met', NOT_APPLICABLE, planned, 0, NONE, NONE);
          (result as { notApplicable?: boolean }).notApplicable = true;
        } else {
          issues.push(issue('error', 'NOT_APPLICABLE_NOT_ALLOWED', path, {}, ind.code));
          result = indicatorResult(base, 'unknown', null, planned, null, NONE, [path]);
        }
      } else {
        const checked = checkValue(ind.input, raw, path, ind.code);
        if (!checked.ok) {
          issues.push(...checked.issues);
          const missing = missingFields(ind.input, raw, path);
          const invalid = checked.issues.filter((x) => x.severity === 'error').map((x) => x.path);
          result = indicatorResult(base, 'unknown', null, planned, null, missing, invalid);
        } else {
          if (checked.warnings) issues.push(...checked.warnings);
          if (!p) {
            result = indicatorResult(base, 'unknown', checked.value, null, null, NONE, NONE, noPlanReason);
          } else if (!p.compiled.ok) {
            result = indicatorResult(base, 'unknown', checked.value, null, null, NONE, NONE, p.reason);
          } else if (env.categoryProblem && dependsOnCategory(set, ind)) {
            // The threshold depends on a category we could not read: never guess "no category".
            result = indicatorResult(base, 'unknown', checked.value, null, null, NONE, NONE, env.categoryProblem);
          } else {
            const outcome = p.compiled.check(checked.value);
            result = indicatorResult(base, outcome.status, outcome.shown !== undefined ? outcome.shown : checked.value, p.compiled.requirement, outcome.gap, NONE, NONE);
            if (outcome.band !== undefined) (result as { band?: string }).band = outcome.band;
            if (outcome.blocking !== undefined) (result as { blocking?: IndicatorResult['blocking'] }).blocking = outcome.blocking;
            if (ind.rule.type === 'custom' && outcome.status === 'unknown') {
              issues.push(issue('warning', 'CUSTOM_RULE_FAILED', path, { rule: ind.rule.name }, ind.code));
            }
            if (outcome.status !== 'unknown' && p.provenance === 'unverified') {
              unverifiedVerdicts++;
              issues.push(issue('warning', 'UNVERIFIED_VALUE', path, { provenance: 'unverified' }, ind.code));
            }
          }
        }
      }
      // Context problems (no region, no threshold…) are reported once per indicator that needed them.
      if (p && !p.compiled.ok) {
        for (const pi of p.problemIssues) {
          const key = pi.code === 'MISSING_REGION' || pi.code === 'MISSING_ZONE' || pi.code === 'MISSING_GROUP' ? pi.code : `${pi.code}:${pi.indicator}`;
          if (!reported.has(key)) {
            reported.add(key);
            issues.push(pi);
          }
        }
      }
      list.push(result);
    }
    byCriterion.set(c.number, list);
  }

  const criteria: CriterionResult[] = set.criteria.map((c, n) => {
    const list = byCriterion.get(c.number) as IndicatorResult[];
    const statuses = list.map((r) => r.status);
    const status = c.combine.type === 'all' ? allOf(statuses) : atLeastOf(c.combine.count, statuses);
    const citation = plan?.criteriaCitations[n] ?? set.citation;
    return {
      number: c.number,
      role: c.role ?? 'criterion',
      label: c.label,
      ...(c.group !== undefined ? { group: c.group } : {}),
      status,
      citation,
      provenance: citation.provenance,
      indicators: list,
    };
  });

  const prerequisites: PrerequisiteResult[] = set.prerequisites.map((pr) => {
    if (env.recognized.includes(pr.set)) return { set: pr.set, label: pr.label, status: 'met', via: 'recognized' };
    const supplied = options?.prerequisites?.[pr.set];
    if (supplied === 'met' || supplied === 'not-met' || supplied === 'unknown') return { set: pr.set, label: pr.label, status: supplied, via: 'supplied' };
    issues.push(issue('warning', 'PREREQUISITE_UNKNOWN', 'recognized', { labelVi: pr.label.vi, labelEn: pr.label.en, set: pr.set }));
    return { set: pr.set, label: pr.label, status: 'unknown', via: 'none' };
  });

  // Conditions (điều kiện) decide the status but are not among the "x/N tiêu chí, y/M chỉ tiêu".
  const proper = criteria.filter((c) => c.role === 'criterion');
  const gates = criteria.filter((c) => c.role === 'condition');
  const criteriaCounts = counts(proper.map((c) => c.status));
  const indicatorCounts = counts(proper.flatMap((c) => c.indicators.map((r) => r.status)));
  const conditionCounts = counts(gates.flatMap((c) => c.indicators.map((r) => r.status)));
  const status = allOf([...criteria.map((c) => c.status), ...prerequisites.map((p) => p.status)]);
  const progress = indicatorCounts.total === 0 ? 0 : indicatorCounts.met / indicatorCounts.total;
  const c = criteriaCounts;
  const i = indicatorCounts;
  return {
    set: { id: set.id, version: set.version, label: set.label, citation: set.citation, fingerprint: set.fingerprint, amendments: set.amendedBy },
    unit: env.summary,
    asOf: asOf ?? '',
    status,
    summary: {
      criteria: criteriaCounts,
      indicators: indicatorCounts,
      conditions: conditionCounts,
      status,
      progress,
      unverifiedVerdicts,
      text:
        conditionCounts.total === 0
          ? { vi: `Đạt ${c.met}/${c.total} tiêu chí, ${i.met}/${i.total} chỉ tiêu`, en: `Met ${c.met}/${c.total} criteria, ${i.met}/${i.total} indicators` }
          : {
              vi: `Đạt ${conditionCounts.met}/${conditionCounts.total} điều kiện, ${c.met}/${c.total} tiêu chí, ${i.met}/${i.total} chỉ tiêu`,
              en: `Met ${conditionCounts.met}/${conditionCounts.total} conditions, ${c.met}/${c.total} criteria, ${i.met}/${i.total} indicators`,
            },
    },
    prerequisites,
    criteria,
    issues,
  };
}
