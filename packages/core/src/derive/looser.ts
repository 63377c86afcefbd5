import { mergeCitation, type Citation, type CitationPatch } from '../citation/citation.js';
import type { CriteriaSet } from '../definition/define.js';
import type { Indicator, SetDefinition } from '../definition/model.js';
import type { Label } from '../label/label.js';
import { COMMUNE_GROUPS, type CommuneGroup, type Region } from '../region/region.js';
import { compileRule, type Requirement } from '../rule/compile.js';
import { walkValue, type Scalar, type Value, type ValueContext } from '../value/value.js';

/** A place where a derived set is looser than its parent. */
export interface LoosenessViolation {
  readonly code: string;
  /** The unit profile in which it is looser, e.g. "BTB, 2025, xa-dbkk". */
  readonly context: string;
  readonly parent: { readonly requirement: string; readonly citation: Citation };
  readonly derived: { readonly requirement: string; readonly citation: Citation };
  readonly message: Label;
}

interface Profile {
  readonly region: Region;
  readonly year: number;
  readonly category: string | undefined;
  readonly zone: string | undefined;
  readonly group: CommuneGroup | undefined;
}

function contextFor(set: SetDefinition, p: Profile): ValueContext {
  const categories = p.category !== undefined && Object.prototype.hasOwnProperty.call(set.categories, p.category) ? [p.category] : [];
  const useRegion = categories.length > 0 ? set.categories[categories[0] as string]?.useRegion : undefined;
  return { region: useRegion ?? p.region, year: p.year, categories, zone: p.zone, group: p.group, parameters: set.parameters };
}

function yearsOf(sets: readonly SetDefinition[], from: string, until: string | undefined): number[] {
  const listed = new Set<number>();
  for (const s of sets) {
    for (const c of s.criteria) {
      for (const i of c.indicators) {
        for (const v of Object.values(i.rule)) {
          if (typeof v === 'object' && v !== null) {
            walkValue(v as Value<Scalar>, (_n, path, dims) => {
              dims.forEach((d, k) => {
                if (d === 'year') listed.add(Number(path[k]));
              });
            });
          }
        }
      }
    }
  }
  const start = Number(from.slice(0, 4));
  const end = until ? Number(until.slice(0, 4)) : Math.max(start, ...listed) + 1;
  const years: number[] = [];
  for (let y = start; y <= end; y++) years.push(y);
  return years;
}

function usesDimension(set: SetDefinition, dim: 'group'): boolean {
  let found = false;
  for (const c of set.criteria) for (const i of c.indicators) for (const v of Object.values(i.rule)) {
    if (typeof v === 'object' && v !== null) walkValue(v as Value<Scalar>, (_n, _p, dims) => { if (dims.includes(dim)) found = true; });
  }
  return found;
}

/** Why `d` is looser than `p`, or undefined when it is at least as strict. */
function looser(d: Requirement, p: Requirement): string | undefined {
  if (p.type !== d.type) return `rule ${p.type} → ${d.type}`;
  const dn = d.value as number;
  const pn = p.value as number;
  switch (p.type) {
    case 'atLeast':
    case 'shareOfChildren':
    case 'scoreBands':
      return dn < pn ? `${dn} < ${pn}` : undefined;
    case 'atMost':
      return dn > pn ? `${dn} > ${pn}` : undefined;
    case 'between':
      return (d.min as number) < (p.min as number) || (d.max as number) > (p.max as number) ? `[${d.min}, ${d.max}] ⊄ [${p.min}, ${p.max}]` : undefined;
    case 'equals':
      return d.value !== p.value ? `${String(d.value)} ≠ ${String(p.value)}` : undefined;
    case 'isTrue':
      return undefined;
    case 'oneOf': {
      const allowed = p.value as readonly string[];
      const extra = (d.value as readonly string[]).filter((x) => !allowed.includes(x));
      return extra.length > 0 ? `also accepts ${extra.join(', ')}` : undefined;
    }
    case 'custom': {
      // A custom predicate's direction is unknown: the same parameters are the only proof.
      const dp = JSON.stringify(d.params ?? {});
      const pp = JSON.stringify(p.params ?? {});
      return dp !== pp || d.text.vi !== p.text.vi ? 'custom rule changed (cannot be proven not looser)' : undefined;
    }
  }
}

function citationOf(set: SetDefinition, code: string): Citation {
  for (const c of set.criteria) {
    const i = c.indicators.find((x) => x.code === code);
    if (i) return mergeCitation(mergeCitation(set.citation, c.source), i.source);
  }
  return set.citation;
}

/**
 * Every place where `derived` is looser than `parent` for the unit profiles both cover (regions, years of the
 * overlap of their validity, categories, zones, groups). Empty when the derived set is never looser.
 */
