// Computes the counts, provenance shares and the list of provincial changes printed in README.md from the sets
// themselves (never estimated). The changes are core's diffSets(national, provincial) + formatDiff(…, 'vi').
// Run: cd packages/thanh-hoa-qd-32-2022 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, diffSets, formatDiff, formatEntry, inForce, provenanceShares, type CriteriaSet, type Timeline } from '@tieuchi/core';
import { xaNtmHistory as quocGia } from '@tieuchi/qd-211-2024';
import { sets } from '../src/index.js';

function report(set: CriteriaSet, national: Timeline): void {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
  console.log(`\n== ${set.id}, version ${set.version} (${set.validity.from} – ${set.validity.until ?? '…'})`);
  console.log(`criteria: ${set.criteria.length}, indicators: ${shares.total}`);
  console.log(`indicators per criterion: ${set.criteria.map((c) => `${c.number}:${c.indicators.length}`).join(' ')}`);
  console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
  for (const p of ['verified', 'partial', 'unverified'] as const) console.log(`row only ${p}: ${share(rows.filter((r) => r.provenance === p).length)}`);
  for (const p of ['verified', 'partial'] as const) console.log(`weakest ${p}: ${rows.filter((r) => r.weakest === p).map((r) => r.code).join(', ') || '—'}`);
  console.log(`rows citing ${set.citation.decision}: ${rows.filter((r) => r.citation.decision === set.citation.decision).length}; citing the national decision: ${rows.filter((r) => r.citation.decision !== set.citation.decision).length}`);
  console.log(`thresholds known everywhere: ${share(rows.filter((r) => r.known === 'all').length)}; not known at all: ${share(rows.filter((r) => r.known === 'none').length)}`);
  console.log(`categories: ${Object.entries(set.categories).map(([k, c]) => `${k} → ${c.useRegion ?? '—'} (${c.source?.decision ?? ''}, ${c.source?.provenance ?? 'inherited'})`).join('; ')}`);
  const parent = inForce(national, set.validity.from);
  if (!parent) throw new Error(`no national version on ${set.validity.from}`);
  const d = diffSets(parent, set);
  // derive restates the national citation on every criterion; that is not a change of content.
  const restated = d.changes.filter((c) => c.kind === 'criterion-changed' && c.field === 'source' && c.after?.decision === parent.citation.decision);
  const real = d.changes.filter((c) => !restated.includes(c));
  console.log(`\n-- diffSets(${parent.id} v${parent.version}, ${set.id} v${set.version}): ${real.length} changes (+ ${restated.length} criteria restating the national citation)`);
  for (const e of real) console.log(`   ${formatEntry(e, 'vi')}`);
  if (process.argv.includes('--full')) console.log(formatDiff(d, 'vi'));
}

for (const s of sets) report(s, quocGia);
