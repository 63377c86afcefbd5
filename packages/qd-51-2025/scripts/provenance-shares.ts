// Computes the provenance shares and counts printed in README.md from the sets themselves (never estimated).
// Run: cd packages/qd-51-2025 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, provenanceShares } from '@tieuchi/core';
import { sets } from '../src/index.js';

for (const set of sets) {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
  console.log(`\n${set.id} (version ${set.version}): criteria ${set.criteria.length}, indicators ${shares.total}`);
  console.log(`per criterion: ${set.criteria.map((c) => `${c.number}: ${c.indicators.length}`).join(', ')}`);
  console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
  const crit = set.criteria.map((c) => c.source?.provenance ?? set.citation.provenance);
  console.log(`criteria: verified ${crit.filter((p) => p === 'verified').length}, partial ${crit.filter((p) => p === 'partial').length}, unverified ${crit.filter((p) => p === 'unverified').length}`);
  console.log(`placeholder rows (wording "chưa công bố"): ${rows.filter((r) => /chưa công bố/.test(r.label.vi)).length}`);
  console.log(`thresholds not known at all: ${rows.filter((r) => r.known === 'none').length}`);
  console.log(`prerequisites: ${set.prerequisites.map((p) => `${p.set} (${p.source?.provenance})`).join(', ') || '—'}`);
}
