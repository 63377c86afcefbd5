// Test data: the catalog's synthetic communes, flattened into spreadsheet rows as an official would type them.
import { writeFileSync } from 'node:fs';
import { samples, type SampleCommune } from '@tieuchi/catalog';
import { stringify } from 'csv-stringify/sync';

/** A cell as typed: numbers with a Vietnamese decimal comma, yes/no as đạt / chưa đạt. */
export function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'đạt' : 'chưa đạt';
  if (typeof v === 'number') return String(v).replace('.', ',');
  return String(v);
}

/** One row: unit fields, then one column per code ("5.soTruong" for fields). */
export function flatten(u: SampleCommune): Record<string, string> {
  const row: Record<string, string> = { id: u.id, name: u.name, region: u.region, province: u.province, category: u.category.join(';') };
  for (const [code, v] of Object.entries(u.values)) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) for (const [f, x] of Object.entries(v)) row[`${code}.${f}`] = cell(x);
    else row[code] = cell(v);
  }
  return row;
}

/** Columns in first-seen order. */
export function columnsOf(rows: readonly Record<string, string>[]): string[] {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return cols;
}

export function csvText(rows: readonly Record<string, string>[], columns = columnsOf(rows), delimiter = ','): string {
  return stringify([columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))], { delimiter });
}

export function writeCsv(path: string, rows: readonly Record<string, string>[], columns?: string[]): string[] {
  const cols = columns ?? columnsOf(rows);
  writeFileSync(path, csvText(rows, cols));
  return cols;
}

export const communes = samples.communes;
export const AS_OF = '2024-06-01';
/** A date on which QĐ 318 states the income level (2022): 2023–2024 have none, so income is unknown then. */
export const INCOME_KNOWN = '2022-10-01';
export const SET = 'qd-318-2022/xa-ntm';
