import type { Lang, Status } from '@tieuchi/core';
import { formatProblem } from '../input/problems.js';
import type { EvaluationRun, UnitResult } from '../run-evaluation.js';
import { attainmentChart, progressChart, STATUS_COLORS } from './charts.js';
import { citationText, gapText, MARK, pct, PROVENANCE_LABELS, showActual, sourceText, statusText, w, why } from './common.js';
import { runHeader, showDetails, summaryRows, type ReportOptions } from './evaluation.js';

/** Text made safe for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
:root { --met: ${STATUS_COLORS.met}; --not-met: ${STATUS_COLORS['not-met']}; --unknown: ${STATUS_COLORS.unknown}; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px auto; max-width: 1180px; padding: 0 16px; color: #1b1b1b; }
h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { border: 1px solid #d9d9d9; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f3f5f7; } td.n { text-align: right; white-space: nowrap; }
.s { font-weight: 600; white-space: nowrap; } .s-met { color: var(--met); } .s-not-met { color: var(--not-met); } .s-unknown { color: #616161; }
.warn { color: #8a5a00; } .muted { color: #616161; } .summary { font-size: 16px; font-weight: 600; }
figure { margin: 12px 0; } figure svg { max-width: 100%; height: auto; }
.charts { display: grid; gap: 8px; }
.bar { display: inline-block; height: 10px; background: #e0e0e0; width: 120px; vertical-align: middle; }
.bar > span { display: block; height: 10px; background: var(--met); }
@media print { h2 { page-break-after: avoid; } section.unit { page-break-before: always; } }
`;

const status = (s: Status, lang: Lang): string => `<span class="s s-${s}">${MARK[s]} ${esc(statusText(s, lang))}</span>`;

function unitHtml(r: UnitResult, n: number, lang: Lang): string {
  const out: string[] = [];
  out.push(`<section class="unit" id="u-${n}">`);
  out.push(`<h2>${esc(r.unit.name ?? r.unit.id)} <span class="muted">(${esc(r.unit.id)})</span></h2>`);
  out.push(`<p class="summary">${esc(r.summary.text[lang])} — ${status(r.status, lang)}</p>`);
  const region = r.unit.effectiveRegion && r.unit.effectiveRegion !== r.unit.region ? `${r.unit.region ?? '—'} → ${r.unit.effectiveRegion} (${r.unit.regionBy ?? ''})` : (r.unit.region ?? '—');
  out.push(
    `<p class="muted">${esc(w('source', lang))}: ${esc(sourceText(r.source))} · ${esc(w('region', lang))}: ${esc(region)}${r.unit.province ? ` · ${esc(r.unit.province)}` : ''} · ${esc(r.set.id)} ${esc(w('version', lang))} ${esc(r.set.version)} (${esc(r.set.citation.decision)}) · ${esc(w('progress', lang))}: ${pct(r.summary.progress)}</p>`,
  );
  if (r.summary.unverifiedVerdicts > 0) {
    out.push(
      `<p class="warn">⚠ ${esc(
        lang === 'vi'
          ? `${r.summary.unverifiedVerdicts} kết luận dựa trên mức chuẩn chưa được xác minh với văn bản gốc (đánh dấu ⚠ trong bảng).`
          : `${r.summary.unverifiedVerdicts} verdicts rest on values not verified against the official text (marked ⚠ below).`,
      )}</p>`,
    );
  }
  for (const p of r.prerequisites) out.push(`<p>${esc(p.label[lang])}: ${status(p.status, lang)}</p>`);
  for (const c of r.criteria) {
    out.push(`<h3>${esc(w('criterion', lang))} ${c.number}. ${esc(c.label[lang])} — ${status(c.status, lang)}</h3>`);
    out.push('<table><thead><tr>');
    for (const h of ['code', 'indicator', 'status', 'actual', 'requirement', 'gap', 'citation', 'provenance'] as const) out.push(`<th>${esc(w(h, lang))}</th>`);
    out.push('</tr></thead><tbody>');
    for (const i of c.indicators) {
      const reason = why(i, lang);
      const prov = PROVENANCE_LABELS[i.provenance][lang];
      out.push(
        `<tr><td>${esc(i.code)}</td><td>${esc(i.label[lang])}</td><td>${status(i.status, lang)}${reason ? `<br><span class="muted">${esc(reason)}</span>` : ''}</td>` +
          `<td class="n">${esc(showActual(i.actual, lang))}</td><td>${esc(i.requirement ? i.requirement.text[lang] : '—')}</td><td class="n">${esc(gapText(i, lang))}</td>` +
          `<td>${esc(citationText(i.citation, lang))}</td><td${i.provenance === 'verified' ? '' : ' class="warn"'}>${i.provenance === 'verified' ? '' : '⚠ '}${esc(prov)}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

function criteriaTable(units: readonly UnitResult[], lang: Lang): string {
  const rows = new Map<number, { label: string; counts: Record<Status, number> }>();
  for (const u of units) {
    for (const c of u.criteria) {
      const row = rows.get(c.number) ?? { label: c.label[lang], counts: { met: 0, 'not-met': 0, unknown: 0 } };
      row.counts[c.status]++;
      rows.set(c.number, row);
    }
  }
  const out = [`<table><thead><tr><th>${esc(w('criterion', lang))}</th><th>${esc(statusText('met', lang))}</th><th>${esc(statusText('not-met', lang))}</th><th>${esc(statusText('unknown', lang))}</th><th>%</th></tr></thead><tbody>`];
  for (const [n, r] of [...rows].sort((a, b) => a[0] - b[0])) {
    const total = r.counts.met + r.counts['not-met'] + r.counts.unknown;
    const share = total === 0 ? 0 : r.counts.met / total;
    out.push(
      `<tr><td>${n}. ${esc(r.label)}</td><td class="n">${r.counts.met}</td><td class="n">${r.counts['not-met']}</td><td class="n">${r.counts.unknown}</td><td class="n"><span class="bar"><span style="width:${Math.round(share * 100)}%"></span></span> ${pct(share)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

/**
 * `--format html`: one self-contained file (inline CSS and SVG, no script, no external reference): summary per unit,
 * charts (attainment per criterion, progress per unit) rendered on the server by echarts, attainment per criterion
 * across units, a table per criterion for each unit (few units), units without a set, input problems.
 * Citations are shown as decision, part and item; their source URLs are in `tieuchi audit`.
 */
