// Computes the provenance shares printed in README.md from the sets themselves (never estimated).
// Run: cd packages/qd-318-2022 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, provenanceShares, type CriteriaSet } from '@tieuchi/core';
import { xaNtm, xaNtmNangCao } from '../src/index.js';

function report(set: CriteriaSet): void {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
  console.log(`\n== ${set.id}`);
  console.log(`criteria: ${set.criteria.length}, indicators: ${shares.total}`);
  console.log(`indicators per criterion: ${set.criteria.map((c) => `${c.number}:${c.indicators.length}`).join(' ')}`);
  console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
  for (const p of ['verified', 'partial', 'unverified'] as const) {
    console.log(`row only ${p}: ${share(rows.filter((r) => r.provenance === p).length)}`);
  }
  console.log(`thresholds known everywhere: ${share(rows.filter((r) => r.known === 'all').length)}`);
  console.log(`thresholds known for some regions/years only: ${rows.filter((r) => r.known === 'some').map((r) => r.code).join(', ')}`);
  console.log(`thresholds not known at all: ${share(rows.filter((r) => r.known === 'none').length)}`);
  console.log(`delegated to the province somewhere: ${rows.filter((r) => r.values.some((v) => v.kind === 'parameter')).map((r) => r.code).join(', ') || '—'}`);
  const placeholders = rows.filter((r) => r.label.vi.includes('chỉ tiêu giữ chỗ'));
  console.log(`placeholder rows (content not known from any source): ${placeholders.length}`);
  for (const p of ['verified', 'partial'] as const) {
    console.log(`weakest ${p}: ${rows.filter((r) => r.weakest === p).map((r) => r.code).join(', ')}`);
  }
  console.log(`named rows that are unverified: ${rows.filter((r) => r.weakest === 'unverified' && !placeholders.includes(r)).map((r) => r.code).join(', ')}`);
}

report(xaNtm);
report(xaNtmNangCao);
