import { mergeCitation, weakest, type Citation, type CitationPatch, type Provenance } from '../citation/citation.js';
import type { SetDefinition } from '../definition/model.js';
import type { Label } from '../label/label.js';
import type { Rule } from '../rule/rule.js';
import { isNode, walkValue, type Dimension, type Scalar, type Value } from '../value/value.js';

/** One threshold value of a set, where it sits and who says so. */
export interface AuditValue {
  /** Rule field: 'value', 'min', 'max', 'atLeast', 'values' or 'params.<name>'. */
  readonly field: string;
  /** Dimension keys leading to the value, e.g. ['2022', 'BTB']. */
  readonly at: readonly string[];
  readonly dims: readonly Dimension[];
  /** The value; undefined for a value that is not known or delegated to the province. */
  readonly value: Scalar | undefined;
  /** 'value', 'notKnown' (the law sets it, we do not know it) or 'parameter' (the province sets it). */
  readonly kind: 'value' | 'notKnown' | 'parameter';
  readonly note?: Label;
  readonly citation: Citation;
  readonly provenance: Provenance;
}

/** One indicator row with its citation and every value it reads. */
export interface AuditRow {
  readonly criterion: number;
  readonly code: string;
  readonly label: Label;
  readonly citation: Citation;
  /** Provenance of the row (wording and rule). */
  readonly provenance: Provenance;
  /** The least certain of the row and all its values: what a verdict on this row can claim. */
  readonly weakest: Provenance;
  /** Whether thresholds are known for every, some or no region/year. */
  readonly known: 'all' | 'some' | 'none';
  readonly values: readonly AuditValue[];
}

/** Counts of rows by provenance. */
export interface ProvenanceShares {
  readonly verified: number;
  readonly partial: number;
  readonly unverified: number;
  readonly total: number;
}

/** Every threshold field of a rule. */
export function ruleValues(rule: Rule): { field: string; value: Value<Scalar> }[] {
  switch (rule.type) {
    case 'atLeast':
    case 'atMost':
    case 'equals':
      return [{ field: 'value', value: rule.value as Value<Scalar> }];
    case 'between':
      return [
        { field: 'min', value: rule.min },
        { field: 'max', value: rule.max },
      ];
    case 'oneOf':
      return [{ field: 'values', value: rule.values as Value<Scalar> }];
    case 'shareOfChildren':
      return [{ field: 'atLeast', value: rule.atLeast }];
    case 'custom':
      return Object.entries(rule.params as Record<string, Value<Scalar>>).map(([k, v]) => ({ field: `params.${k}`, value: v }));
    case 'isTrue':
    case 'scoreBands':
      return [];
  }
}

/** Every row and value of a set with its citation and provenance, in the set's order. */
export function auditSet(set: SetDefinition): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const c of set.criteria) {
    const cc = mergeCitation(set.citation, c.source);
    for (const i of c.indicators) {
      const rowCitation = mergeCitation(cc, i.source);
      const values: AuditValue[] = [];
      for (const { field, value } of ruleValues(i.rule)) {
        // Citation patches of enclosing `sourced` nodes, by path.
        const patches = new Map<string, CitationPatch[]>();
        walkValue(value, (node, path, dims) => {
          const key = path.join('\u0000');
          // A sourced node and its content share a path: the content inherits the sourced patches.
          const inherited = patches.get(key) ?? patches.get(path.slice(0, -1).join('\u0000')) ?? [];
          const own = isNode(node) && node.type === 'sourced' ? [...inherited, node.source] : inherited;
          patches.set(key, own);
          if (isNode(node) && (node.type === 'sourced' || node.type === 'byRegion' || node.type === 'byYear' || node.type === 'byCategory' || node.type === 'byZone' || node.type === 'byGroup')) return;
          const citation = own.reduce<Citation>((acc, p) => mergeCitation(acc, p), rowCitation);
          const kind = isNode(node) ? (node.type === 'notKnown' ? 'notKnown' : 'parameter') : 'value';
          const note = isNode(node) ? (node.type === 'notKnown' ? node.reason : node.type === 'parameter' ? node.label : undefined) : undefined;
          values.push({
            field,
            at: path,
            dims,
            value: isNode(node) ? undefined : node,
            kind,
            ...(note ? { note } : {}),
            citation,
            provenance: weakest(rowCitation.provenance, citation.provenance),
          });
        });
      }
      const known = values.length === 0 || values.every((v) => v.kind !== 'notKnown') ? 'all' : values.every((v) => v.kind === 'notKnown') ? 'none' : 'some';
      rows.push({
        criterion: c.number,
        code: i.code,
        label: i.label,
        citation: rowCitation,
        provenance: rowCitation.provenance,
        weakest: weakest(rowCitation.provenance, ...values.map((v) => v.provenance)),
        known,
        values,
      });
    }
  }
  return rows;
}

/** How many rows are verified, partial or unverified, counting a row by the least certain of it and its values. */
export function provenanceShares(set: SetDefinition): ProvenanceShares {
  const rows = auditSet(set);
  const count = (p: Provenance): number => rows.filter((r) => r.weakest === p).length;
  return { verified: count('verified'), partial: count('partial'), unverified: count('unverified'), total: rows.length };
}

/**
 * A plain-text account of a set's provenance for its README: counts, shares by provenance (weakest of row and values,
 * and row only), the codes in each class, and which thresholds are known everywhere, somewhere or nowhere.
 */
export function provenanceSummary(set: SetDefinition, title = set.citation.decision): string {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${shares.total === 0 ? 0 : ((100 * n) / shares.total).toFixed(1)}%)`;
  const codes = (f: (r: AuditRow) => boolean): string => rows.filter(f).map((r) => r.code).join(', ') || '—';
  const levels = ['verified', 'partial', 'unverified'] as const;
  const criteria = set.criteria.filter((c) => c.role !== 'condition').length;
  const conditions = set.criteria.filter((c) => c.role === 'condition').reduce((n, c) => n + c.indicators.length, 0);
  return [
    `== ${title} — ${set.id} @ ${set.version}`,
    `criteria: ${criteria}, rows: ${shares.total}${conditions > 0 ? ` (of which ${conditions} condition rows)` : ''}`,
    `weakest of row and values: ${levels.map((p) => `${p} ${share(shares[p])}`).join(', ')}`,
    `row only: ${levels.map((p) => `${p} ${share(rows.filter((r) => r.provenance === p).length)}`).join(', ')}`,
    ...levels.map((p) => `weakest ${p}: ${codes((r) => r.weakest === p)}`),
    `thresholds known everywhere: ${share(rows.filter((r) => r.known === 'all').length)}`,
    `known for some regions/years only: ${codes((r) => r.known === 'some')}`,
    `not known at all: ${codes((r) => r.known === 'none')}`,
  ].join('\n');
}
