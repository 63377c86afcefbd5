import type { CriteriaSet, Lang } from '@tieuchi/core';
import { stringify } from 'csv-stringify/sync';
import { formatProblem } from '../input/problems.js';
import type { EvaluationRun, UnitResult } from '../run-evaluation.js';
import type { Sink } from '../output.js';
import { citationText, gapText, MARK, num, pct, PROVENANCE_LABELS, showActual, sourceText, statusText, textTable, w, why } from './common.js';

/** How much detail reports show. */
export interface ReportOptions {
  readonly lang: Lang;
  /** Per-unit details (every criterion) are shown when there are at most this many units. */
  readonly maxDetails: number;
}

export const showDetails = (run: EvaluationRun, o: ReportOptions): boolean => run.units.length <= o.maxDetails;

function setLine(s: CriteriaSet, lang: Lang): string {
  return `${s.id}, ${w('version', lang)} ${s.version} (${s.citation.decision}) — ${s.label[lang]}`;
}

/** "Bộ tiêu chí: …" lines and the date / count line. */
export function runHeader(run: EvaluationRun, lang: Lang): string[] {
  const out: string[] = [];
  if (run.sets.length === 0) out.push(`${w('set', lang)}: —`);
  for (const s of run.sets) out.push(`${w('set', lang)}: ${setLine(s, lang)}`);
  const rows = run.files.reduce((n, f) => n + f.rows, 0);
  out.push(
    lang === 'vi'
      ? `${w('asOf', lang)}: ${run.asOf} · ${run.units.length} đơn vị được đánh giá${run.unresolved.length ? `, ${run.unresolved.length} không có bộ tiêu chí` : ''} · ${rows} dòng dữ liệu từ ${run.files.length} tệp`
      : `${w('asOf', lang)}: ${run.asOf} · ${run.units.length} units evaluated${run.unresolved.length ? `, ${run.unresolved.length} without a set` : ''} · ${rows} data rows from ${run.files.length} files`,
  );
  for (const n of run.notes) out.push(`⚠ ${n[lang]}`);
  return out;
}

const regionText = (r: UnitResult): string =>
  r.unit.effectiveRegion && r.unit.effectiveRegion !== r.unit.region ? `${r.unit.region ?? '—'}→${r.unit.effectiveRegion}` : (r.unit.region ?? '—');

/** One summary row per unit. */
export function summaryRows(run: EvaluationRun, lang: Lang): { header: string[]; rows: string[][] } {
  const multi = run.sets.length > 1;
  const header = ['#', w('source', lang), w('id', lang), w('region', lang), ...(multi ? [w('set', lang)] : []), w('result', lang), w('criteria', lang), w('indicators', lang), w('progress', lang), w('name', lang)];
  const rows = run.units.map((r, n) => [
    String(n + 1),
    sourceText(r.source),
    r.unit.id,
    regionText(r),
    ...(multi ? [r.set.id] : []),
    statusText(r.status, lang),
    `${r.summary.criteria.met}/${r.summary.criteria.total}`,
    `${r.summary.indicators.met}/${r.summary.indicators.total}`,
    pct(r.summary.progress),
    r.unit.name ?? '',
  ]);
  return { header, rows };
}

