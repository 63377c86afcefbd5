// Computes the counts, provenance shares and the diff against the national sets printed in README.md, from the sets
// themselves (never estimated). Run: cd packages/ha-tinh-qd-36-2022 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, diffSets, formatDiff, inForce, provenanceShares, type CriteriaSet, type Timeline } from '@tieuchi/core';
import { xaNtmHistory as xaNtmQuocGia, xaNtmNangCaoHistory as xaNtmNangCaoQuocGia } from '@tieuchi/qd-211-2024';
import { xaNtmHistory, xaNtmNangCaoHistory } from '../src/index.js';

function report(set: CriteriaSet): void {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
  console.log(`\n== ${set.id} @ ${set.version} (amended by: ${set.amendedBy.map((a) => a.decision).join(', ') || '—'})`);
  console.log(`criteria: ${set.criteria.filter((c) => c.role !== 'condition').length}, indicators: ${shares.total}`);
  console.log(`set citation: ${set.citation.decision} (${set.citation.provenance})`);
  console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
  for (const p of ['verified', 'partial', 'unverified'] as const) {
    console.log(`row only ${p}: ${share(rows.filter((r) => r.provenance === p).length)}`);
  }
  console.log(`rows citing a Hà Tĩnh decision: ${rows.filter((r) => r.citation.decision.endsWith('QĐ-UBND')).map((r) => r.code).join(', ') || '—'}`);
  console.log(`thresholds known everywhere: ${share(rows.filter((r) => r.known === 'all').length)}; none: ${share(rows.filter((r) => r.known === 'none').length)}`);
}

function diff(national: Timeline, provincial: Timeline, asOf: string): void {
  const n = inForce(national, asOf);
  const p = inForce(provincial, asOf);
  if (!n || !p) throw new Error(`nothing in force on ${asOf}`);
  const d = diffSets(n, p);
  // The derivation restates the national citation on every inherited criterion: not a change of content.
  const changes = d.changes.filter((e) => !(e.kind === 'criterion-changed' && e.field === 'source' && e.after?.decision === n.citation.decision));
  console.log(`\n-- diff ${n.id}@${n.version} → ${p.id}@${p.version} (${asOf}; ${d.changes.length - changes.length} restated national citations left out)`);
  console.log(formatDiff({ ...d, changes }, 'vi'));
}

for (const h of [xaNtmHistory, xaNtmNangCaoHistory]) for (const e of h.entries) report(e.set);
for (const asOf of ['2023-06-01', '2024-06-01']) {
  diff(xaNtmQuocGia, xaNtmHistory, asOf);
  diff(xaNtmNangCaoQuocGia, xaNtmNangCaoHistory, asOf);
}
