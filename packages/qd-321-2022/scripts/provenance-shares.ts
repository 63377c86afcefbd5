// Computes the counts and provenance shares printed in README.md from the sets themselves (never estimated).
// Run: cd packages/qd-321-2022 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, provenanceShares, type CriteriaSet } from '@tieuchi/core';
import { sets } from '../src/index.js';

for (const set of sets as readonly CriteriaSet[]) {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
  console.log(`\n## ${set.id} (${set.citation.decision}${set.citation.part ? `, ${set.citation.part}` : ''})`);
  console.log(`criteria: ${set.criteria.length} (${set.criteria.map((c) => `${c.number}${c.group ? `/${c.group}` : ''}:${c.indicators.length}`).join(', ')}), indicators: ${shares.total}`);
  console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
  for (const p of ['verified', 'partial', 'unverified'] as const) {
    console.log(`row only ${p}: ${share(rows.filter((r) => r.provenance === p).length)} — ${rows.filter((r) => r.provenance === p).map((r) => r.code).join(', ')}`);
  }
  for (const p of ['verified', 'partial', 'unverified'] as const) {
    console.log(`weakest ${p}: ${rows.filter((r) => r.weakest === p).map((r) => r.code).join(', ')}`);
  }
  console.log(`thresholds not known at all: ${rows.filter((r) => r.known === 'none').map((r) => r.code).join(', ') || '—'}`);
  // Placeholders: a row standing for a whole criterion (or the rest of one) whose indicators are not known, and
  // rows whose code is known but whose content is not.
  const whole = rows.filter((r) => /^(Đạt tiêu chí|Đạt các chỉ tiêu còn lại|Đáp ứng các điều kiện, tiêu chí còn lại)/.test(r.label.vi));
  const content = rows.filter((r) => r.label.vi.includes('(nội dung chưa xác minh)'));
  console.log(`placeholders for a whole criterion or its rest: ${whole.length} — ${whole.map((r) => r.code).join(', ') || '—'}`);
  console.log(`rows with a known code but unverified content: ${content.length} — ${content.map((r) => `${r.code} (${r.provenance})`).join(', ') || '—'}`);
}
