import type { IssueCode, Label, Lang } from '@tieuchi/core';
import type { CellProblemCode } from './cells.js';

/** Where a unit came from: a file, a worksheet, a row (CSV/XLSX) or an item of a JSON list (1-based). */
export interface Source {
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly item?: number;
}

/** Codes of problems the command finds in input files (evaluator issue codes are reused for the unit's data). */
export type ProblemCode =
  | CellProblemCode
  /** A column the command needs (`id`), or one the set needs for these units (`region`, `zone`, `group`), is absent. */
  | 'MISSING_COLUMN'
  /** No column is an indicator of the set. */
  | 'NO_VALUE_COLUMNS'
  /** Indicators of the set with no column (unknown for every unit of the file). */
  | 'INDICATORS_WITHOUT_COLUMN'
  /** A column with values but no header. */
  | 'UNNAMED_COLUMN'
  /** Two columns with the same header: the first is read. */
  | 'DUPLICATE_COLUMN'
  /** A header that is neither a unit field nor an indicator of the set: its values are not read. */
  | 'UNKNOWN_COLUMN'
  /** A header typed as a number that could be two indicator codes (17.1 / 17.10). */
  | 'AMBIGUOUS_COLUMN'
  /** Cells to the right of the last header. */
  | 'EXTRA_CELLS'
  /** Non-empty rows above the header row. */
  | 'PREAMBLE_IGNORED'
  /** A worksheet with rows but no header row. */
  | 'SHEET_SKIPPED'
  /** A template row with a value but no code. */
  | 'VALUE_WITHOUT_CODE'
  /** A template with the same code on two rows: the first is read. */
  | 'DUPLICATE_CODE'
  /** A unit without an id: one is made from the file name and row. */
  | 'EMPTY_ID'
  /** Two units with the same id (both are evaluated). */
  | 'DUPLICATE_ID'
  /** A file or sheet with a header but no data rows. */
  | 'NO_DATA_ROWS'
  /** `auto`: no set in the catalog is in force for the unit. */
  | 'NO_SET_FOR_UNIT'
  /** The JSON document is not a list of units. */
  | 'NOT_A_UNIT_LIST'
  | IssueCode;

/** A problem in the input, located as precisely as possible. */
export interface InputProblem {
  readonly severity: 'error' | 'warning';
  readonly code: ProblemCode;
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly item?: number;
  /** The column header (row layout), or the code of a template row, or the field of a JSON unit. */
  readonly column?: string;
  /** Spreadsheet reference of the cell, e.g. "F12". */
  readonly cell?: string;
  /** Id of the unit concerned. */
  readonly unit?: string;
  readonly message: Label;
}

/** "file.csv [Sheet1], dòng 5, cột "10" (ô F5)". */
export function where(p: Omit<InputProblem, 'message' | 'code' | 'severity'>, lang: Lang): string {
  const parts = [p.sheet !== undefined ? `${p.file} [${p.sheet}]` : p.file];
  if (p.row !== undefined) parts.push(lang === 'vi' ? `dòng ${p.row}` : `row ${p.row}`);
  if (p.item !== undefined) parts.push(lang === 'vi' ? `phần tử ${p.item}` : `item ${p.item}`);
  if (p.column !== undefined) {
    const col = lang === 'vi' ? `cột "${p.column}"` : `column "${p.column}"`;
    parts.push(p.cell !== undefined ? `${col} (${lang === 'vi' ? 'ô' : 'cell'} ${p.cell})` : col);
  }
  return parts.join(', ');
}

/** One line per problem: "lỗi  a.csv, dòng 5, cột "10" (ô F5) [xa-a]: Cần một số… [NOT_A_NUMBER]". */
export function formatProblem(p: InputProblem, lang: Lang): string {
  const sev = p.severity === 'error' ? (lang === 'vi' ? 'lỗi' : 'error') : lang === 'vi' ? 'cảnh báo' : 'warning';
  const unit = p.unit !== undefined ? ` [${p.unit}]` : '';
  return `${sev}: ${where(p, lang)}${unit}: ${p.message[lang]} [${p.code}]`;
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
