// Computes the provenance shares printed in README.md from the set itself (never estimated).
// Run: cd packages/qd-319-2022 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, provenanceShares } from '@tieuchi/core';
import { xaNtmKieuMau } from '../src/index.js';

const rows = auditSet(xaNtmKieuMau);
const shares = provenanceShares(xaNtmKieuMau);
const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
console.log(`conditions: ${xaNtmKieuMau.prerequisites.length} prerequisite + ${xaNtmKieuMau.criteria.length} criteria; indicators: ${shares.total}`);
console.log(`prerequisite: ${xaNtmKieuMau.prerequisites.map((p) => `${p.set} (${p.source?.provenance ?? xaNtmKieuMau.citation.provenance})`).join(', ')}`);
console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
for (const p of ['verified', 'partial', 'unverified'] as const) {
  console.log(`row only ${p}: ${share(rows.filter((r) => r.provenance === p).length)}`);
}
for (const r of rows) {
  const kinds = [...new Set(r.values.map((v) => v.kind))].join('/') || '—';
  console.log(`  ${r.code}: row ${r.provenance}, weakest ${r.weakest}, thresholds known: ${r.known} (${kinds}; ${r.values.length} leaves)`);
}
