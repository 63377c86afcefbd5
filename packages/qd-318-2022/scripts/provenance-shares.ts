// Computes the provenance shares printed in README.md from the set itself (never estimated).
// Run: cd packages/qd-318-2022 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, provenanceShares } from '@tieuchi/core';
import { xaNtm } from '../src/index.js';

const rows = auditSet(xaNtm);
const shares = provenanceShares(xaNtm);
const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
console.log(`criteria: ${xaNtm.criteria.length}, indicators: ${shares.total}`);
console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
for (const p of ['verified', 'partial', 'unverified'] as const) {
  console.log(`row only ${p}: ${share(rows.filter((r) => r.provenance === p).length)}`);
}
console.log(`thresholds known everywhere: ${share(rows.filter((r) => r.known === 'all').length)}`);
console.log(`thresholds known for some regions/years only: ${rows.filter((r) => r.known === 'some').map((r) => r.code).join(', ')}`);
console.log(`thresholds not known at all: ${rows.filter((r) => r.known === 'none').map((r) => r.code).join(', ')}`);
for (const p of ['verified', 'partial', 'unverified'] as const) {
  console.log(`weakest ${p}: ${rows.filter((r) => r.weakest === p).map((r) => r.code).join(', ')}`);
}
