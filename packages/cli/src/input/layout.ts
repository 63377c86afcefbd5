import { basename, extname } from 'node:path';
import { L } from '../lang.js';
import { cellText, isBlank, normaliseText, type Cell } from './cells.js';
import type { Sheet } from './files.js';
import { columnLetter, type InputProblem, type Source } from './problems.js';

/** The unit fields a row (or a template) may give besides indicator values. */
export const META_FIELDS = ['id', 'name', 'region', 'province', 'category', 'zone', 'group', 'recognized'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** Header words for each unit field (compared lower-case, accents kept, text in parentheses ignored). */
const META_ALIASES: Readonly<Record<MetaField, readonly string[]>> = {
  id: ['id', 'mã đơn vị', 'mã xã', 'ma don vi', 'unit id'],
  name: ['name', 'tên', 'tên đơn vị', 'tên xã', 'ten', 'ten don vi'],
  region: ['region', 'vùng', 'vung'],
  province: ['province', 'tỉnh', 'tinh'],
  category: ['category', 'categories', 'loại', 'loại xã', 'loai'],
  zone: ['zone', 'vùng tỉnh', 'khu vực'],
  group: ['group', 'nhóm', 'nhóm xã', 'nhom'],
  recognized: ['recognized', 'đã công nhận', 'công nhận'],
};
const CODE_ALIASES = ['code', 'mã chỉ tiêu', 'mã', 'ma'];
const VALUE_ALIASES = ['value', 'giá trị', 'số liệu', 'gia tri'];

/** A header word as compared: lower-case NFC, without a trailing "(…)" gloss or ":". */
export function headerWord(c: Cell): string {
  return normaliseText(cellText(c))
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/:$/, '')
    .toLowerCase();
}

function metaOf(word: string): MetaField | undefined {
  for (const f of META_FIELDS) if (META_ALIASES[f].includes(word)) return f;
  return undefined;
}

/** An indicator code as a law writes it (1.1, 17.10, 5a), optionally with a field (5.soTruong). */
const CODE_LIKE = /^\d+(?:\.\d+)*[a-z]?(?:\.[A-Za-zÀ-ỹ_][\wÀ-ỹ]*)?$/;

/** How a header or template code was written: text as is, or a number (which loses "17.10" → 17.1). */
export interface KeyInfo {
  /** The header text (or template code), trimmed and NFC. */
  readonly key: string;
  /** True when the spreadsheet cell held a number, not text. */
  readonly numeric: boolean;
  /** Column letter (row layout) or form row (template). */
  readonly column?: string;
  readonly row?: number;
}

/** A sheet (or CSV) read with one of the two layouts. */
export interface Block {
  readonly file: string;
  readonly sheet?: string;
  readonly layout: 'rows' | 'template';
  readonly headerRow: number;
  /** Unit fields present (as columns, or as template rows). */
  readonly meta: ReadonlySet<MetaField>;
  /** Indicator keys (headers / template codes) other than unit fields. */
  readonly keys: ReadonlyMap<string, KeyInfo>;
  readonly units: readonly RawUnit[];
  /** Data rows read (non-blank rows after the header; 1 for a template). */
  readonly dataRows: number;
  readonly blankRows: number;
  readonly problems: readonly InputProblem[];
}

/** One unit as read, before the set is known. */
export interface RawUnit {
  readonly source: Source;
  readonly block: Block | undefined;
  /** Unit fields (row / template layouts). */
  readonly meta: Partial<Record<MetaField, Cell>>;
  /** The cell under an indicator key. */
  get(key: string): Cell;
  /** Where that cell is (for messages). */
  locate(key: string): { row?: number; cell?: string };
  /** A JSON unit as given. */
  readonly json?: unknown;
  /** The id to use when the unit has none. */
  readonly fallbackId: string;
  /** A unit of a data-entry form (`tieuchi template`): an empty id is expected, not an error. */
  readonly form?: boolean;
}

const stem = (file: string): string => basename(file, extname(file));

function findHeader(sheet: Sheet): { index: number; layout: 'rows' | 'template' } | undefined {
  let seen = 0;
  for (let i = 0; i < sheet.rows.length && seen < 20; i++) {
    const cells = (sheet.rows[i] as { cells: readonly Cell[] }).cells;
    if (cells.every(isBlank)) continue;
    seen++;
    const words = cells.map(headerWord);
    if (words.some((w) => CODE_ALIASES.includes(w)) && words.some((w) => VALUE_ALIASES.includes(w))) return { index: i, layout: 'template' };
    const metas = words.filter((w) => metaOf(w) !== undefined);
    const codes = cells.filter((c) => (typeof c === 'number' ? c > 0 : CODE_LIKE.test(normaliseText(cellText(c)))));
    if (metas.includes('id') || words.includes('id') || metas.length + codes.length >= 2) return { index: i, layout: 'rows' };
  }
  return undefined;
}

function keyOf(c: Cell): string {
  return normaliseText(cellText(c));
}

