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
  /** The unit's categories (a unit may have several: the set's declared order decides which one counts). */
  readonly categories: readonly string[];
  readonly zone: string | undefined;
  readonly group: CommuneGroup | undefined;
}

/** Every threshold value of a set: the rules' values (custom parameters included) and the supplied parameters. */
function valuesOf(set: SetDefinition): Value<Scalar>[] {
  const out: Value<Scalar>[] = [];
  for (const c of set.criteria) {
    for (const i of c.indicators) {
      for (const [k, v] of Object.entries(i.rule)) {
        if (k === 'params' && typeof v === 'object' && v !== null) out.push(...(Object.values(v) as Value<Scalar>[]));
        else if (typeof v === 'object' && v !== null) out.push(v as Value<Scalar>);
      }
    }
  }
  out.push(...(Object.values(set.parameters) as Value<Scalar>[]));
  return out;
}

/** The category keys a set's values are split by. */
function categoryKeys(set: SetDefinition): Set<string> {
  const keys = new Set<string>();
  for (const v of valuesOf(set)) {
    walkValue(v, (_n, path, dims) => {
      dims.forEach((d, k) => {
        if (d === 'category' && path[k] !== '*') keys.add(path[k] as string);
      });
    });
  }
  return keys;
}

/** The context a set gives a unit profile, as `evaluate` builds it (declared order; the first `useRegion` wins). */
function contextFor(set: SetDefinition, p: Profile, keys: ReadonlySet<string>): ValueContext {
  const declared = Object.keys(set.categories).filter((c) => p.categories.includes(c));
  let useRegion: Region | undefined;
  for (const c of declared) {
    useRegion = set.categories[c]?.useRegion;
    if (useRegion !== undefined) break;
  }
  // Only the categories some value is split by can change a threshold: the others are left out of the context.
  const categories = declared.filter((c) => keys.has(c));
  return { region: useRegion ?? p.region, year: p.year, categories, zone: p.zone, group: p.group, parameters: set.parameters };
}

function contextKey(c: ValueContext): string {
  return JSON.stringify([c.region, c.year, c.categories, c.zone, c.group]);
}

/** The category combinations to try: every subset when they are few, else each one and each pair. */
function categoryProfiles(cats: readonly string[]): string[][] {
  if (cats.length <= 8) {
    const out: string[][] = [];
    for (let m = 0; m < 1 << cats.length; m++) out.push(cats.filter((_c, k) => (m & (1 << k)) !== 0));
    return out;
  }
  const out: string[][] = [[]];
  cats.forEach((a, k) => {
    out.push([a]);
    for (const b of cats.slice(k + 1)) out.push([a, b]);
  });
  return out;
}

function yearsOf(sets: readonly SetDefinition[], from: string, until: string | undefined): number[] {
  const listed = new Set<number>();
  for (const s of sets) {
    // Custom rules' parameters and supplied parameters may list years too.
    for (const v of valuesOf(s)) {
      walkValue(v, (_n, path, dims) => {
        dims.forEach((d, k) => {
          if (d === 'year') listed.add(Number(path[k]));
        });
      });
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
  for (const v of valuesOf(set)) walkValue(v, (_n, _p, dims) => { if (dims.includes(dim)) found = true; });
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
    const before = violations.length;
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
      if (pi.rule.type === 'custom' && d.ind.rule.type === 'custom' && pi.rule.name !== d.ind.rule.name) {
        // Another predicate: its direction is unknown, whatever its description and parameters say.
        push(pi.code, 'all units', pi.rule.name, d.ind.rule.name, { vi: 'quy tắc tùy biến bị thay (không chứng minh được là không lỏng hơn)', en: 'custom rule replaced (cannot be proven not looser)' });
      }
    }
    if (dc && pc.combine.type === 'all' && dc.combine.type === 'atLeast') {
      push(String(pc.number), 'all units', 'all indicators', `${dc.combine.count} indicators`, { vi: 'tiêu chí chỉ cần một phần chỉ tiêu', en: 'criterion needs only some indicators' });
    }
    if (dc && pc.combine.type === 'atLeast' && dc.combine.type === 'atLeast' && dc.combine.count < pc.combine.count) {
      push(String(pc.number), 'all units', `${pc.combine.count}`, `${dc.combine.count}`, { vi: 'cần ít chỉ tiêu hơn', en: 'fewer indicators needed' });
    }
    if (violations.length > before) continue;
    // However the derived set places the parent's indicators, a unit meeting it must meet at least as many of them as
    // the parent's criterion requires: count those every derived criterion guarantees (an added indicator in an
    // "at least k of" criterion can stand in for one of the parent's; one moved there is no longer required).
    const own = new Set(pc.indicators.map((i) => i.code));
    const required = pc.combine.type === 'all' ? pc.indicators.length : pc.combine.count;
    let guaranteed = 0;
    for (const c of derived.criteria) {
      const mine = c.indicators.filter((i) => own.has(i.code)).length;
      if (mine === 0) continue;
      const need = c.combine.type === 'all' ? c.indicators.length : c.combine.count;
      guaranteed += Math.min(mine, Math.max(0, need - (c.indicators.length - mine)));
    }
    if (guaranteed < required) {
      push(String(pc.number), 'all units', `${required} / ${pc.indicators.length}`, `${guaranteed}`, {
        vi: `đạt bộ tiêu chí dẫn xuất chỉ bảo đảm ${guaranteed} chỉ tiêu của tiêu chí ${pc.number} (cần ${required})`,
        en: `meeting the derived set guarantees only ${guaranteed} indicators of criterion ${pc.number} (${required} needed)`,
      });
    }
  }

  // Prerequisites (nâng cao requires NTM…): the derived set may name its own, but not drop any.
  if (derived.prerequisites.length < parent.prerequisites.length) {
    const names = (s: SetDefinition): string => s.prerequisites.map((x) => x.set).join(', ') || '—';
    push('prerequisites', 'all units', names(parent), names(derived), { vi: 'bỏ điều kiện tiên quyết', en: 'prerequisite dropped' });
  }

  const regions = derived.regions.filter((r) => parent.regions.includes(r));
  const pKeys = categoryKeys(parent);
  const dKeys = categoryKeys(derived);
  // Categories that can change a threshold in either set; a unit may have several of them at once.
  const relevant = [...new Set([...Object.keys(derived.categories), ...Object.keys(parent.categories)])].filter(
    (c) => pKeys.has(c) || dKeys.has(c) || parent.categories[c]?.useRegion !== undefined || derived.categories[c]?.useRegion !== undefined,
  );
  const categorySets = categoryProfiles(relevant);
  const zones: (string | undefined)[] = Object.keys(derived.zones).length > 0 ? Object.keys(derived.zones) : [undefined];
  const groups: (CommuneGroup | undefined)[] = usesDimension(derived, 'group') || usesDimension(parent, 'group') ? [...COMMUNE_GROUPS] : [undefined];
  const years = yearsOf([derived, parent], from, until);
  const seen = new Set<string>();
  const tried = new Set<string>();
  for (const region of regions) for (const year of years) for (const cats of categorySets) for (const zone of zones) for (const group of groups) {
    const profile: Profile = { region, year, categories: cats, zone, group };
    const pctx = contextFor(parent, profile, pKeys);
    const dctx = contextFor(derived, profile, dKeys);
    const pairKey = `${contextKey(pctx)}|${contextKey(dctx)}`;
    if (tried.has(pairKey)) continue;
    tried.add(pairKey);
    const category = cats.length > 0 ? cats.join(' + ') : undefined;
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
