import type { Input, Label, ScalarInput } from '@tieuchi/core';
import { L } from '../lang.js';

/**
 * A cell as the readers hand it over: text (CSV, text cells of XLSX), a number, a boolean or a date (typed XLSX
 * cells), or nothing.
 */
export type Cell = string | number | boolean | Date | null | undefined;

/** Why a cell could not be read as its indicator's input asks (the raw value is passed on to the evaluator). */
export type CellProblemCode =
  | 'NOT_A_NUMBER'
  | 'AMBIGUOUS_NUMBER'
  | 'NOT_YES_NO'
  | 'NOT_AN_OPTION'
  | 'NOT_A_DATE'
  | 'NOT_A_LIST'
  | 'NOT_AN_OBJECT';

/** What a cell holds once read for an input. */
export type CellReading =
  /** Blank: no data (never "not met", never "met"). */
  | { readonly kind: 'empty' }
  /** A value of the input's type, or "n/a". */
  | { readonly kind: 'value'; readonly value: unknown }
  /**
   * Unreadable for this input: the raw value goes to the evaluator unchanged, so it reports a coded issue and the
   * indicator is unknown. Never dropped, never counted as met.
   */
  | { readonly kind: 'raw'; readonly value: string | number | boolean; readonly problem: { readonly code: CellProblemCode; readonly message: Label } };

/** The answer "not applicable", for indicators that apply only "(nếu có)". */
export const NOT_APPLICABLE = 'n/a';

const NA_WORDS = new Set(['n/a', 'na', 'không áp dụng', 'khong ap dung']);
const YES = new Set(['đạt', 'dat', 'x', 'có', 'co', 'true', 'yes', 'đúng', 'dung', '✓', '✔']);
const NO = new Set(['chưa đạt', 'chua dat', 'không đạt', 'khong dat', 'không', 'khong', 'false', 'no', 'sai']);

