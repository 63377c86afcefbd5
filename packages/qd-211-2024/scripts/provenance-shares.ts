// Prints the provenance shares and the QĐ 211 diffs quoted in README.md, computed from the sets themselves.
// Run: cd packages/qd-211-2024 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { diffSets, formatDiff, provenanceSummary } from '@tieuchi/core';
import { xaNtm, xaNtmNangCao } from '@tieuchi/qd-318-2022';
import { huyenNtmDacThu, xaNtm2024, xaNtmNangCao2024 } from '../src/index.js';

console.log(`${provenanceSummary(huyenNtmDacThu)}\n`);
for (const [before, after] of [
  [xaNtm, xaNtm2024],
  [xaNtmNangCao, xaNtmNangCao2024],
] as const) {
  console.log(provenanceSummary(after));
  const d = diffSets(before, after);
  console.log(`diff ${before.id}: ${d.changes.length} content changes`);
  console.log(`${formatDiff(d, 'vi')}\n`);
}