export function checkNotLooser(
  derived: SetDefinition,
  parent: SetDefinition,
  /** The days the parent version was in force, when it differs from its validity (an amended original). */
  parentInForce: { readonly from: string; readonly until?: string } = parent.validity,
): LoosenessViolation[] {
  const violations: LoosenessViolation[] = [];
  const from = derived.validity.from > parentInForce.from ? derived.validity.from : parentInForce.from;
  const untils = [derived.validity.until, parentInForce.until].filter((u): u is string => u !== undefined).sort();
  const until = untils[0];
  if (until !== undefined && until < from) return violations;
  const derivedInds = new Map<string, { ind: Indicator; criterion: number }>();
  for (const c of derived.criteria) for (const i of c.indicators) derivedInds.set(i.code, { ind: i, criterion: c.number });

  const push = (
    code: string,
    context: string,
    pReq: string,
    dReq: string,
    why: Label,
    pSources: readonly CitationPatch[] = [],
    dSources: readonly CitationPatch[] = [],
  ): void => {
    // Name the decisions that set the two values (an amendment or the province), not only the sets.
    const pc = pSources.reduce<Citation>((c, s) => mergeCitation(c, s), citationOf(parent, code));
    const dc = dSources.reduce<Citation>((c, s) => mergeCitation(c, s), citationOf(derived, code));
    const dWho = dc.decision === derived.citation.decision ? dc.decision : `${derived.citation.decision} (${dc.decision})`;
    violations.push({
      code,
      context,
      parent: { requirement: pReq, citation: pc },
      derived: { requirement: dReq, citation: dc },
      message: {
        vi: `Chỉ tiêu ${code} (${context}) lỏng hơn ${pc.decision}: ${why.vi} — ${dWho} không được hạ chuẩn`,
        en: `Indicator ${code} (${context}) is looser than ${pc.decision}: ${why.en} — ${dWho} may not lower the bar`,
      },
    });
  };

  // Structure: nothing the parent requires may disappear or be combined more leniently.
  for (const pc of parent.criteria) {
    const dc = derived.criteria.find((c) => c.number === pc.number);
    for (const pi of pc.indicators) {
      const d = derivedInds.get(pi.code);
      if (!d) {
        push(pi.code, 'all units', pi.label.vi, '—', { vi: 'chỉ tiêu bị bỏ', en: 'indicator removed' });
        continue;
      }
      if (pi.applicability === 'always' && d.ind.applicability === 'ifPresent') {
        push(pi.code, 'all units', 'always applies', '(nếu có)', { vi: 'chỉ tiêu trở thành "nếu có"', en: 'indicator made "if present"' });
      }
    }
    if (dc && pc.combine.type === 'all' && dc.combine.type === 'atLeast') {
      push(String(pc.number), 'all units', 'all indicators', `${dc.combine.count} indicators`, { vi: 'tiêu chí chỉ cần một phần chỉ tiêu', en: 'criterion needs only some indicators' });
    }
    if (dc && pc.combine.type === 'atLeast' && dc.combine.type === 'atLeast' && dc.combine.count < pc.combine.count) {
      push(String(pc.number), 'all units', `${pc.combine.count}`, `${dc.combine.count}`, { vi: 'cần ít chỉ tiêu hơn', en: 'fewer indicators needed' });
    }
  }

  const regions = derived.regions.filter((r) => parent.regions.includes(r));
  const categories: (string | undefined)[] = [undefined, ...new Set([...Object.keys(derived.categories), ...Object.keys(parent.categories)])];
  const zones: (string | undefined)[] = Object.keys(derived.zones).length > 0 ? Object.keys(derived.zones) : [undefined];
  const groups: (CommuneGroup | undefined)[] = usesDimension(derived, 'group') || usesDimension(parent, 'group') ? [...COMMUNE_GROUPS] : [undefined];
  const years = yearsOf([derived, parent], from, until);
  const seen = new Set<string>();
  for (const region of regions) for (const year of years) for (const category of categories) for (const zone of zones) for (const group of groups) {
    const profile: Profile = { region, year, category, zone, group };
    const pctx = contextFor(parent, profile);
    const dctx = contextFor(derived, profile);
    const context = [region, year, category, zone, group === undefined ? undefined : `nhóm ${group}`].filter((x) => x !== undefined).join(', ');
    for (const pc of parent.criteria) for (const pi of pc.indicators) {
      const d = derivedInds.get(pi.code);
      if (!d) continue;
      const pr = compileRule(pi.rule, pi.input, pctx);
      if (!pr.ok) continue; // nothing known to be looser than
      const dr = compileRule(d.ind.rule, d.ind.input, dctx);
      if (!dr.ok) continue; // unknown is never met, so never looser
      const why = looser(dr.requirement, pr.requirement);
      if (why) {
        const key = `${pi.code}|${why}`;
        if (seen.has(key)) continue;
        seen.add(key);
        push(pi.code, context, pr.requirement.text.vi, dr.requirement.text.vi, { vi: why, en: why }, pr.sources, dr.sources);
      }
    }
  }
  return violations;
}

export type { CriteriaSet };
