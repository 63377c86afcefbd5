import { STATUS_LABELS, type EvaluationResult, type Lang } from '@tieuchi/core';

const MARK = { met: '✔', 'not-met': '✘', unknown: '?' } as const;

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return String(Math.round(v * 100) / 100);
  if (typeof v === 'boolean') return v ? 'có / yes' : 'không / no';
  if (Array.isArray(v)) return `${v.length} mục`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A commune report as plain text: the summary line, then every criterion with the reasons. */
export function formatReport(r: EvaluationResult, lang: Lang = 'vi'): string {
  const out: string[] = [];
  const name = r.unit.name ?? r.unit.id;
  const region = r.unit.effectiveRegion && r.unit.effectiveRegion !== r.unit.region
    ? `${r.unit.region ?? '—'} → ${r.unit.effectiveRegion} (${r.unit.regionBy})`
    : (r.unit.region ?? '—');
  out.push(`${name} — ${r.set.label[lang]}`);
  const amended = r.set.amendments.length > 0 ? ` (${lang === 'vi' ? 'sửa đổi bởi' : 'amended by'} ${r.set.amendments.map((a) => a.decision).join(', ')})` : '';
  out.push(`  ${r.set.citation.decision}${amended}, ${lang === 'vi' ? 'ngày đánh giá' : 'as of'} ${r.asOf}, ${lang === 'vi' ? 'vùng' : 'region'} ${region}`);
  out.push(`  ${r.summary.text[lang]} — ${STATUS_LABELS[r.status][lang]} (${Math.round(r.summary.progress * 100)}%)`);
  if (r.summary.unverifiedVerdicts > 0) {
    out.push(
      lang === 'vi'
        ? `  ⚠ ${r.summary.unverifiedVerdicts} kết luận dựa trên mức chuẩn chưa xác minh với văn bản gốc`
        : `  ⚠ ${r.summary.unverifiedVerdicts} verdicts rest on values not verified against the official text`,
    );
  }
  for (const c of r.criteria) {
    if (c.status === 'met') continue;
    out.push(`  ${MARK[c.status]} ${lang === 'vi' ? 'Tiêu chí' : 'Criterion'} ${c.number}. ${c.label[lang]}: ${STATUS_LABELS[c.status][lang]}`);
    // Rows with no data at all are listed together; the others with value, requirement, gap and citation.
    const noData = c.indicators.filter((i) => i.status === 'unknown' && i.missing.length > 0 && i.invalid.length === 0 && !i.reason);
    if (noData.length > 0) out.push(`      ? ${lang === 'vi' ? 'thiếu dữ liệu' : 'no data'}: ${noData.map((i) => i.code).join(', ')}`);
    for (const i of c.indicators) {
      if (i.status === 'met' || noData.includes(i)) continue;
      const req = i.requirement ? i.requirement.text[lang] : '—';
      const gap = i.gap !== null && i.gap > 0 ? `, ${lang === 'vi' ? 'còn thiếu' : 'gap'} ${Math.round(i.gap * 100) / 100}` : '';
      const why = i.reason
        ? ` — ${i.reason[lang]}`
        : i.invalid.length > 0
          ? ` — ${lang === 'vi' ? 'dữ liệu không hợp lệ' : 'invalid data'}`
          : i.missing.length > 0
            ? ` — ${lang === 'vi' ? 'thiếu dữ liệu' : 'no data'}`
            : '';
      out.push(`      ${MARK[i.status]} ${i.code} ${i.label[lang]}: ${show(i.actual)} / ${req}${gap}${why} [${i.citation.decision}${i.citation.part ? ` ${i.citation.part}` : ''}, ${i.provenance}]`);
      if (i.blocking && i.blocking.length > 0) {
        const names = i.blocking.map((b) => `${b.name ?? b.id} (${STATUS_LABELS[b.status][lang]})`).join(', ');
        out.push(`          ${lang === 'vi' ? 'chặn bởi' : 'blocked by'}: ${names}`);
      }
    }
  }
  const met = r.criteria.filter((c) => c.status === 'met').map((c) => c.number);
  if (met.length > 0) out.push(`  ✔ ${lang === 'vi' ? 'Đạt các tiêu chí' : 'Criteria met'}: ${met.join(', ')}`);
  // Errors in the data, and warnings other than the per-row provenance ones (counted above).
  const problems = r.issues.filter((i) => i.severity === 'error' || (i.code !== 'UNVERIFIED_VALUE' && i.code !== 'VALUE_NOT_KNOWN'));
  for (const p of problems) out.push(`  ! [${p.code}] ${p.path}: ${p.message[lang]}`);
  return out.join('\n');
}
