import { createRequire } from 'node:module';
import { REGIONS, type Lang, type Region } from '@tieuchi/core';
import { Command, CommanderError, Option } from 'commander';
import { parseDateOption, today } from './dates.js';
import { CliError, EXIT } from './errors.js';
import { L } from './lang.js';
import { chooseFormat } from './output.js';

// Commands are loaded when run: `tieuchi list` does not load the spreadsheet, chart or law-test libraries.
const EVALUATE_FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;
type EvaluateFormat = (typeof EVALUATE_FORMATS)[number];
const SCOPES = ['xa', 'huyen', 'thi-xa', 'tinh', 'phuong-thi-tran', 'quan-thi-xa', 'khu-dan-cu', 'vuon', 'san-pham'] as const;
const chooseSet = async (ref: string, asOf?: string) => (await import('./sets.js')).chooseSet(ref, asOf);

function packageVersion(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** `--lang` as given anywhere on the line (errors before a command runs are in that language too), else TIEUCHI_LANG, else vi. */
function langOf(argv: readonly string[]): Lang {
  let v: string | undefined;
  argv.forEach((a, n) => {
    if (a === '--lang') v = argv[n + 1];
    else if (a.startsWith('--lang=')) v = a.slice('--lang='.length);
  });
  v ??= process.env.TIEUCHI_LANG;
  return v === 'en' ? 'en' : 'vi';
}

function lang(x: unknown): Lang {
  if (x === undefined || x === 'vi' || x === 'en') return (x ?? 'vi') as Lang;
  throw new CliError(L(`--lang cần vi hoặc en, nhận được "${String(x)}"`, `--lang must be vi or en, received "${String(x)}"`));
}

function region(x: unknown): Region | undefined {
  if (x === undefined) return undefined;
  const r = String(x).toUpperCase();
  if ((REGIONS as readonly string[]).includes(r)) return r as Region;
  throw new CliError(L(`Vùng không hợp lệ: "${String(x)}"; dùng một trong ${REGIONS.join(', ')}`, `Invalid region "${String(x)}"; use one of ${REGIONS.join(', ')}`));
}

function positiveInt(x: unknown, option: string): number {
  if (x === 'all') return Number.POSITIVE_INFINITY;
  const n = Number(x);
  if (!Number.isInteger(n) || n < 0) throw new CliError(L(`${option} cần một số nguyên ≥ 0 hoặc all, nhận được "${String(x)}"`, `${option} needs a whole number ≥ 0 or all, received "${String(x)}"`));
  return n;
}

function group(x: unknown): number | undefined {
  if (x === undefined) return undefined;
  const n = Number(x);
  if (n === 1 || n === 2 || n === 3) return n;
  throw new CliError(L(`--group cần 1, 2 hoặc 3, nhận được "${String(x)}"`, `--group must be 1, 2 or 3, received "${String(x)}"`));
}

function delimiterOf(x: unknown): string | undefined {
  if (x === undefined) return undefined;
  const s = String(x);
  if (s === 'tab' || s === '\\t') return '\t';
  if (s === ',' || s === ';' || s === '\t') return s;
  throw new CliError(L(`--delimiter cần , ; hoặc tab, nhận được "${s}"`, `--delimiter must be , ; or tab, received "${s}"`));
}

const langOption = (): Option => new Option('--lang <lang>', 'ngôn ngữ thông báo và báo cáo / language of messages and reports (vi | en)');
const outOption = (): Option => new Option('-o, --out <file>', 'ghi ra tệp thay vì màn hình / write to a file instead of stdout');

/** Build the command line program; `setCode` receives each command's exit code. */
export function program(setCode: (code: number) => void): Command {
  const p = new Command('tieuchi')
    .description(
      'Bộ tiêu chí phát triển của Việt Nam dưới dạng mã: đánh giá đơn vị từ CSV/XLSX/JSON, báo cáo, mẫu nhập liệu, so sánh và kiểm tra bộ tiêu chí.\n' +
        "Vietnam's development criteria as code: evaluate units from CSV/XLSX/JSON, reports, data-entry templates, diffs and audits of criteria sets.",
    )
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError()
    .exitOverride();

  p.command('list')
    .description('liệt kê các bộ tiêu chí trong danh mục / list the sets in the catalog')
    .addOption(new Option('--format <format>', 'table | json'))
    .addOption(langOption())
    .addOption(outOption())
    .action(async (o: { format?: string; lang?: string; out?: string }) => {
      setCode(await (await import('./commands/list.js')).listCommand({ format: chooseFormat(o.format, o.out, ['table', 'json'] as const, 'table'), lang: lang(o.lang), ...(o.out ? { out: o.out } : {}) }));
    });

  p.command('show')
    .description('bảng tiêu chí với yêu cầu của từng chỉ tiêu / the criteria table with each requirement')
    .argument('<set>', 'mã bộ tiêu chí, có thể kèm @YYYY-MM-DD / set id, optionally @YYYY-MM-DD')
    .option('--as-of <date>', 'ngày (YYYY-MM-DD), mặc định hôm nay / date, default today')
    .option('--region <region>', `vùng / region (${REGIONS.join(', ')})`)
    .option('--zone <zone>', 'vùng của tỉnh / provincial zone')
    .option('--group <n>', 'nhóm xã / commune group (1, 2, 3)')
    .addOption(new Option('--format <format>', 'table | json'))
    .addOption(langOption())
    .addOption(outOption())
    .action(async (ref: string, o: { asOf?: string; region?: string; zone?: string; group?: string; format?: string; lang?: string; out?: string }) => {
      const asOf = parseDateOption(o.asOf) ?? today();
      const r = region(o.region);
      const g = group(o.group);
      setCode(
        await (await import('./commands/show.js')).showCommand(await chooseSet(ref, asOf), {
          asOf, lang: lang(o.lang), format: chooseFormat(o.format, o.out, ['table', 'json'] as const, 'table'),
          ...(r ? { region: r } : {}), ...(o.zone ? { zone: o.zone } : {}), ...(g ? { group: g } : {}), ...(o.out ? { out: o.out } : {}),
        }),
      );
    });

  p.command('evaluate')
    .description('đánh giá các đơn vị trong tệp CSV, XLSX hoặc JSON / evaluate the units of CSV, XLSX or JSON files')
    .argument('<set>', 'mã bộ tiêu chí (id hoặc id@YYYY-MM-DD), hoặc auto: chọn theo danh mục cho từng đơn vị / a set id, or auto: resolved per unit')
    .argument('<files...>', 'tệp dữ liệu (- là đầu vào chuẩn) / data files (- for stdin)')
    .option('--as-of <date>', 'ngày đánh giá (YYYY-MM-DD), mặc định hôm nay / evaluation date, default today')
    .addOption(new Option('--scope <scope>', `phạm vi cho auto / scope for auto (${SCOPES.join(', ')})`).default('xa'))
    .addOption(new Option('--format <format>', EVALUATE_FORMATS.join(' | ')))
    .addOption(langOption())
    .addOption(outOption())
    .option('--max-details <n>', 'in chi tiết từng tiêu chí khi số đơn vị ≤ n (hoặc all); mặc định 10 (table), 100 (md, html) / per-criterion details when units ≤ n (or all); default 10 (table), 100 (md, html)')
    .option('--delimiter <c>', 'dấu phân cách CSV: , ; tab (mặc định tự nhận) / CSV delimiter (default: detected)')
    .option('--strict', 'mã thoát 1 khi dữ liệu đầu vào có lỗi / exit 1 when the input has errors')
    .option('-q, --quiet', 'không in tóm tắt và vấn đề ra stderr / no summary or problems on stderr')
    .action(async (target: string, files: string[], o: { asOf?: string; scope?: string; format?: string; lang?: string; out?: string; maxDetails?: string; delimiter?: string; strict?: boolean; quiet?: boolean }) => {
      const delimiter = delimiterOf(o.delimiter);
      const format = chooseFormat<EvaluateFormat>(o.format, o.out, EVALUATE_FORMATS, 'table');
      setCode(
        await (await import('./commands/evaluate.js')).evaluateCommand(target, files, {
          lang: lang(o.lang),
          format,
          maxDetails: o.maxDetails === undefined ? (format === 'table' ? 10 : 100) : positiveInt(o.maxDetails, '--max-details'),
          ...(o.asOf !== undefined ? { asOf: o.asOf } : {}),
          ...(o.scope !== undefined ? { scope: o.scope } : {}),
          ...(o.out ? { out: o.out } : {}),
          ...(delimiter !== undefined ? { delimiter } : {}),
          ...(o.strict ? { strict: true } : {}),
          ...(o.quiet ? { quiet: true } : {}),
        }),
      );
    });

  p.command('template')
    .description('mẫu nhập liệu cho một đơn vị, evaluate đọc lại được / a data-entry form for one unit that evaluate reads back')
    .argument('<set>', 'mã bộ tiêu chí / set id (id or id@YYYY-MM-DD)')
    .option('--region <region>', `vùng: điền sẵn và tính yêu cầu theo vùng / region: prefilled, requirements for it (${REGIONS.join(', ')})`)
    .option('--group <n>', 'nhóm xã (bộ tiêu chí theo nhóm xã): điền sẵn / commune group, prefilled (1, 2, 3)')
    .option('--as-of <date>', 'ngày để tính yêu cầu, mặc định hôm nay / date of the requirements, default today')
    .addOption(new Option('--format <format>', 'xlsx | csv | json (xlsx cần --out / xlsx needs --out)'))
    .addOption(langOption())
    .addOption(outOption())
    .action(async (ref: string, o: { region?: string; group?: string; asOf?: string; format?: string; lang?: string; out?: string }) => {
      const asOf = parseDateOption(o.asOf) ?? today();
      const r = region(o.region);
      const g = group(o.group);
      const chosen = await chooseSet(ref, asOf);
      const l = lang(o.lang);
      if (chosen.note) process.stderr.write(`tieuchi: ⚠ ${chosen.note[l]}\n`);
      setCode(await (await import('./commands/template.js')).templateCommand(chosen, { asOf, lang: l, format: chooseFormat(o.format, o.out, ['xlsx', 'csv', 'json'] as const, 'csv'), ...(r ? { region: r } : {}), ...(g ? { group: g } : {}), ...(o.out ? { out: o.out } : {}) }));
    });

  p.command('diff')
    .description('khác biệt giữa hai bộ tiêu chí hoặc hai phiên bản / what changed between two sets or versions')
    .argument('<setA>', 'id hoặc id@YYYY-MM-DD')
    .argument('<setB>', 'id hoặc id@YYYY-MM-DD')
    .addOption(new Option('--format <format>', 'text | json'))
    .addOption(langOption())
    .addOption(outOption())
    .action(async (a: string, b: string, o: { format?: string; lang?: string; out?: string }) => {
      setCode(await (await import('./commands/diff.js')).diffCommand(await chooseSet(a), await chooseSet(b), { format: chooseFormat(o.format, o.out, ['text', 'json'] as const, 'text'), lang: lang(o.lang), ...(o.out ? { out: o.out } : {}) }));
    });

  p.command('audit')
    .description('mọi giá trị kèm trích dẫn và mức xác minh, chưa xác minh trước / every value with citation and provenance, unverified first')
    .argument('<set>', 'id hoặc id@YYYY-MM-DD')
    .addOption(new Option('--format <format>', 'table | json | csv'))
    .addOption(langOption())
    .addOption(outOption())
    .action(async (ref: string, o: { format?: string; lang?: string; out?: string }) => {
      setCode(await (await import('./commands/audit.js')).auditCommand(await chooseSet(ref), { format: chooseFormat(o.format, o.out, ['table', 'json', 'csv'] as const, 'table'), lang: lang(o.lang), ...(o.out ? { out: o.out } : {}) }));
    });

  p.command('test')
    .description('chạy các ca kiểm thử pháp lý (YAML) với các bộ của danh mục / run law-test cases against the catalog')
    .argument('<cases...>', 'tệp, thư mục hoặc glob / files, folders or globs')
    .option('--with <module>', 'thêm các bộ tiêu chí do mô-đun (JS đã build) xuất ra, lặp lại được / add the sets a built module exports (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--format <format>', 'text | json'))
    .addOption(langOption())
    .addOption(outOption())
    .action(async (cases: string[], o: { with: string[]; format?: string; lang?: string; out?: string }) => {
      setCode(await (await import('./commands/test.js')).testCommand(cases, { with: o.with, lang: lang(o.lang), format: chooseFormat(o.format, o.out, ['text', 'json'] as const, 'text'), ...(o.out ? { out: o.out } : {}) }));
    });

  p.command('init')
    .description('tạo gói bộ tiêu chí của tỉnh dẫn xuất từ bộ quốc gia / scaffold a provincial package derived from a national set')
    .argument('<province>', 'tên tỉnh dạng slug, ví dụ thanh-hoa / province slug, e.g. thanh-hoa')
    .requiredOption('--from <set>', 'bộ tiêu chí quốc gia / the national set (id)')
    .option('--decision <number/year>', 'quyết định của tỉnh, ví dụ 32/2022 / the provincial decision, e.g. 32/2022')
    .option('--out <dir>', 'thư mục tạo gói, mặc định ./<tỉnh>-qd-<số>-<năm> / folder, default ./<province>-qd-<number>-<year>')
    .option('--force', 'ghi vào thư mục đã có tệp / write into a non-empty folder')
    .addOption(langOption())
    .action(async (province: string, o: { from: string; decision?: string; out?: string; force?: boolean; lang?: string }) => {
      const l = lang(o.lang);
      const s = await (await import('./commands/init.js')).initCommand(province, { from: o.from, lang: l, ...(o.decision ? { decision: o.decision } : {}), ...(o.out ? { out: o.out } : {}), ...(o.force ? { force: true } : {}) });
      const vi = l === 'vi';
      process.stdout.write(
        `${vi ? 'Đã tạo' : 'Created'} ${s.packageName} (${s.setId}) ${vi ? 'tại' : 'in'} ${s.dir}:\n${s.files.map((f) => `  ${f}`).join('\n')}\n` +
          (vi
            ? `Tiếp theo: ${s.workspace ? 'pnpm install (ở gốc workspace)' : 'npm install'}, rồi pnpm build && pnpm test; điền các TODO trong src/index.ts và README.md.\n`
            : `Next: ${s.workspace ? 'pnpm install (at the workspace root)' : 'npm install'}, then pnpm build && pnpm test; fill the TODOs in src/index.ts and README.md.\n`),
      );
      setCode(EXIT.ok);
    });
  return p;
}

/** Run the command line; resolves to the exit code (never calls process.exit, so output is flushed). */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const l = langOf(argv);
  const p = program((c) => {
    code = c;
  });
  try {
    if (argv.length <= 2) {
      p.outputHelp();
      return EXIT.usage;
    }
    await p.parseAsync(argv as string[]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof CliError) {
      process.stderr.write(`tieuchi: ${l === 'vi' ? 'lỗi' : 'error'}: ${e.label[l]}\n`);
      return e.exitCode;
    }
    process.stderr.write(`tieuchi: ${l === 'vi' ? 'lỗi không mong đợi (xin báo lại)' : 'unexpected error (please report it)'}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}
