// Computes the provenance shares printed in README.md from the sets themselves (never estimated).
// Run: cd packages/qd-04-2022 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, provenanceShares, type CriteriaSet } from '@tieuchi/core';
import { phuongThiTranDtvm, quanThiXaDtvm } from '../src/index.js';

function report(set: CriteriaSet): void {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
  const isCondition = (n: number): boolean => set.criteria.find((c) => c.number === n)?.role === 'condition';
  console.log(`\n== ${set.id}`);
  console.log(`tiêu chí: ${set.criteria.filter((c) => c.role !== 'condition').length}, condition rows: ${rows.filter((r) => isCondition(r.criterion)).length}, indicator rows (tiêu chí only): ${rows.filter((r) => !isCondition(r.criterion)).length}, all rows: ${shares.total}`);
  console.log(`rows per criterion: ${set.criteria.map((c) => `${c.number}:${c.indicators.length}`).join(' ')}`);
  console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
  for (const p of ['verified', 'partial', 'unverified'] as const) {
    console.log(`  ${p}: ${rows.filter((r) => r.weakest === p).map((r) => r.code).join(', ') || '—'}`);
  }
  for (const p of ['verified', 'partial', 'unverified'] as const) {
    console.log(`row only ${p}: ${share(rows.filter((r) => r.provenance === p).length)}`);
  }
  console.log(`thresholds not known: ${rows.filter((r) => r.known !== 'all').map((r) => r.code).join(', ') || '—'}`);
  console.log(`criteria by provenance: ${set.criteria.map((c) => `${c.number}:${c.source?.provenance ?? set.citation.provenance}`).join(' ')}`);
}

report(phuongThiTranDtvm);
report(quanThiXaDtvm);