/** Trimmed, NFC, inner runs of white space made one space (a value typed on a phone or pasted from Word). */
export function normaliseText(s: string): string {
  // Fast path: printable ASCII without spaces (codes, numbers, most ids) is already normal.
  if (!/[^\x21-\x7e]/.test(s)) return s;
  return s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

const lower = (s: string): string => normaliseText(s).toLowerCase();

/** ISO date of a Date cell (XLSX stores dates as serials read as UTC midnight). */
export function isoOfDate(d: Date): string | undefined {
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/** A cell as plain text (for messages and for raw pass-through). */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return isoOfDate(c) ?? 'Invalid Date';
  return typeof c === 'string' ? c : String(c);
}

/** True for a blank cell: nothing, or only white space. */
export function isBlank(c: Cell): boolean {
  return c === null || c === undefined || (typeof c === 'string' && (c === '' || /^[\s\u00a0]*$/.test(c)));
}

const show = (c: Cell): string => JSON.stringify(cellText(c));

function raw(c: Exclude<Cell, null | undefined>, code: CellProblemCode, message: Label): CellReading {
  const value = c instanceof Date ? cellText(c) : c;
  return { kind: 'raw', value, problem: { code, message } };
}

/** "52,3", "52.3", "-1", "96,1 %" (percent only). Thousands separators are refused: "1.234" is 1234 in Vietnamese, 1.234 in English. */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const AMBIGUOUS = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * Read a number written by a person: a decimal comma ("52,3") or point ("52.3"); for a percent, an optional "%".
 * Returns the number, or a problem. Exported for tests.
 */
export function readNumber(text: string, percent: boolean): { ok: true; value: number } | { ok: false; code: CellProblemCode; message: Label } {
  let s = normaliseText(text);
  if (percent) s = s.replace(/\s*%$/, '');
  if (NUMBER.test(s)) {
    if (AMBIGUOUS.test(s)) {
      return {
        ok: false,
        code: 'AMBIGUOUS_NUMBER',
        message: L(
          `"${text}" có thể là số thập phân hoặc số có dấu phân cách hàng nghìn: viết ${s.replace(/[.,]/, '')} nếu là số nguyên, hoặc ${s.replace('.', ',')}0 nếu là số thập phân`,
          `"${text}" could be a decimal or a number with a thousands separator: write ${s.replace(/[.,]/, '')} for the whole number, or ${s.replace(',', '.')}0 for the decimal`,
        ),
      };
    }
    return { ok: true, value: Number(s.replace(',', '.')) };
  }
  return {
    ok: false,
    code: 'NOT_A_NUMBER',
    message: L(
      `Cần một số (dấu thập phân là dấu phẩy hoặc dấu chấm${percent ? ', có thể kèm %' : ''}), nhận được "${text}"`,
      `Expected a number (decimal comma or point${percent ? ', optionally with %' : ''}), received "${text}"`,
    ),
  };
}

/** dd/mm/yyyy (Vietnamese), d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, or YYYY-MM-DD. */
function readDate(text: string): string | undefined {
  const s = normaliseText(text);
  let y: number;
  let m: number;
  let d: number;
  let hit = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (hit) [y, m, d] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  else {
    hit = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (!hit) return undefined;
    [d, m, y] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  }
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : undefined;
}

function readScalar(input: ScalarInput, c: Exclude<Cell, null | undefined>): CellReading {
  switch (input.kind) {
    case 'number':
    case 'percent':
    case 'count': {
      if (typeof c === 'number') return { kind: 'value', value: c };
      if (typeof c === 'string') {
        const r = readNumber(c, input.kind === 'percent');
        return r.ok ? { kind: 'value', value: r.value } : raw(c, r.code, r.message);
      }
      if (c instanceof Date) {
        return raw(c, 'NOT_A_NUMBER', L(
          `Cần một số, nhận được ngày ${show(c)} (bảng tính có thể đã tự đổi số thành ngày; định dạng ô là Số hoặc Văn bản)`,
          `Expected a number, received the date ${show(c)} (the spreadsheet may have turned a number into a date; format the cell as Number or Text)`,
        ));
      }
      return raw(c, 'NOT_A_NUMBER', L(`Cần một số, nhận được ${show(c)}`, `Expected a number, received ${show(c)}`));
    }
    case 'boolean': {
      if (typeof c === 'boolean') return { kind: 'value', value: c };
      const t = lower(cellText(c));
      if (YES.has(t)) return { kind: 'value', value: true };
      if (NO.has(t)) return { kind: 'value', value: false };
      return raw(c, 'NOT_YES_NO', L(
        `Cần "đạt" (x, có, true) hoặc "chưa đạt" (không, false), nhận được ${show(c)}`,
        `Expected "đạt" (x, có, true) or "chưa đạt" (không, false), received ${show(c)}`,
      ));
    }
    case 'choice': {
      const t = normaliseText(cellText(c));
      if (input.options.includes(t)) return { kind: 'value', value: t };
      const lt = t.toLowerCase();
      for (const o of input.options) {
        const label = input.labels?.[o];
        if (o.toLowerCase() === lt || (label && (lower(label.vi) === lt || lower(label.en) === lt))) return { kind: 'value', value: o };
      }
      return raw(c, 'NOT_AN_OPTION', L(
        `Cần một trong: ${input.options.join(', ')}; nhận được ${show(c)}`,
        `Expected one of: ${input.options.join(', ')}; received ${show(c)}`,
      ));
    }
    case 'date': {
      if (c instanceof Date) {
        const iso = isoOfDate(c);
        if (iso) return { kind: 'value', value: iso };
      }
      if (typeof c === 'string') {
        const iso = readDate(c);
        if (iso) return { kind: 'value', value: iso };
      }
      return raw(c, 'NOT_A_DATE', L(
        `Cần một ngày (dd/mm/yyyy hoặc YYYY-MM-DD), nhận được ${show(c)}`,
        `Expected a date (dd/mm/yyyy or YYYY-MM-DD), received ${show(c)}`,
      ));
    }
  }
}

/**
 * Read one cell for an indicator's input.
 * - Blank → no data. "n/a" (or "không áp dụng") → "n/a", whatever the input; the evaluator accepts it only for
 *   "(nếu có)" indicators.
 * - Numbers (number, percent, count): typed numbers as they are; text with a decimal comma or point ("52,3",
 *   "52.3"), and "%" after a percent. Text that could be a thousands separator ("1.234", "52,300") is refused.
 * - Yes/no: đạt, x, có, true, yes / chưa đạt, không đạt, không, false, no (any case, with or without accents).
 * - Choice: the option, or its Vietnamese or English label (any case). Date: dd/mm/yyyy, YYYY-MM-DD, or a date cell.
 * - Child results (`children`): a JSON list `[{"id": "…", "status": "met"}]`. Several fields (`fields`): a JSON object
 *   (or one column per field, see `readFields`).
 * Anything else is passed through raw with a problem, for the evaluator to report as a coded issue.
 */
export function readCell(input: Input, c: Cell): CellReading {
  if (isBlank(c)) return { kind: 'empty' };
  const cell = c as Exclude<Cell, null | undefined>;
  if (typeof cell === 'string' && cell.length <= 20 && !/^[\s\d.,+-]+$/.test(cell) && NA_WORDS.has(lower(cell))) return { kind: 'value', value: NOT_APPLICABLE };
  if (input.kind === 'children' || input.kind === 'fields') {
    const want = input.kind === 'children' ? 'list' : 'object';
    if (typeof cell === 'string') {
      try {
        const v: unknown = JSON.parse(cell);
        if (want === 'list' ? Array.isArray(v) : typeof v === 'object' && v !== null && !Array.isArray(v)) return { kind: 'value', value: v };
      } catch {
        // fall through to the problem
      }
    }
    return want === 'list'
      ? raw(cell, 'NOT_A_LIST', L(
          `Cần danh sách đơn vị con dạng JSON, ví dụ [{"id":"xa-a","status":"met"}]; nhận được ${show(cell)}`,
          `Expected a JSON list of child units, e.g. [{"id":"xa-a","status":"met"}]; received ${show(cell)}`,
        ))
      : raw(cell, 'NOT_AN_OBJECT', L(
          `Cần một đối tượng JSON (hoặc dùng một cột cho mỗi trường, ví dụ "5.soTruong"); nhận được ${show(cell)}`,
          `Expected a JSON object (or use one column per field, e.g. "5.soTruong"); received ${show(cell)}`,
        ));
  }
  return readScalar(input, cell);
}
