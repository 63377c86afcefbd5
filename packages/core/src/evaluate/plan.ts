import { mergeCitation, weakest, type Citation, type Provenance } from '../citation/citation.js';
import type { CriteriaSet } from '../definition/define.js';
import type { Indicator } from '../definition/model.js';
import type { Label } from '../label/label.js';
import { issue, type Issue } from '../messages/issues.js';
import type { CommuneGroup, Region } from '../region/region.js';
import { compileRule, type CompiledRule } from '../rule/compile.js';
import type { ValueContext, ValueProblem } from '../value/value.js';

/** An indicator with its thresholds chosen for one context. */
export interface IndicatorPlan {
  readonly indicator: Indicator;
  readonly criterion: number;
  readonly compiled: CompiledRule;
  readonly citation: Citation;
  readonly provenance: Provenance;
  /** Why the indicator cannot be decided in this context (no threshold). */
  readonly reason?: Label;
  readonly problemIssues: readonly Issue[];
}

/** Per-set, per-context work done once and reused for every unit in that context. */
export interface Plan {
  readonly indicators: readonly IndicatorPlan[];
  readonly criteriaCitations: readonly Citation[];
}

/** The context a plan depends on. */
export interface PlanContext {
  readonly region: Region | undefined;
  readonly year: number;
  readonly categories: readonly string[];
  readonly zone: string | undefined;
  readonly group: CommuneGroup | undefined;
}

const cache = new WeakMap<object, Map<string, Plan>>();
const MAX_PLANS_PER_SET = 512;

function problemIssue(problem: ValueProblem, code: string): { reason: Label; issue: Issue } {
  const path = `values.${code}`;
  switch (problem.code) {
    case 'REGION_REQUIRED': {
      const i = issue('error', 'MISSING_REGION', 'region', {}, code);
      return { reason: i.message, issue: i };
    }
    case 'ZONE_REQUIRED': {
      const i = issue('error', 'MISSING_ZONE', 'zone', {}, code);
      return { reason: i.message, issue: i };
    }
    case 'GROUP_REQUIRED': {
      const i = issue('error', 'MISSING_GROUP', 'group', {}, code);
      return { reason: i.message, issue: i };
    }
    case 'NO_VALUE_FOR_REGION':
    case 'NO_VALUE_FOR_ZONE':
    case 'NO_VALUE_FOR_GROUP': {
      const what = problem.code === 'NO_VALUE_FOR_REGION' ? `region ${problem.region}` : problem.code === 'NO_VALUE_FOR_ZONE' ? `zone ${problem.zone}` : `group ${problem.group}`;
      const i = issue('warning', 'NO_VALUE_FOR_CONTEXT', path, { what }, code);
      return { reason: i.message, issue: i };
    }
    case 'YEAR_NOT_COVERED': {
      const i = issue('warning', 'YEAR_NOT_COVERED', path, { year: problem.year }, code);
      return { reason: i.message, issue: i };
    }
    case 'PARAMETER_NOT_SUPPLIED': {
      const i = issue('warning', 'PARAMETER_NOT_SUPPLIED', path, { labelVi: problem.label.vi, labelEn: problem.label.en, name: problem.name }, code);
      return { reason: i.message, issue: i };
    }
    case 'VALUE_NOT_KNOWN': {
      const i = issue('warning', 'VALUE_NOT_KNOWN', path, { reasonVi: problem.reason.vi, reasonEn: problem.reason.en }, code);
      return { reason: i.message, issue: i };
    }
  }
}

function buildPlan(set: CriteriaSet, ctx: PlanContext): Plan {
  const valueCtx: ValueContext = { ...ctx, parameters: set.parameters };
  const indicators: IndicatorPlan[] = [];
  const criteriaCitations: Citation[] = [];
  for (const c of set.criteria) {
    const cCitation = mergeCitation(set.citation, c.source);
    criteriaCitations.push(cCitation);
    for (const ind of c.indicators) {
      const iCitation = mergeCitation(cCitation, ind.source);
      const compiled = compileRule(ind.rule, ind.input, valueCtx);
      let citation = iCitation;
      const provenances: Provenance[] = [iCitation.provenance];
      for (const s of compiled.sources) {
        citation = mergeCitation(citation, s);
        if (s.provenance) provenances.push(s.provenance);
      }
      const provenance = weakest(...provenances);
      if (compiled.ok) {
        indicators.push({ indicator: ind, criterion: c.number, compiled, citation: { ...citation, provenance }, provenance, problemIssues: [] });
      } else {
        const explained = compiled.problems.map((p) => problemIssue(p, ind.code));
        const first = explained[0] as { reason: Label };
        indicators.push({
          indicator: ind,
          criterion: c.number,
          compiled,
          citation: { ...citation, provenance },
          provenance,
          reason: first.reason,
          problemIssues: explained.map((e) => e.issue),
        });
      }
    }
  }
  return { indicators, criteriaCitations };
}

/** The plan for a set in a context, built once and cached per set. */
export function planFor(set: CriteriaSet, ctx: PlanContext): Plan {
  // JSON, not a joined string: category and zone names are the set's own and may contain any separator.
  const key = JSON.stringify([ctx.region ?? null, ctx.year, ctx.zone ?? null, ctx.group ?? null, ctx.categories]);
  let plans = cache.get(set);
  if (!plans) {
    plans = new Map();
    cache.set(set, plans);
  }
  const hit = plans.get(key);
  if (hit) return hit;
  const plan = buildPlan(set, ctx);
  if (plans.size < MAX_PLANS_PER_SET) plans.set(key, plan);
  return plan;
}
