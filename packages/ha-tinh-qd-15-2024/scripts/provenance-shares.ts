// Computes the counts, provenance shares and the diff between 25/7/2024 and 26/7/2024 printed in README.md, from the
// sets themselves. Run: cd packages/ha-tinh-qd-15-2024 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { diffSets, formatDiff, inForce, provenanceShares, type Timeline } from '@tieuchi/core';
import { amendments, huyenNtmHistory, huyenNtmNangCaoHistory, quyetDinh15, xaNtmHistory, xaNtmNangCaoHistory } from '../src/index.js';

console.log(`${quyetDinh15.citation.decision}: effective ${quyetDinh15.effective}; targets ${quyetDinh15.targets.join(', ')}`);
console.log(`known changes: ${Object.values(quyetDinh15.knownChanges).reduce((n, l) => n + l.length, 0)}; amendments published: ${amendments.length}`);
for (const h of [xaNtmHistory, xaNtmNangCaoHistory, huyenNtmHistory, huyenNtmNangCaoHistory] as Timeline[]) {
  const before = inForce(h, '2024-07-25');
  const on = inForce(h, '2024-07-26');
  if (!before || !on) throw new Error('not in force');
  const s = provenanceShares(on);
  const pct = (n: number) => `${n}/${s.total} (${((100 * n) / s.total).toFixed(1)}%)`;
  console.log(`\n== ${on.id}: 25/7 → ${before.version}, 26/7 → ${on.version} (amended by ${on.amendedBy.map((a) => a.decision).join(', ') || '—'})`);
  console.log(`tiêu chí ${on.criteria.filter((c) => c.role !== 'condition').length}; rows ${s.total}; verified ${pct(s.verified)}, partial ${pct(s.partial)}, unverified ${pct(s.unverified)}`);
  const d = diffSets(before, on);
  console.log(d.changes.length === 0 && d.meta.length === 0 ? 'diff 25/7 → 26/7: none' : formatDiff(d, 'vi'));
}
