import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { CliError } from '../errors.js';
import { L } from '../lang.js';
import type { Cell } from './cells.js';

/** One row of a sheet: its number as a spreadsheet shows it (1-based, header included) and its cells. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly Cell[];
}

/** A grid of cells: a CSV file, or one worksheet of a workbook. */
export interface Sheet {
  readonly file: string;
  /** Worksheet name (XLSX only). */
  readonly sheet?: string;
  readonly rows: readonly SheetRow[];
}

/** What a file turned out to be. */
export type SourceFile =
  | { readonly kind: 'csv' | 'xlsx'; readonly file: string; readonly sheets: readonly Sheet[] }
  | { readonly kind: 'json'; readonly file: string; readonly data: unknown };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((x, n) => b[n] === x);

const notSpreadsheet = (file: string, why: string, whyEn: string): CliError =>
  new CliError(
    L(
      `Tệp ${file} không phải là bảng tính đọc được (${why}). Dùng CSV (UTF-8), XLSX hoặc JSON.`,
      `File ${file} is not a readable spreadsheet (${whyEn}). Use CSV (UTF-8), XLSX or JSON.`,
    ),
  );

/** Decode text: UTF-8 (with or without BOM) or UTF-16 with BOM (Excel's "Unicode text"); anything else is refused. */
export function decodeText(buf: Uint8Array, file: string): string {
  let text: string;
  try {
    if (buf[0] === 0xff && buf[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(buf.subarray(2));
    else if (buf[0] === 0xfe && buf[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(buf.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw notSpreadsheet(file, 'không phải văn bản UTF-8; trong Excel chọn "CSV UTF-8"', 'not UTF-8 text; in Excel choose "CSV UTF-8"');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Control characters other than tab, CR, LF: a binary file (an image, a PDF, a zip) read as text.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65536))) {
    throw notSpreadsheet(file, 'tệp nhị phân', 'binary data');
  }
  return text;
}

/** The delimiter of a CSV: the most frequent of , ; tab in the first line (outside quotes); `,` when none. */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best = ',';
  let n = 0;
  for (const [d, c] of counts) {
    if (c > n) {
      best = d;
      n = c;
    }
  }
  return best;
}

/** Parse CSV text into one sheet; every record keeps its row number (header = row 1). */
export function readCsvText(text: string, file: string, delimiter?: string): Sheet {
  const delim = delimiter ?? sniffDelimiter(text);
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: delim,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    const line = typeof err.lines === 'number' ? err.lines : undefined;
    throw new CliError(
      L(
        `Không đọc được CSV ${file}${line ? ` (quanh dòng ${line})` : ''}: ${err.message ?? String(e)}`,
        `Cannot read CSV ${file}${line ? ` (near line ${line})` : ''}: ${err.message ?? String(e)}`,
      ),
    );
  }
  return { file, rows: records.map((cells, n) => ({ row: n + 1, cells })) };
}

/** A cell value of exceljs as a plain cell. */
function fromExcel(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('result' in o) return fromExcel(o.result);
    if ('formula' in o || 'sharedFormula' in o) return `=${String(o.formula ?? o.sharedFormula)}`; // no cached result
    if (typeof o.text === 'string') return o.text; // hyperlink
    if ('error' in o) return String(o.error); // #N/A, #DIV/0! …
  }
  return String(v);
}

/** Read every worksheet of an XLSX workbook. */
export async function readXlsx(buf: Uint8Array, file: string): Promise<Sheet[]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw notSpreadsheet(file, `không mở được như sổ tính XLSX: ${(e as Error).message}`, `cannot be opened as an XLSX workbook: ${(e as Error).message}`);
  }
  const sheets: Sheet[] = [];
  wb.eachSheet((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as unknown[];
      const cells: Cell[] = [];
      for (let c = 1; c < values.length; c++) cells.push(fromExcel(values[c]));
      rows.push({ row: number, cells });
    });
    sheets.push({ file, sheet: ws.name, rows });
  });
  return sheets;
}

/** Read an input file (or `-` for standard input) and tell what it is: CSV, XLSX or JSON. */
export async function readSource(path: string, options: { delimiter?: string; stdin?: () => Promise<Buffer> } = {}): Promise<SourceFile> {
  const file = path === '-' ? '(stdin)' : path;
  let buf: Buffer;
  if (path === '-') {
    buf = options.stdin ? await options.stdin() : await readStdin();
  } else {
    try {
      if (statSync(path).isDirectory()) throw new Error('is a directory');
      buf = readFileSync(path);
    } catch (e) {
      throw new CliError(
        L(`Không đọc được tệp ${file}: ${(e as Error).message}`, `Cannot read file ${file}: ${(e as Error).message}`),
      );
    }
  }
  if (buf.length === 0 || (buf.length <= 3 && buf.every((b) => b === 0xef || b === 0xbb || b === 0xbf))) {
    throw new CliError(L(`Tệp ${file} rỗng: không có dòng tiêu đề, không có đơn vị nào`, `File ${file} is empty: no header row, no units`));
  }
  const ext = extname(path).toLowerCase();
  if (startsWith(buf, OLE)) {
    throw notSpreadsheet(file, 'sổ tính Excel 97–2003 (.xls): hãy lưu lại dưới dạng .xlsx', 'an Excel 97–2003 workbook (.xls): save it as .xlsx');
  }
  if (startsWith(buf, ZIP)) return { kind: 'xlsx', file, sheets: await readXlsx(buf, file) };
  if (ext === '.xlsx' || ext === '.xlsm') throw notSpreadsheet(file, 'phần mở rộng .xlsx nhưng nội dung không phải XLSX', 'named .xlsx but the content is not XLSX');
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') throw notSpreadsheet(file, 'tệp PDF', 'a PDF file');
  const text = decodeText(buf, file);
  if (text.trim() === '') throw new CliError(L(`Tệp ${file} rỗng: không có dòng tiêu đề, không có đơn vị nào`, `File ${file} is empty: no header row, no units`));
  const head = text.trimStart()[0];
  if (ext === '.json' || ((head === '{' || head === '[') && ext !== '.csv' && ext !== '.tsv' && ext !== '.txt')) {
    try {
      return { kind: 'json', file, data: JSON.parse(text) as unknown };
    } catch (e) {
      throw new CliError(L(`JSON không hợp lệ trong ${file}: ${(e as Error).message}`, `Invalid JSON in ${file}: ${(e as Error).message}`));
    }
  }
  return { kind: 'csv', file, sheets: [readCsvText(text, file, options.delimiter ?? (ext === '.tsv' ? '\t' : undefined))] };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