/** The commune report in text: summary line, then the criteria not met with value, requirement, gap and citation. */
export function unitText(r: UnitResult, lang: Lang): string {
  const out: string[] = [];
  out.push(`■ ${r.unit.name ?? r.unit.id} (${r.unit.id}) — ${sourceText(r.source)} — ${w('region', lang).toLowerCase()} ${regionText(r)}${r.unit.regionBy ? ` (${r.unit.regionBy})` : ''}`);
  out.push(`  ${r.summary.text[lang]} — ${statusText(r.status, lang)} (${pct(r.summary.progress)})`);
  if (r.summary.unverifiedVerdicts > 0) {
    out.push(
      lang === 'vi'
        ? `  ⚠ ${r.summary.unverifiedVerdicts} kết luận dựa trên mức chuẩn chưa xác minh với văn bản gốc`
        : `  ⚠ ${r.summary.unverifiedVerdicts} verdicts rest on values not verified against the official text`,
    );
  }
  for (const p of r.prerequisites) if (p.status !== 'met') out.push(`  ${MARK[p.status]} ${p.label[lang]}: ${statusText(p.status, lang)}`);
  for (const c of r.criteria) {
    if (c.status === 'met') continue;
    out.push(`  ${MARK[c.status]} ${w('criterion', lang)} ${c.number}. ${c.label[lang]}: ${statusText(c.status, lang)}`);
    const noData = c.indicators.filter((i) => i.status === 'unknown' && i.missing.length > 0 && i.invalid.length === 0);
    if (noData.length > 0) out.push(`      ? ${w('noData', lang)}: ${noData.map((i) => i.code).join(', ')}`);
    for (const i of c.indicators) {
      if (i.status === 'met' || noData.includes(i)) continue;
      const req = i.requirement ? i.requirement.text[lang] : '—';
      const gap = gapText(i, lang);
      const reason = why(i, lang);
      out.push(
        `      ${MARK[i.status]} ${i.code} ${i.label[lang]}: ${showActual(i.actual, lang)} / ${req}${gap ? `, ${w('gap', lang).toLowerCase()} ${gap}` : ''}${reason ? ` — ${reason}` : ''} [${citationText(i.citation, lang)}; ${PROVENANCE_LABELS[i.provenance][lang]}]`,
      );
    }
  }
  const met = r.criteria.filter((c) => c.status === 'met').map((c) => c.number);
  if (met.length > 0) out.push(`  ✔ ${w('metCriteria', lang)}: ${met.join(', ')}`);
  return out.join('\n');
}

/** `--format table`: the run header, a summary table, per-unit details (few units), units without a set, problems. */
export function evaluationTable(run: EvaluationRun, o: ReportOptions): string {
  const { lang } = o;
  const out = runHeader(run, lang);
  out.push('');
  if (run.units.length > 0) {
    const { header, rows } = summaryRows(run, lang);
    out.push(textTable(header, rows, new Set([0])));
  }
  if (run.units.length > 0 && showDetails(run, o)) {
    for (const r of run.units) out.push('', unitText(r, lang));
  } else if (run.units.length > 0) {
    out.push(
      '',
      lang === 'vi'
        ? `(${run.units.length} đơn vị: không in chi tiết từng tiêu chí; dùng --max-details ${run.units.length} hoặc --format json/html)`
        : `(${run.units.length} units: per-criterion details not printed; use --max-details ${run.units.length} or --format json/html)`,
    );
  }
  if (run.unresolved.length > 0) {
    out.push('', `${w('unresolved', lang)} (${run.unresolved.length}):`);
    for (const u of run.unresolved) out.push(`  ${sourceText(u.source)} ${u.unit.id}: ${u.message[lang]}`);
  }
  if (run.problems.length > 0) {
    out.push('', `${w('problems', lang)} (${run.problems.length}):`);
    for (const p of run.problems) out.push(`  ${formatProblem(p, lang)}`);
  }
  return `${out.join('\n')}\n`;
}

