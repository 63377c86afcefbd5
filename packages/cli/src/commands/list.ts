import { catalog } from '@tieuchi/catalog';
import type { Lang } from '@tieuchi/core';
import { emit } from '../output.js';
import { textTable } from '../format/common.js';

/** `tieuchi list`: every set version in the catalog. */
export async function listCommand(o: { format: 'table' | 'json'; lang: Lang; out?: string }): Promise<number> {
  const rows = catalog.entries.map((e) => ({
    id: e.id,
    version: e.version,
    package: e.package,
    label: e.label,
    scope: e.scope,
    tier: e.tier,
    ...(e.province !== undefined ? { province: e.province } : {}),
    decision: e.citation.decision,
    issuer: e.citation.issuer,
    from: e.from,
    ...(e.until !== undefined ? { until: e.until } : {}),
    criteria: e.criteria,
    indicators: e.indicators,
    provenance: e.provenance,
    amendments: e.amendments,
    fingerprint: e.fingerprint,
  }));
  if (o.format === 'json') {
    await emit(o.out, `${JSON.stringify({ sets: rows }, null, 2)}\n`);
    return 0;
  }
  const vi = o.lang === 'vi';
  const header = vi
    ? ['bộ tiêu chí', 'phiên bản', 'văn bản', 'hiệu lực', 'TC', 'CT', 'xác minh/một phần/chưa', 'sửa đổi bởi', 'tên']
    : ['set', 'version', 'decision', 'in force', 'crit.', 'ind.', 'verified/partial/unverified', 'amended by', 'label'];
  const table = textTable(
    header,
    rows.map((r) => [
      r.id,
      r.version,
      r.decision,
      `${r.from} – ${r.until ?? '…'}`,
      String(r.criteria),
      String(r.indicators),
      `${r.provenance.verified}/${r.provenance.partial}/${r.provenance.unverified}`,
      r.amendments.join(', ') || '—',
      r.label[o.lang],
    ]),
    new Set([4, 5]),
  );
  const note = vi
    ? `${rows.length} phiên bản của ${catalog.ids().length} bộ tiêu chí. Mức xác minh tính theo chỉ tiêu (mức yếu nhất của dòng và các giá trị của nó).`
    : `${rows.length} versions of ${catalog.ids().length} sets. Provenance counts indicators by the weakest of the row and its values.`;
  await emit(o.out, `${table}\n\n${note}\n`);
  return 0;
}
