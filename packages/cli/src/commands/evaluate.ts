import type { Lang, Scope } from '@tieuchi/core';
import cliProgress from 'cli-progress';
import { parseDateOption, today } from '../dates.js';
import { CliError, EXIT } from '../errors.js';
import { L } from '../lang.js';
import { formatProblem } from '../input/problems.js';
import { evaluationCsv, evaluationTable } from '../format/evaluation.js';
import { evaluationHtml } from '../format/html.js';
import { evaluationJson } from '../format/json.js';
import { evaluationMarkdown } from '../format/markdown.js';
import { openSink } from '../output.js';
import { runEvaluation, type EvaluationRun } from '../run-evaluation.js';
import { chooseSet } from '../sets.js';

/** Output formats of `evaluate` (main.ts lists them too, to parse options without loading this module). */
export type EvaluateFormat = 'table' | 'json' | 'csv' | 'md' | 'html';

export const SCOPES: readonly Scope[] = ['xa', 'huyen', 'thi-xa', 'tinh', 'phuong-thi-tran', 'quan-thi-xa', 'khu-dan-cu', 'vuon', 'san-pham'];

/** A progress bar is shown for batches of at least this many units, and only when stderr is a terminal. */
export const PROGRESS_MIN_UNITS = 500;

/** Problems printed on stderr; every problem is in the report (and in JSON `problems`). */
const STDERR_PROBLEMS = 20;

export interface EvaluateOptions {
  readonly asOf?: string;
  readonly scope?: string;
  readonly lang: Lang;
  readonly format: EvaluateFormat;
  readonly out?: string;
  readonly maxDetails: number;
  readonly strict?: boolean;
  readonly quiet?: boolean;
  readonly delimiter?: string;
}

function summaryLines(run: EvaluationRun, lang: Lang): string[] {
  const rows = run.files.reduce((n, f) => n + f.rows, 0);
  const blank = run.files.reduce((n, f) => n + f.blankRows, 0);
  const errors = run.problems.filter((p) => p.severity === 'error').length;
  const warnings = run.problems.length - errors;
  const vi = lang === 'vi';
  const lines = [
    vi
      ? `tieuchi: ${run.units.length} đơn vị được đánh giá${run.unresolved.length ? `, ${run.unresolved.length} không có bộ tiêu chí` : ''} — ${rows} dòng dữ liệu${blank ? ` (và ${blank} dòng trống)` : ''} từ ${run.files.length} tệp; ${errors} lỗi, ${warnings} cảnh báo trong dữ liệu đầu vào`
      : `tieuchi: ${run.units.length} units evaluated${run.unresolved.length ? `, ${run.unresolved.length} without a set` : ''} — ${rows} data rows${blank ? ` (and ${blank} blank rows)` : ''} from ${run.files.length} files; ${errors} errors, ${warnings} warnings in the input`,
  ];
  for (const n of run.notes) lines.push(`tieuchi: ⚠ ${n[lang]}`);
  for (const p of run.problems.slice(0, STDERR_PROBLEMS)) lines.push(`  ${formatProblem(p, lang)}`);
  if (run.problems.length > STDERR_PROBLEMS) {
    const more = run.problems.length - STDERR_PROBLEMS;
    lines.push(vi ? `  … và ${more} vấn đề khác (có đủ trong báo cáo; JSON: "problems")` : `  … and ${more} more (all in the report; JSON: "problems")`);
  }
  return lines;
}

/** `tieuchi evaluate <set|auto> <file…>`. */
export async function evaluateCommand(target: string, files: readonly string[], o: EvaluateOptions): Promise<number> {
  const asOf = parseDateOption(o.asOf) ?? today();
  let request: Parameters<typeof runEvaluation>[0]['target'];
  if (target === 'auto') {
    const scope = (o.scope ?? 'xa') as Scope;
    if (!SCOPES.includes(scope)) {
      throw new CliError(L(`Phạm vi không hợp lệ: "${o.scope}"; dùng một trong ${SCOPES.join(', ')}`, `Invalid scope "${o.scope}"; use one of ${SCOPES.join(', ')}`));
    }
    request = { auto: true, scope };
  } else {
    const chosen = chooseSet(target, asOf);
    request = chosen.note ? { set: chosen.set, note: chosen.note } : { set: chosen.set };
  }
  let bar: cliProgress.SingleBar | undefined;
  const run = await runEvaluation({
    files,
    asOf,
    target: request,
    ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}),
    onStart: (total) => {
      if (!o.quiet && process.stderr.isTTY && total >= PROGRESS_MIN_UNITS) {
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: `${o.lang === 'vi' ? 'Đánh giá' : 'Evaluating'} [{bar}] {percentage}% | {value}/{total}`, hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
    },
    onProgress: (done) => bar?.update(done),
  });
  bar?.stop();
  const sink = openSink(o.out);
  const report = { lang: o.lang, maxDetails: o.maxDetails };
  switch (o.format) {
    case 'json':
      await evaluationJson(run, sink);
      break;
    case 'csv':
      await evaluationCsv(run, o.lang, sink);
      break;
    case 'md':
      await sink.write(evaluationMarkdown(run, report));
      break;
    case 'html':
      await sink.write(await evaluationHtml(run, report));
      break;
    case 'table':
      await sink.write(evaluationTable(run, report));
      break;
  }
  await sink.close();
  if (!o.quiet) process.stderr.write(`${summaryLines(run, o.lang).join('\n')}\n`);
  if (o.strict && run.problems.some((p) => p.severity === 'error')) return EXIT.failed;
  return EXIT.ok;
}
