// Computes the provenance shares and counts printed in README.md from the sets themselves (never estimated).
// Run: cd packages/qd-211-2024 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, diffSets, formatDiff, provenanceShares, type CriteriaSet } from '@tieuchi/core';
import { xaNtm, xaNtmNangCao } from '@tieuchi/qd-318-2022';
import { huyenNtmDacThu, xaNtm2024, xaNtmNangCao2024 } from '../src/index.js';

function report(set: CriteriaSet): void {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
  console.log(`\n${set.id} (version ${set.version}): criteria ${set.criteria.length}, indicators ${shares.total}`);
  console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
  for (const p of ['verified', 'partial', 'unverified'] as const) {
    console.log(`row only ${p}: ${share(rows.filter((r) => r.provenance === p).length)} — ${rows.filter((r) => r.provenance === p).map((r) => r.code).join(', ')}`);
  }
  console.log(`thresholds known everywhere: ${share(rows.filter((r) => r.known === 'all').length)}`);
  console.log(`thresholds not known at all: ${rows.filter((r) => r.known === 'none').map((r) => r.code).join(', ') || '—'}`);
  console.log(`province parameters: ${rows.filter((r) => r.values.some((v) => v.kind === 'parameter')).map((r) => r.code).join(', ') || '—'}`);
  const cats = Object.entries(set.categories).map(([k, c]) => `${k} (${c.source?.provenance ?? 'inherited'})`);
  console.log(`categories: ${cats.join(', ') || '—'}`);
}

report(huyenNtmDacThu);
for (const [before, after] of [
  [xaNtm, xaNtm2024],
  [xaNtmNangCao, xaNtmNangCao2024],
] as const) {
  report(after);
  const d = diffSets(before, after);
  console.log(`diff ${before.id}: ${d.changes.length} content changes`);
  console.log(formatDiff(d, 'vi'));
}
