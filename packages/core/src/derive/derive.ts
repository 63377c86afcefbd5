import { applyChanges } from '../amend/apply.js';
import type { Change } from '../amend/change.js';
import type { Citation } from '../citation/citation.js';
import { normalise, seal, type CriteriaSet } from '../definition/define.js';
import { CriteriaSetError, type DefinitionProblem } from '../definition/errors.js';
import type { Criterion, Prerequisite, Scope, SetDefinition, Tier, UnitCategory, Validity } from '../definition/model.js';
import type { Label } from '../label/label.js';
import type { Region } from '../region/region.js';
import { inForceDuring, timeline, type Timeline, type VersionEntry } from '../history/history.js';
import { checkNotLooser } from './looser.js';

/** What a province writes to derive its set from a national one. */
export interface Derivation {
  readonly id: string;
  /** Province slug, e.g. "thanh-hoa". */
  readonly province: string;
  readonly version?: string;
  readonly label: Label;
  readonly citation: Citation;
  readonly validity: Validity;
  readonly scope?: Scope;
  readonly tier?: Tier;
  /** Regions the province lies in (e.g. ['BTB'] for Thanh Hóa). */
  readonly regions?: readonly Region[];
  /** Provincial zones, e.g. Thanh Hóa Vùng 1 / Vùng 2. */
  readonly zones?: Readonly<Record<string, Label>>;
  /** Extra categories of unit. */
  readonly categories?: Readonly<Record<string, UnitCategory>>;
  readonly prerequisites?: readonly Prerequisite[];
  /** What the province tightens, adds or supplies. */
  readonly changes: readonly Change[];
}

/**
 * Derive a provincial set from the national set (or every national version in force during its validity).
 * Throws when the result is invalid, or looser than a national version anywhere, naming the indicator and both
 * decisions.
 */
export function derive(parent: CriteriaSet | Timeline, d: Derivation): CriteriaSet<readonly Criterion[]> {
  const parents: readonly VersionEntry[] =
    'entries' in parent ? inForceDuring(parent, d.validity.from, d.validity.until) : [{ set: parent, ...parent.validity }];
  const base = parents[0]?.set;
  if (!base) {
    throw new CriteriaSetError(d.id, [
      { code: 'LOOSER_THAN_PARENT', path: 'validity', message: { vi: 'Không có bộ tiêu chí quốc gia nào có hiệu lực trong thời gian này', en: 'No national set is in force during this validity' } },
    ]);
  }
  const start: SetDefinition = normalise({
    id: d.id,
    ...(d.version !== undefined ? { version: d.version } : {}),
    label: d.label,
    scope: d.scope ?? base.scope,
    tier: d.tier ?? base.tier,
    citation: d.citation,
    validity: d.validity,
    regions: d.regions ?? base.regions,
    groups: base.groups,
    categories: { ...base.categories, ...(d.categories ?? {}) },
    zones: { ...base.zones, ...(d.zones ?? {}) },
    parameters: base.parameters,
    prerequisites: d.prerequisites ?? base.prerequisites,
    amendedBy: [],
    province: d.province,
    derivedFrom: { id: base.id, version: base.version, fingerprint: base.fingerprint, citation: base.citation },
    // Inherited rows keep the national citation: the province restates them.
    criteria: base.criteria.map((c) => ({ ...c, source: { ...base.citation, ...(c.source ?? {}) } })),
  });
  const { def, problems } = applyChanges(start, d.changes, d.citation);
  if (problems.length > 0) throw new CriteriaSetError(d.id, problems);
  const derived = seal(def);
  const violations: DefinitionProblem[] = [];
  for (const p of parents) {
    for (const v of checkNotLooser(derived, p.set, p)) {
      violations.push({ code: 'LOOSER_THAN_PARENT', path: `indicator ${v.code}`, at: v.code, message: v.message });
    }
  }
  if (violations.length > 0) throw new CriteriaSetError(d.id, violations);
  return derived;
}

/**
 * Derive a provincial set against each national version in force during its validity: one provincial version per
 * national version (the province's rows restate the national law as it stands that day, its own changes on top),
 * each proved never looser than its national version for the days they share. Use it when a national amendment
 * (e.g. QĐ 211/QĐ-TTg changing which communes use the TDMNPB values) takes effect while the provincial set is in force.
 */
export function deriveHistory(parent: Timeline, d: Derivation): Timeline {
  const windows = inForceDuring(parent, d.validity.from, d.validity.until);
  if (windows.length === 0) {
    throw new CriteriaSetError(d.id, [
      { code: 'LOOSER_THAN_PARENT', path: 'validity', message: { vi: 'Không có bộ tiêu chí quốc gia nào có hiệu lực trong thời gian này', en: 'No national set is in force during this validity' } },
    ]);
  }
  const versions = windows.map((e) => {
    const from = e.from > d.validity.from ? e.from : d.validity.from;
    const validity = d.validity.until === undefined ? { from } : { from, until: d.validity.until };
    return derive({ entries: [e] }, { ...d, validity, version: from === d.validity.from && d.version !== undefined ? d.version : from });
  });
  return timeline(versions);
}