function preambleProblem(sheet: Sheet, headerIndex: number): InputProblem[] {
  const before = sheet.rows.slice(0, headerIndex).filter((r) => !r.cells.every(isBlank));
  if (before.length === 0) return [];
  const header = sheet.rows[headerIndex]!.row;
  const rows = before.map((r) => r.row).join(', ');
  return [{
    severity: 'warning',
    code: 'PREAMBLE_IGNORED',
    file: sheet.file,
    ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}),
    row: before[0]!.row,
    message: L(
      `Các dòng ${rows} nằm trên dòng tiêu đề (dòng ${header}) nên không được đọc như dữ liệu`,
      `Rows ${rows} are above the header row (row ${header}) and are not read as data`,
    ),
  }];
}

function rowsBlock(sheet: Sheet, headerIndex: number, multiSheet: boolean): Block {
  const headerRow = sheet.rows[headerIndex]!;
  const at = { file: sheet.file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}) };
  const problems: InputProblem[] = preambleProblem(sheet, headerIndex);
  const metaCol = new Map<MetaField, number>();
  const keyCol = new Map<string, number>();
  const keys = new Map<string, KeyInfo>();
  const firstOf = new Map<string, number>();
  const data = sheet.rows.slice(headerIndex + 1);
  const width = headerRow.cells.length;
  headerRow.cells.forEach((h, c) => {
    const letter = columnLetter(c);
    if (isBlank(h)) {
      const filled = data.filter((r) => !isBlank(r.cells[c])).length;
      if (filled > 0) {
        problems.push({
          severity: 'warning', code: 'UNNAMED_COLUMN', ...at, row: headerRow.row, column: letter, cell: `${letter}${headerRow.row}`,
          message: L(`Cột ${letter} có ${filled} ô dữ liệu nhưng không có tiêu đề nên không được đọc`, `Column ${letter} has ${filled} values but no header, so it is not read`),
        });
      }
      return;
    }
    const word = headerWord(h);
    const meta = metaOf(word);
    const key = meta ?? keyOf(h);
    const prev = firstOf.get(key);
    if (prev !== undefined) {
      problems.push({
        severity: 'error', code: 'DUPLICATE_COLUMN', ...at, row: headerRow.row, column: key, cell: `${letter}${headerRow.row}`,
        message: L(
          `Cột "${key}" xuất hiện hai lần (cột ${columnLetter(prev)} và ${letter}); chỉ đọc cột ${columnLetter(prev)}, các giá trị ở cột ${letter} bị bỏ qua`,
          `Column "${key}" appears twice (columns ${columnLetter(prev)} and ${letter}); only ${columnLetter(prev)} is read, the values in ${letter} are ignored`,
        ),
      });
      return;
    }
    firstOf.set(key, c);
    if (meta) metaCol.set(meta, c);
    else {
      keyCol.set(key, c);
      keys.set(key, { key, numeric: typeof h === 'number', column: letter });
    }
  });
  if (!metaCol.has('id')) {
    problems.push({
      severity: 'error', code: 'MISSING_COLUMN', ...at, row: headerRow.row, column: 'id',
      message: L(
        `Thiếu cột bắt buộc "id" (mã đơn vị); mỗi đơn vị được đặt mã theo tên tệp và số dòng`,
        `Required column "id" (unit id) is missing; each unit is given an id made of the file name and row number`,
      ),
    });
  }

  const block: { -readonly [K in keyof Block]: Block[K] } = {
    ...at, layout: 'rows', headerRow: headerRow.row, meta: new Set(metaCol.keys()), keys, units: [], dataRows: 0, blankRows: 0, problems,
  };
  const units: RawUnit[] = [];
  const prefix = multiSheet && sheet.sheet !== undefined ? `${stem(sheet.file)}-${sheet.sheet}` : stem(sheet.file);
  for (const r of data) {
    if (r.cells.every(isBlank)) {
      block.blankRows++;
      continue;
    }
    block.dataRows++;
    const cells = r.cells;
    const extra: string[] = [];
    for (let c = width; c < cells.length; c++) if (!isBlank(cells[c])) extra.push(`${columnLetter(c)}${r.row}`);
    if (extra.length > 0) {
      problems.push({
        severity: 'warning', code: 'EXTRA_CELLS', ...at, row: r.row, cell: extra.join(' '),
        message: L(`Có ô dữ liệu bên phải cột tiêu đề cuối cùng (${extra.join(', ')}), không được đọc`, `Cells to the right of the last header (${extra.join(', ')}) are not read`),
      });
    }
    const meta: Partial<Record<MetaField, Cell>> = {};
    for (const [f, c] of metaCol) meta[f] = cells[c];
    const row = r.row;
    units.push({
      source: { ...at, row },
      block,
      meta,
      get: (key) => {
        const c = keyCol.get(key);
        return c === undefined ? undefined : cells[c];
      },
      locate: (key) => {
        const c = keyCol.get(key) ?? metaCol.get(key as MetaField);
        return c === undefined ? { row } : { row, cell: `${columnLetter(c)}${row}` };
      },
      fallbackId: `${prefix}#${row}`,
    });
  }
  block.units = units;
  return block;
}

