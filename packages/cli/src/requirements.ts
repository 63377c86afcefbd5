import { auditSet, evaluate, unitOf, type CriteriaSet, type Input, type Label, type Provenance, type Region, type UnitOf } from '@tieuchi/core';
import { L } from './lang.js';

/** The requirement of one indicator for a unit profile: its text, or why none is known. */
export interface RowRequirement {
  readonly text: Label;
  /** False when no threshold is known (the indicator evaluates to unknown whatever the value). */
  readonly known: boolean;
  readonly provenance: Provenance;
}

/** The unit profile a requirement is chosen for. */
export interface Profile {
  readonly region?: Region;
  readonly zone?: string;
  readonly group?: number;
  readonly category?: readonly string[];
}

/** Requirements of every indicator for one profile at a date, read from the evaluator (an empty unit's result). */
function forProfile(set: CriteriaSet, asOf: string, p: Profile): Map<string, RowRequirement> {
  const unit = { id: '_', category: p.category ?? [], ...(p.region ? { region: p.region } : {}), ...(p.zone ? { zone: p.zone } : {}), ...(p.group ? { group: p.group } : {}) };
  const r = evaluate(set, unit as UnitOf<CriteriaSet>, { asOf });
  const out = new Map<string, RowRequirement>();
  for (const c of r.criteria) {
    for (const i of c.indicators) {
      if (i.requirement) out.set(i.code, { text: i.requirement.text, known: true, provenance: i.provenance });
      else {
        const why = r.issues.find((x) => x.indicator === i.code && x.code !== 'UNVERIFIED_VALUE')?.message ?? i.reason ?? L('chưa xác định được', 'not determined');
        out.set(i.code, { text: L(`(${why.vi})`, `(${why.en})`), known: false, provenance: i.provenance });
      }
    }
  }
  return out;
}

/** The profile dimensions a set's thresholds vary by (region, nhóm xã). */
export function dimensionsOf(set: CriteriaSet): { region: boolean; group: boolean } {
  let region = false;
  let group = false;
  for (const r of auditSet(set)) {
    for (const v of r.values) {
      if (v.dims.includes('region')) region = true;
      if (v.dims.includes('group')) group = true;
    }
  }
  // A category that moves a unit to another region's values (xã đặc biệt khó khăn → TDMNPB) needs the region too.
  if (Object.values(set.categories).some((c) => c.useRegion !== undefined)) region = true;
  return { region, group };
}

/**
 * Requirements of every indicator at a date for a profile. A dimension the set varies by (region, nhóm xã) and the
 * profile leaves open is spelled out: one requirement when all values agree, else value by value ("TDMNPB: ≥ 39; …").
 */
export function requirementsFor(set: CriteriaSet, asOf: string, p: Profile): Map<string, RowRequirement> {
  const dims = dimensionsOf(set);
  const regions: (Region | undefined)[] = p.region === undefined && dims.region ? [...set.regions] : [p.region];
  const groups: (number | undefined)[] = p.group === undefined && dims.group ? [1, 2, 3] : [p.group];
  const profiles: { name: Label; profile: Profile }[] = [];
  for (const region of regions) {
    for (const group of groups) {
      const parts = [region, group !== undefined && p.group === undefined ? `nhóm ${group}` : undefined].filter((x) => x !== undefined);
      const partsEn = [region, group !== undefined && p.group === undefined ? `group ${group}` : undefined].filter((x) => x !== undefined);
      profiles.push({
        name: L(parts.join(' '), partsEn.join(' ')),
        profile: { ...p, ...(region !== undefined ? { region } : {}), ...(group !== undefined ? { group } : {}) },
      });
    }
  }
  if (profiles.length === 1) return forProfile(set, asOf, profiles[0]!.profile);
  const each = profiles.map((x) => ({ name: x.name, reqs: forProfile(set, asOf, x.profile) }));
  const out = new Map<string, RowRequirement>();
  for (const code of each[0]!.reqs.keys()) {
    const groupsOf = new Map<string, { names: Label[]; req: RowRequirement }>();
    for (const { name, reqs } of each) {
      const req = reqs.get(code) as RowRequirement;
      const g = groupsOf.get(req.text.vi);
      if (g) g.names.push(name);
      else groupsOf.set(req.text.vi, { names: [name], req });
    }
    const list = [...groupsOf.values()];
    if (list.length === 1) out.set(code, list[0]!.req);
    else {
      const provs = list.map((g) => g.req.provenance);
      out.set(code, {
        text: L(
          list.map((g) => `${g.names.map((n) => n.vi).join(', ')}: ${g.req.text.vi}`).join('; '),
          list.map((g) => `${g.names.map((n) => n.en).join(', ')}: ${g.req.text.en}`).join('; '),
        ),
        known: list.some((g) => g.req.known),
        provenance: provs.includes('unverified') ? 'unverified' : provs.includes('partial') ? 'partial' : 'verified',
      });
    }
  }
  return out;
}

/** How to fill an input, in words. */
export function inputHint(input: Input, ifPresent: boolean): Label {
  const na = ifPresent ? L(' (hoặc n/a nếu không có)', ' (or n/a if absent)') : L('', '');
  const range = (min?: number, max?: number): string => (min !== undefined || max !== undefined ? ` ${min ?? '…'}–${max ?? '…'}` : '');
  let h: Label;
  switch (input.kind) {
    case 'number':
      h = L(`số${range(input.min, input.max)}`, `number${range(input.min, input.max)}`);
      break;
    case 'percent':
      h = L('tỷ lệ % (0–100)', 'percent (0–100)');
      break;
    case 'count':
      h = L('số nguyên ≥ 0', 'whole number ≥ 0');
      break;
    case 'boolean':
      h = L('đạt / chưa đạt', 'đạt / chưa đạt (yes / no)');
      break;
    case 'choice':
      h = L(`một trong: ${input.options.join(', ')}`, `one of: ${input.options.join(', ')}`);
      break;
    case 'date':
      h = L('ngày dd/mm/yyyy', 'date dd/mm/yyyy');
      break;
    case 'children':
      h = L(`kết quả các ${input.of.vi} (JSON: [{"id":"…","status":"met"}])`, `results of the ${input.of.en} (JSON: [{"id":"…","status":"met"}])`);
      break;
    case 'fields':
      h = L(`các trường: ${Object.keys(input.fields).join(', ')}`, `fields: ${Object.keys(input.fields).join(', ')}`);
      break;
  }
  return L(h.vi + na.vi, h.en + na.en);
}

/** Unit of measure of an input as a label ('' when none). */
export function unitLabel(input: Input): Label {
  const u = unitOf(input);
  if (u === undefined) return L('', '');
  return typeof u === 'string' ? L(u, u) : u;
}
