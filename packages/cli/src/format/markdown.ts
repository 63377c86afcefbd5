import type { Lang } from '@tieuchi/core';
import { formatProblem } from '../input/problems.js';
import type { EvaluationRun, UnitResult } from '../run-evaluation.js';
import { citationText, gapText, MARK, PROVENANCE_LABELS, showActual, sourceText, statusText, w, why } from './common.js';
import { runHeader, showDetails, summaryRows, type ReportOptions } from './evaluation.js';

/** A table cell of Markdown: pipes, backslashes, HTML and line breaks made harmless. */
export function mdCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

/** A Markdown table. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

function unitMd(r: UnitResult, lang: Lang): string {
  const out: string[] = [];
  out.push(`## ${mdCell(r.unit.name ?? r.unit.id)} (${mdCell(r.unit.id)})`, '');
  out.push(`**${mdCell(r.summary.text[lang])}** — ${statusText(r.status, lang)} · ${mdCell(sourceText(r.source))} · ${mdCell(r.set.id)} ${w('version', lang)} ${r.set.version}`);
  if (r.summary.unverifiedVerdicts > 0) {
    out.push(
      '',
      lang === 'vi'
        ? `> ⚠ ${r.summary.unverifiedVerdicts} kết luận dựa trên mức chuẩn chưa xác minh với văn bản gốc.`
        : `> ⚠ ${r.summary.unverifiedVerdicts} verdicts rest on values not verified against the official text.`,
    );
  }
  for (const c of r.criteria) {
    out.push('', `### ${MARK[c.status]} ${w('criterion', lang)} ${c.number}. ${mdCell(c.label[lang])} — ${statusText(c.status, lang)}`, '');
    out.push(
      mdTable(
        [w('code', lang), w('indicator', lang), w('status', lang), w('actual', lang), w('requirement', lang), w('gap', lang), w('citation', lang), w('provenance', lang)],
        c.indicators.map((i) => {
          const reason = why(i, lang);
          return [
            i.code,
            i.label[lang],
            `${MARK[i.status]} ${statusText(i.status, lang)}${reason ? ` (${reason})` : ''}`,
            showActual(i.actual, lang),
            i.requirement ? i.requirement.text[lang] : '—',
            gapText(i, lang),
            citationText(i.citation, lang),
            `${i.provenance === 'verified' ? '' : '⚠ '}${PROVENANCE_LABELS[i.provenance][lang]}`,
          ];
        }),
      ),
    );
  }
  return out.join('\n');
}

/** `--format md`: header, summary table, per-unit criterion tables (few units), units without a set, problems. */
export function evaluationMarkdown(run: EvaluationRun, o: ReportOptions): string {
  const { lang } = o;
  const out: string[] = [`# ${lang === 'vi' ? 'Kết quả đánh giá' : 'Evaluation report'}`, ''];
  for (const l of runHeader(run, lang)) out.push(`- ${mdCell(l)}`);
  if (run.units.length > 0) {
    const { header, rows } = summaryRows(run, lang);
    out.push('', mdTable(header, rows));
  }
  if (showDetails(run, o)) for (const r of run.units) out.push('', unitMd(r, lang));
  else if (run.units.length > 0) {
    out.push('', lang === 'vi' ? `_Chi tiết từng tiêu chí không được in cho ${run.units.length} đơn vị (dùng --max-details)._` : `_Per-criterion details are not printed for ${run.units.length} units (use --max-details)._`);
  }
  if (run.unresolved.length > 0) {
    out.push('', `## ${w('unresolved', lang)} (${run.unresolved.length})`, '');
    for (const u of run.unresolved) out.push(`- ${mdCell(sourceText(u.source))} ${mdCell(u.unit.id)}: ${mdCell(u.message[lang])}`);
  }
  if (run.problems.length > 0) {
    out.push('', `## ${w('problems', lang)} (${run.problems.length})`, '');
    for (const p of run.problems) out.push(`- ${mdCell(formatProblem(p, lang))}`);
  }
  return `${out.join('\n')}\n`;
}