/** `--format csv`: one row per unit (and per unit without a set), with every criterion's and indicator's status. */
export async function evaluationCsv(run: EvaluationRun, lang: Lang, sink: Sink): Promise<void> {
  const criteria: number[] = [];
  const codes: string[] = [];
  for (const s of run.sets) {
    for (const c of s.criteria) {
      if (!criteria.includes(c.number)) criteria.push(c.number);
      for (const i of c.indicators) if (!codes.includes(i.code)) codes.push(i.code);
    }
  }
  const vi = lang === 'vi';
  const header = [
    vi ? 'tệp' : 'file', vi ? 'trang tính' : 'sheet', vi ? 'dòng' : 'row', 'id', vi ? 'tên' : 'name', vi ? 'vùng' : 'region', vi ? 'vùng áp dụng' : 'effective region',
    vi ? 'tỉnh' : 'province', vi ? 'bộ tiêu chí' : 'set', vi ? 'phiên bản' : 'version', vi ? 'kết quả' : 'status',
    vi ? 'tiêu chí đạt' : 'criteria met', vi ? 'tiêu chí chưa đạt' : 'criteria not met', vi ? 'tiêu chí chưa đủ dữ liệu' : 'criteria unknown', vi ? 'tổng tiêu chí' : 'criteria total',
    vi ? 'chỉ tiêu đạt' : 'indicators met', vi ? 'chỉ tiêu chưa đạt' : 'indicators not met', vi ? 'chỉ tiêu chưa đủ dữ liệu' : 'indicators unknown', vi ? 'tổng chỉ tiêu' : 'indicators total',
    vi ? 'tiến độ (%)' : 'progress (%)', vi ? 'tóm tắt' : 'summary', vi ? 'kết luận dựa trên mức chưa xác minh' : 'unverified verdicts',
    ...criteria.map((n) => `${vi ? 'TC' : 'C'}${n}`),
    ...codes,
    vi ? 'lỗi dữ liệu' : 'data errors',
  ];
  const errorsOf = new Map<string, string[]>();
  for (const p of run.problems) {
    if (p.severity !== 'error' || p.unit === undefined) continue;
    const k = `${p.file}|${p.sheet ?? ''}|${p.unit}`;
    const list = errorsOf.get(k) ?? [];
    list.push(`${p.column ?? ''}${p.column ? ': ' : ''}${p.message[lang]}`);
    errorsOf.set(k, list);
  }
  await sink.write(`\ufeff${stringify([header])}`);
  let batch: string[][] = [];
  const flush = async (): Promise<void> => {
    if (batch.length > 0) await sink.write(stringify(batch));
    batch = [];
  };
  for (const r of run.units) {
    const byCriterion = new Map(r.criteria.map((c) => [c.number, c.status] as const));
    const byCode = new Map<string, string>();
    for (const c of r.criteria) for (const i of c.indicators) byCode.set(i.code, statusText(i.status, lang));
    const s = r.summary;
    batch.push([
      r.source.file, r.source.sheet ?? '', String(r.source.row ?? r.source.item ?? ''), r.unit.id, r.unit.name ?? '', r.unit.region ?? '', r.unit.effectiveRegion ?? '',
      r.unit.province ?? '', r.set.id, r.set.version, statusText(r.status, lang),
      String(s.criteria.met), String(s.criteria.notMet), String(s.criteria.unknown), String(s.criteria.total),
      String(s.indicators.met), String(s.indicators.notMet), String(s.indicators.unknown), String(s.indicators.total),
      num(Math.round(s.progress * 1000) / 10, lang), s.text[lang], String(s.unverifiedVerdicts),
      ...criteria.map((n) => {
        const st = byCriterion.get(n);
        return st ? statusText(st, lang) : '';
      }),
      ...codes.map((c) => byCode.get(c) ?? ''),
      (errorsOf.get(`${r.source.file}|${r.source.sheet ?? ''}|${r.unit.id}`) ?? []).join('; '),
    ]);
    if (batch.length >= 500) await flush();
  }
  for (const u of run.unresolved) {
    batch.push([
      u.source.file, u.source.sheet ?? '', String(u.source.row ?? u.source.item ?? ''), u.unit.id, u.unit.name ?? '', '', '', u.unit.province ?? '', '', '',
      vi ? 'không có bộ tiêu chí' : 'no set', '', '', '', '', '', '', '', '', '', u.message[lang], '',
      ...criteria.map(() => ''), ...codes.map(() => ''), u.message[lang],
    ]);
  }
  await flush();
}
