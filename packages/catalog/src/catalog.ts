import {
  history,
  inForce,
  isIsoDate,
  provenanceShares,
  timeline,
  type Amendment,
  type Citation,
  type CriteriaSet,
  type Label,
  type ProvenanceShares,
  type Scope,
  type Tier,
  type Timeline,
} from '@tieuchi/core';

/** What a law package contributes: its sets and the amendments it makes. */
export interface LawPackage {
  /** npm name, e.g. "@tieuchi/qd-318-2022". */
  readonly name: string;
  /** Its sets; several versions of one set (e.g. a provincial set re-derived when the national set was amended) may be given. */
  readonly sets?: readonly CriteriaSet[];
  readonly amendments?: readonly Amendment[];
}

/** One version of one set in the catalog, with the days it is the one in force. */
export interface CatalogEntry {
  readonly id: string;
  readonly version: string;
  readonly package: string;
  readonly label: Label;
  readonly scope: Scope;
  readonly tier: Tier;
  readonly province?: string;
  readonly citation: Citation;
  /** First day in force. */
  readonly from: string;
  /** Last day in force (the day before a successor or amendment starts, or the set's own end). */
  readonly until?: string;
  /** Tiêu chí (conditions excluded), as in "đạt x/N tiêu chí". */
  readonly criteria: number;
  /** Chỉ tiêu of the tiêu chí. */
  readonly indicators: number;
  /** Rows of the set's conditions (điều kiện). */
  readonly conditions: number;
  /** All rows (indicators and conditions) by their least certain provenance (row and values). */
  readonly provenance: ProvenanceShares;
  /** Decisions applied to reach this version, oldest first. */
  readonly amendments: readonly string[];
  readonly fingerprint: string;
  readonly set: CriteriaSet;
}

/** What to resolve: the kind of unit, its province, and the date. */
export interface ResolveQuery {
  readonly scope: Scope;
  /** Defaults to the base tier of the scope in force (ntm, hoan-thanh, dtvm, ocop…). */
  readonly tier?: Tier;
  /** Province slug; its own set wins when one is in force, else the national set. */
  readonly province?: string;
  readonly asOf: string | Date;
}

/** The set in force for a query, and whether it is the province's or the national one. */
export interface Resolution {
  readonly set: CriteriaSet;
  readonly entry: CatalogEntry;
  readonly via: 'province' | 'national';
}

/** Every published set over time. */
export interface Catalog {
  /** Every version of every set, oldest first within each set. */
  readonly entries: readonly CatalogEntry[];
  /** The ids of the sets. */
  ids(): string[];
  /** The versions of one set over time (original and amended). */
  versions(id: string): Timeline | undefined;
  /** The version of a set in force on a date (the latest version when no date is given). */
  get(id: string, asOf?: string | Date): CriteriaSet | undefined;
  /** The set in force for a kind of unit, in a province, on a date — with its amendments applied. */
  resolve(query: ResolveQuery): Resolution | undefined;
}

/** Order in which tiers are tried when a query names none: the base tier of each scope first. */
const BASE_TIERS: readonly Tier[] = ['ntm', 'hoan-thanh', 'dtvm', 'ocop', 'nang-cao', 'kieu-mau', 'hien-dai', 'other'];

/** The day as `YYYY-MM-DD`, or undefined for a malformed date (which resolves to no set, never to some set). */
function isoDay(d: string | Date): string | undefined {
  if (d instanceof Date) return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  return isIsoDate(d) ? d : undefined;
}

