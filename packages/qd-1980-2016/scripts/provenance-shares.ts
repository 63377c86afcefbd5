// Computes the provenance shares printed in README.md from the set itself (never estimated).
// Run: cd packages/qd-1980-2016 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, provenanceShares, type CriteriaSet } from '@tieuchi/core';
import { xaNtm } from '../src/index.js';

export function report(name: string, set: CriteriaSet): void {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
  const placeholders = rows.filter((r) => r.citation.note?.startsWith('Placeholder')).map((r) => r.code);
  console.log(`== ${name} (${set.id} @ ${set.version})`);
  console.log(`criteria: ${set.criteria.length}, indicators encoded: ${shares.total}, placeholders: ${placeholders.length} (${placeholders.join(', ')})`);
  console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
  for (const p of ['verified', 'partial', 'unverified'] as const) {
    console.log(`row only ${p}: ${share(rows.filter((r) => r.provenance === p).length)}`);
  }
  for (const p of ['verified', 'partial', 'unverified'] as const) {
    console.log(`weakest ${p}: ${rows.filter((r) => r.weakest === p).map((r) => r.code).join(', ')}`);
  }
  console.log(`thresholds known everywhere: ${share(rows.filter((r) => r.known === 'all').length)}`);
  console.log(`known for some regions/years only: ${rows.filter((r) => r.known === 'some').map((r) => r.code).join(', ')}`);
  console.log(`not known at all: ${rows.filter((r) => r.known === 'none').map((r) => r.code).join(', ')}`);
}

report('QĐ 1980/QĐ-TTg', xaNtm);
