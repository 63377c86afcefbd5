// Computes the counts and provenance shares printed in README.md from the sets themselves (never estimated).
// Run: cd packages/ha-tinh-kdc-vuon-mau && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, provenanceShares, type CriteriaSet } from '@tieuchi/core';
import { sets } from '../src/index.js';

function report(set: CriteriaSet): void {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
  console.log(`\n== ${set.id} @ ${set.version}`);
  console.log(`tiêu chí: ${set.criteria.filter((c) => c.role !== 'condition').length}; rows: ${shares.total}; conditions: ${set.criteria.filter((c) => c.role === 'condition').flatMap((c) => c.indicators).map((i) => i.code).join(', ') || '—'}`);
  console.log(`rows per criterion: ${set.criteria.map((c) => `${c.number}:${c.indicators.length}`).join(' ')}`);
  console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
  for (const p of ['verified', 'partial', 'unverified'] as const) {
    console.log(`  ${p}: ${rows.filter((r) => r.weakest === p).map((r) => r.code).join(', ') || '—'}`);
  }
  console.log(`thresholds not known: ${rows.filter((r) => r.known !== 'all').map((r) => r.code).join(', ') || '—'}`);
}

for (const s of sets) report(s);