export async function evaluationHtml(run: EvaluationRun, o: ReportOptions): Promise<string> {
  const { lang } = o;
  const title = lang === 'vi' ? 'Kết quả đánh giá' : 'Evaluation report';
  const details = showDetails(run, o);
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="tieuchi"><title>${esc(title)} — ${esc(run.sets.map((s) => s.id).join(', ') || '—')}</title><style>${STYLE}</style></head><body>`,
    `<header><h1>${esc(title)}</h1>`,
    ...runHeader(run, lang).map((l) => `<p>${esc(l)}</p>`),
    '</header>',
  ];
  if (run.units.length > 0) {
    // Charts and the per-criterion view first: with thousands of units the summary table is long.
    out.push(`<section id="charts" class="charts"><h2>${esc(lang === 'vi' ? 'Biểu đồ' : 'Charts')}</h2>`);
    out.push(`<figure>${await attainmentChart(run.units, lang)}</figure>`);
    out.push(`<figure>${await progressChart(run.units, lang)}</figure></section>`);
    out.push(`<section id="criteria"><h2>${esc(lang === 'vi' ? 'Theo tiêu chí' : 'By criterion')}</h2>${criteriaTable(run.units, lang)}</section>`);
    const { header, rows } = summaryRows(run, lang);
    out.push(`<section id="summary"><h2>${esc(lang === 'vi' ? 'Tổng hợp' : 'Summary')}</h2><table><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>`);
    run.units.forEach((u, n) => {
      const row = rows[n] as string[];
      const resultAt = header.indexOf(w('result', lang));
      const cells = row.map((cell, c) => {
        if (c === resultAt) return `<td>${status(u.status, lang)}</td>`;
        if (c === 2 && details) return `<td><a href="#u-${n + 1}">${esc(cell)}</a></td>`;
        return `<td${c === 0 || c === header.length - 2 ? ' class="n"' : ''}>${esc(cell)}</td>`;
      });
      out.push(`<tr>${cells.join('')}</tr>`);
    });
    out.push('</tbody></table>');
    out.push(`<p class="muted">${esc(lang === 'vi' ? 'Mỗi dòng: "đạt x/N tiêu chí, y/M chỉ tiêu".' : 'Each row: "met x/N criteria, y/M indicators".')}</p></section>`);
  }
  if (details) run.units.forEach((u, n) => out.push(unitHtml(u, n + 1, lang)));
  else if (run.units.length > 0) {
    out.push(`<p class="muted">${esc(lang === 'vi' ? `Chi tiết từng tiêu chí không được in cho ${run.units.length} đơn vị (dùng --max-details).` : `Per-criterion details are not printed for ${run.units.length} units (use --max-details).`)}</p>`);
  }
  if (run.unresolved.length > 0) {
    out.push(`<section id="unresolved"><h2>${esc(w('unresolved', lang))} (${run.unresolved.length})</h2><ul>`);
    for (const u of run.unresolved) out.push(`<li>${esc(sourceText(u.source))} ${esc(u.unit.id)}: ${esc(u.message[lang])}</li>`);
    out.push('</ul></section>');
  }
  if (run.problems.length > 0) {
    out.push(`<section id="problems"><h2>${esc(w('problems', lang))} (${run.problems.length})</h2><ul>`);
    for (const p of run.problems) out.push(`<li class="${p.severity === 'error' ? 's-not-met' : 'warn'}">${esc(formatProblem(p, lang))}</li>`);
    out.push('</ul></section>');
  }
  out.push(
    `<footer class="muted"><p>${esc(
      lang === 'vi'
        ? 'Mức xác minh: "đã xác minh" — đối chiếu với văn bản gốc; "xác minh một phần" và "chưa xác minh" (⚠) — cần đối chiếu trước khi dùng làm căn cứ. Nguồn của từng giá trị: tieuchi audit.'
        : 'Provenance: "verified" — checked against the official text; "partly verified" and "unverified" (⚠) — check before relying on it. Sources of every value: tieuchi audit.',
    )}</p></footer>`,
    '</body></html>',
  );
  return `${out.join('\n')}\n`;
}
