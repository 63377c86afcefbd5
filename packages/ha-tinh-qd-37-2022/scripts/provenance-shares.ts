// Computes the counts, provenance shares and the diff against the national sets printed in README.md, from the sets
// themselves (never estimated). Run: cd packages/ha-tinh-qd-37-2022 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { auditSet, diffSets, formatDiff, provenanceShares, type CriteriaSet } from '@tieuchi/core';
import { huyenNtm as huyenNtmQuocGia, huyenNtmNangCao as huyenNtmNangCaoQuocGia } from '@tieuchi/qd-320-2022';
import { huyenNtm, huyenNtmNangCao } from '../src/index.js';

function report(set: CriteriaSet): void {
  const rows = auditSet(set);
  const shares = provenanceShares(set);
  const share = (n: number): string => `${n}/${shares.total} (${((100 * n) / shares.total).toFixed(1)}%)`;
  console.log(`\n== ${set.id} @ ${set.version}`);
  const criteria = set.criteria.filter((c) => c.role !== 'condition');
  const conditions = set.criteria.filter((c) => c.role === 'condition');
  console.log(`tiêu chí: ${criteria.length}; condition rows: ${conditions.reduce((n, c) => n + c.indicators.length, 0)}; rows (chỉ tiêu + conditions): ${shares.total}`);
  console.log(`set citation: ${set.citation.decision} (${set.citation.provenance})`);
  console.log(`weakest of row and values: verified ${share(shares.verified)}, partial ${share(shares.partial)}, unverified ${share(shares.unverified)}`);
  for (const p of ['verified', 'partial', 'unverified'] as const) console.log(`row only ${p}: ${share(rows.filter((r) => r.provenance === p).length)}`);
  console.log(`rows citing a Hà Tĩnh decision: ${rows.filter((r) => r.citation.decision.endsWith('QĐ-UBND')).map((r) => r.code).join(', ') || '—'}`);
  console.log(`thresholds not known: ${rows.filter((r) => r.known !== 'all').map((r) => r.code).join(', ') || '—'}`);
}

function diff(a: CriteriaSet, b: CriteriaSet): void {
  const d = diffSets(a, b);
  // The derivation restates the national citation on every inherited criterion: not a change of content.
  const changes = d.changes.filter((e) => !(e.kind === 'criterion-changed' && e.field === 'source' && e.after?.decision === a.citation.decision));
  console.log(`\n-- diff ${a.id} → ${b.id} (${d.changes.length - changes.length} restated national citations left out)`);
  console.log(formatDiff({ ...d, changes }, 'vi'));
}

report(huyenNtm);
report(huyenNtmNangCao);
diff(huyenNtmQuocGia, huyenNtm);
diff(huyenNtmNangCaoQuocGia, huyenNtmNangCao);