/** Build a catalog from law packages: amendments are applied to their targets, successors supersede. */
export function createCatalog(packages: readonly LawPackage[]): Catalog {
  const owner = new Map<string, string>();
  const bases: CriteriaSet[] = [];
  const amendments: Amendment[] = [];
  for (const p of packages) {
    for (const s of p.sets ?? []) {
      const by = owner.get(s.id);
      if (by !== undefined && by !== p.name) throw new Error(`Set ${s.id} is published by both ${by} and ${p.name}`);
      if (bases.some((b) => b.id === s.id && b.version === s.version)) throw new Error(`Set ${s.id} version ${s.version} is given twice by ${p.name}`);
      owner.set(s.id, p.name);
      bases.push(s);
    }
    for (const a of p.amendments ?? []) {
      amendments.push(a);
      for (const s of a.introduces ?? []) {
        if (!owner.has(s.id)) {
          owner.set(s.id, p.name);
          bases.push(s);
        }
      }
    }
  }
  for (const a of amendments) {
    for (const target of Object.keys(a.changes)) {
      if (!owner.has(target)) throw new Error(`${a.citation.decision} amends ${target}, which no package publishes`);
    }
  }

  // Each given version takes the amendments that take effect while it is the version in force (from its first day
  // to the day before the next given version starts, or its own end); versions of one id form its timeline.
  const byId = new Map<string, Timeline>();
  for (const id of new Set(bases.map((b) => b.id))) {
    const given = timeline(bases.filter((b) => b.id === id)).entries;
    const versions = given.flatMap((e) => {
      const within = amendments.filter(
        (a) => Object.prototype.hasOwnProperty.call(a.changes, id) && a.effective >= e.from && (e.until === undefined || a.effective <= e.until),
      );
      return history(e.set, within).entries.map((x) => x.set);
    });
    for (const a of amendments) {
      if (!Object.prototype.hasOwnProperty.call(a.changes, id)) continue;
      if (!given.some((e) => a.effective >= e.from && (e.until === undefined || a.effective <= e.until))) {
        throw new Error(`${a.citation.decision} amends ${id} from ${a.effective}, when no version of it is in force`);
      }
    }
    byId.set(id, timeline(versions));
  }

  // Lineages: sets rating the same kind of unit at the same tier in the same jurisdiction supersede each other.
  const lineageKey = (s: CriteriaSet): string => `${s.scope}|${s.tier}|${s.province ?? ''}`;
  const lineageSets = new Map<string, CriteriaSet[]>();
  for (const t of byId.values()) {
    for (const e of t.entries) {
      const k = lineageKey(e.set);
      lineageSets.set(k, [...(lineageSets.get(k) ?? []), e.set]);
    }
  }
  const lineages = new Map<string, Timeline>();
  // Two sets of one lineage starting the same day: the later decision supersedes the earlier, whatever the
  // package order (the timeline's sort by start date is stable).
  const signed = (s: CriteriaSet): string => s.citation.signed;
  for (const [k, sets] of lineageSets) lineages.set(k, timeline([...sets].sort((a, b) => (signed(a) < signed(b) ? -1 : signed(a) > signed(b) ? 1 : 0))));

  const entries: CatalogEntry[] = [];
  for (const [k, t] of lineages) {
    void k;
    for (const e of t.entries) {
      const s = e.set;
      entries.push({
        id: s.id,
        version: s.version,
        package: owner.get(s.id) as string,
        label: s.label,
        scope: s.scope,
        tier: s.tier,
        ...(s.province !== undefined ? { province: s.province } : {}),
        citation: s.citation,
        from: e.from,
        ...(e.until !== undefined ? { until: e.until } : {}),
        criteria: s.criteria.filter((c) => c.role !== 'condition').length,
        indicators: s.criteria.filter((c) => c.role !== 'condition').reduce((n, c) => n + c.indicators.length, 0),
        conditions: s.criteria.filter((c) => c.role === 'condition').reduce((n, c) => n + c.indicators.length, 0),
        provenance: provenanceShares(s),
        amendments: s.amendedBy.map((c) => c.decision),
        fingerprint: s.fingerprint,
        set: s,
      });
    }
  }
  entries.sort((a, b) => (a.id === b.id ? (a.from < b.from ? -1 : 1) : a.id < b.id ? -1 : 1));
  Object.freeze(entries);

  const entryOf = (set: CriteriaSet): CatalogEntry => entries.find((e) => e.id === set.id && e.version === set.version) as CatalogEntry;

  return {
    entries,
    ids: () => [...byId.keys()].sort(),
    versions: (id) => byId.get(id),
    get(id, asOf) {
      const t = byId.get(id);
      if (!t) return undefined;
      if (asOf === undefined) return t.entries[t.entries.length - 1]?.set;
      const day = isoDay(asOf);
      return day === undefined ? undefined : inForce(t, day);
    },
    resolve(q) {
      const asOf = isoDay(q.asOf);
      if (asOf === undefined) return undefined;
      const tiers = q.tier ? [q.tier] : BASE_TIERS;
      // Tier first: the province's set of a tier, else the national one of that tier, before any higher tier.
      for (const tier of tiers) {
        for (const via of ['province', 'national'] as const) {
          if (via === 'province' && !q.province) continue;
          const t = lineages.get(`${q.scope}|${tier}|${via === 'province' ? q.province : ''}`);
          const set = t ? inForce(t, asOf) : undefined;
          if (set) return { set, entry: entryOf(set), via };
        }
      }
      return undefined;
    },
  };
}
