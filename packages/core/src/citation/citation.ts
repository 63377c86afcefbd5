/** How sure we are that an encoded fact matches the official text. */
export type Provenance = 'verified' | 'partial' | 'unverified';

export const PROVENANCES = ['verified', 'partial', 'unverified'] as const satisfies readonly Provenance[];

/** A typed legal citation. Every set, criterion, indicator and value carries one (inherited downward). */
export interface Citation {
  /** Decision number as written, e.g. "318/QĐ-TTg". */
  readonly decision: string;
  /** Issuing body, e.g. "Thủ tướng Chính phủ". */
  readonly issuer: string;
  /** Date signed, ISO `YYYY-MM-DD`. */
  readonly signed: string;
  /** Date in force, ISO `YYYY-MM-DD`. */
  readonly effective?: string;
  /** Part or annex, e.g. "Phụ lục I". */
  readonly part?: string;
  /** Item within the part, e.g. "10" or "17.1". */
  readonly item?: string;
  /** Where the text (or the source that confirms this fact) can be read. */
  readonly url?: string;
  readonly provenance: Provenance;
  /** Why the provenance is what it is, in a sentence. */
  readonly note?: string;
}

/** Fields a child node overrides on its parent's citation. */
export type CitationPatch = Partial<Citation>;

const RANK: Record<Provenance, number> = { verified: 0, partial: 1, unverified: 2 };

/** The less certain of several provenances. */
export function weakest(...all: readonly Provenance[]): Provenance {
  let worst: Provenance = 'verified';
  for (const p of all) if (RANK[p] > RANK[worst]) worst = p;
  return worst;
}

/** A child's citation: the parent's fields, overridden by the child's. A `note` is never inherited. */
export function mergeCitation(parent: Citation, patch: CitationPatch | undefined): Citation {
  if (!patch) return parent;
  const { note: _parentNote, ...rest } = parent;
  return { ...rest, ...patch } as Citation;
}