function templateBlock(sheet: Sheet, headerIndex: number, multiSheet: boolean): Block {
  const headerRow = sheet.rows[headerIndex]!;
  const at = { file: sheet.file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}) };
  const problems: InputProblem[] = preambleProblem(sheet, headerIndex);
  const words = headerRow.cells.map(headerWord);
  const codeCol = words.findIndex((w) => CODE_ALIASES.includes(w));
  const valueCol = words.findIndex((w) => VALUE_ALIASES.includes(w));
  const valueLetter = columnLetter(valueCol);
  const meta: Partial<Record<MetaField, Cell>> = {};
  const metaRows = new Map<string, number>();
  const values = new Map<string, { cell: Cell; row: number }>();
  const keys = new Map<string, KeyInfo>();
  let blankRows = 0;
  for (const r of sheet.rows.slice(headerIndex + 1)) {
    const codeCell = r.cells[codeCol];
    const value = r.cells[valueCol];
    if (isBlank(codeCell)) {
      if (r.cells.every(isBlank)) blankRows++;
      if (!isBlank(value)) {
        problems.push({
          severity: 'warning', code: 'VALUE_WITHOUT_CODE', ...at, row: r.row, cell: `${valueLetter}${r.row}`,
          message: L(`Dòng ${r.row} có giá trị nhưng không có mã nên không được đọc`, `Row ${r.row} has a value but no code, so it is not read`),
        });
      }
      continue;
    }
    const m = metaOf(headerWord(codeCell));
    const key = m ?? keyOf(codeCell);
    const first = m ? metaRows.get(m) : values.get(key)?.row;
    if (first !== undefined) {
      problems.push({
        severity: 'error', code: 'DUPLICATE_CODE', ...at, row: r.row, column: key, cell: `${valueLetter}${r.row}`,
        message: L(`Mã "${key}" có ở cả dòng ${first} và dòng ${r.row}; chỉ đọc dòng ${first}`, `Code "${key}" is on both row ${first} and row ${r.row}; only row ${first} is read`),
      });
      continue;
    }
    if (m) {
      meta[m] = value;
      metaRows.set(m, r.row);
    } else {
      values.set(key, { cell: value, row: r.row });
      keys.set(key, { key, numeric: typeof codeCell === 'number', row: r.row });
    }
  }
  const idRow = metaRows.get('id');
  const block: Block = {
    ...at,
    layout: 'template',
    headerRow: headerRow.row,
    meta: new Set(metaRows.keys() as Iterable<MetaField>),
    keys,
    units: [],
    dataRows: 1,
    blankRows,
    problems,
  };
  const unit: RawUnit = {
    source: { ...at, row: idRow ?? headerRow.row },
    block,
    meta,
    get: (key) => values.get(key)?.cell,
    locate: (key) => {
      const row = values.get(key)?.row ?? metaRows.get(key);
      return row === undefined ? {} : { row, cell: `${valueLetter}${row}` };
    },
    fallbackId: multiSheet && sheet.sheet !== undefined ? `${stem(sheet.file)}-${sheet.sheet}` : stem(sheet.file),
    form: true,
  };
  (block as unknown as { units: RawUnit[] }).units = [unit];
  return block;
}

/** The blocks of a sheet-based file; sheets without a header row are skipped with a problem. None at all: undefined. */
export function readBlocks(sheets: readonly Sheet[]): { blocks: Block[]; problems: InputProblem[] } {
  const blocks: Block[] = [];
  const problems: InputProblem[] = [];
  const multi = sheets.length > 1;
  for (const s of sheets) {
    const nonBlank = s.rows.filter((r) => !r.cells.every(isBlank)).length;
    if (nonBlank === 0) continue;
    const h = findHeader(s);
    if (!h) {
      problems.push({
        severity: 'warning', code: 'SHEET_SKIPPED', file: s.file, ...(s.sheet !== undefined ? { sheet: s.sheet } : {}),
        message: L(
          `Không tìm thấy dòng tiêu đề (cột id và các cột mã chỉ tiêu, hoặc cột code và value của mẫu nhập liệu) trong 20 dòng đầu; ${nonBlank} dòng không được đọc`,
          `No header row (an id column and indicator-code columns, or the code and value columns of a template) in the first 20 rows; ${nonBlank} rows are not read`,
        ),
      });
      continue;
    }
    blocks.push(h.layout === 'template' ? templateBlock(s, h.index, multi) : rowsBlock(s, h.index, multi));
  }
  return { blocks, problems };
}

/** The units of a JSON document: a list of units, or `{ units: [...] }`. */
export function jsonUnits(file: string, data: unknown): RawUnit[] | undefined {
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null && Array.isArray((data as { units?: unknown }).units) ? (data as { units: unknown[] }).units : undefined;
  if (!list) return undefined;
  // A JSON form made by `tieuchi template` names its set under "template" and holds one unit.
  const form = typeof data === 'object' && data !== null && typeof (data as { template?: unknown }).template === 'string' && list.length === 1;
  return list.map((u, n) => ({
    source: { file, item: n + 1 },
    block: undefined,
    meta: {},
    get: () => undefined,
    locate: () => ({}),
    json: u,
    fallbackId: form ? stem(file) : `${stem(file)}#${n + 1}`,
    ...(form ? { form: true } : {}),
  }));
}
