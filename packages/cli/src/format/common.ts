import { STATUS_LABELS, type Citation, type IndicatorResult, type Lang, type Provenance, type Status } from '@tieuchi/core';
import type { Source } from '../input/problems.js';

/** Words used in every report. */
export const WORDS = {
  set: { vi: 'Bộ tiêu chí', en: 'Criteria set' },
  version: { vi: 'phiên bản', en: 'version' },
  asOf: { vi: 'Ngày đánh giá', en: 'As of' },
  units: { vi: 'đơn vị', en: 'units' },
  source: { vi: 'Nguồn', en: 'Source' },
  id: { vi: 'Mã', en: 'Id' },
  name: { vi: 'Tên', en: 'Name' },
  region: { vi: 'Vùng', en: 'Region' },
  result: { vi: 'Kết quả', en: 'Result' },
  criteria: { vi: 'Tiêu chí', en: 'Criteria' },
  criterion: { vi: 'Tiêu chí', en: 'Criterion' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  progress: { vi: 'Tiến độ', en: 'Progress' },
  code: { vi: 'Mã', en: 'Code' },
  status: { vi: 'Kết quả', en: 'Status' },
  actual: { vi: 'Thực tế', en: 'Actual' },
  requirement: { vi: 'Yêu cầu', en: 'Requirement' },
  gap: { vi: 'Còn thiếu', en: 'Gap' },
  citation: { vi: 'Trích dẫn', en: 'Citation' },
  provenance: { vi: 'Mức xác minh', en: 'Provenance' },
  problems: { vi: 'Vấn đề trong dữ liệu đầu vào', en: 'Problems in the input' },
  unresolved: { vi: 'Đơn vị không có bộ tiêu chí', en: 'Units without a criteria set' },
  metCriteria: { vi: 'Đạt các tiêu chí', en: 'Criteria met' },
  noData: { vi: 'thiếu dữ liệu', en: 'no data' },
  invalid: { vi: 'dữ liệu không hợp lệ', en: 'invalid data' },
  item: { vi: 'mục', en: 'item' },
  row: { vi: 'dòng', en: 'row' },
  file: { vi: 'tệp', en: 'file' },
} as const;

export const MARK: Readonly<Record<Status, string>> = { met: '✔', 'not-met': '✘', unknown: '?' };

export const PROVENANCE_LABELS: Readonly<Record<Provenance, { vi: string; en: string }>> = {
  verified: { vi: 'đã xác minh', en: 'verified' },
  partial: { vi: 'xác minh một phần', en: 'partly verified' },
  unverified: { vi: 'chưa xác minh', en: 'unverified' },
};

export const w = (k: keyof typeof WORDS, lang: Lang): string => WORDS[k][lang];
export const statusText = (s: Status, lang: Lang): string => STATUS_LABELS[s][lang];

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4, useGrouping: false });
const enNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4, useGrouping: false });

/** A number as a reader of the language writes it (52,3 in Vietnamese), without thousands separators. */
export function num(n: number, lang: Lang): string {
  return (lang === 'vi' ? viNumber : enNumber).format(n);
}

/** An indicator's actual value for a report. */
export function showActual(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return '—';
  if (v === 'n/a') return lang === 'vi' ? 'không áp dụng' : 'not applicable';
  if (typeof v === 'boolean') return v ? (lang === 'vi' ? 'có / đạt' : 'yes') : lang === 'vi' ? 'không / chưa đạt' : 'no';
  if (typeof v === 'number') return num(v, lang);
  if (Array.isArray(v)) return lang === 'vi' ? `${v.length} đơn vị` : `${v.length} units`;
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${k}=${showActual(x, lang)}`)
      .join(', ');
  }
  return String(v);
}

/** "318/QĐ-TTg, Phụ lục I, mục 10". */
export function citationText(c: Citation, lang: Lang): string {
  return [c.decision, c.part, c.item !== undefined ? `${w('item', lang)} ${c.item}` : undefined].filter((x) => x !== undefined && x !== '').join(', ');
}

/** "a.csv:5", "a.xlsx[Xã]:5", "a.json#3". */
export function sourceText(s: Source): string {
  const f = s.sheet !== undefined ? `${s.file}[${s.sheet}]` : s.file;
  if (s.row !== undefined) return `${f}:${s.row}`;
  if (s.item !== undefined) return `${f}#${s.item}`;
  return f;
}

/** "96%". */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Why an indicator is what it is, in a few words (for unknown and not-met rows). */
export function why(i: IndicatorResult, lang: Lang): string {
  if (i.status === 'met') return i.notApplicable ? (lang === 'vi' ? 'không áp dụng' : 'not applicable') : '';
  if (i.invalid.length > 0) return w('invalid', lang);
  if (i.missing.length > 0) return w('noData', lang);
  if (i.reason) return i.reason[lang];
  return '';
}

/** The gap for a report: blank when met or not measurable. */
export function gapText(i: IndicatorResult, lang: Lang): string {
  return i.gap !== null && i.gap > 0 ? num(i.gap, lang) : '';
}

/** Display width of a string (code points; the text is NFC, so Vietnamese letters are one each). */
export function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

/** A plain text table: columns padded to their widest cell; the last column is not padded (long labels go last). */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => {
        if (c === cells.length - 1) return cell;
        const pad = ' '.repeat(Math.max(0, (widths[c] ?? 0) - width(cell)));
        return right.has(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((x, c) => '─'.repeat(c === widths.length - 1 ? Math.max(x, 3) : x)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
