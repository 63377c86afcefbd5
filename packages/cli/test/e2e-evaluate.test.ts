// End to end: the built `tieuchi` binary evaluates real CSV, XLSX (written by another library) and JSON files.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import xl from 'excel4node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, communes, flatten, SET, writeCsv } from './fixtures.js';
import { ensureBuilt, scratch, tieuchi } from './helpers.js';

interface Json {
  set: { id: string; version: string; fingerprint: string } | null;
  asOf: string;
  sets: { id: string; units: number }[];
  input: { rows: number; units: number; unresolved: number; files: { file: string; rows: number; blankRows: number }[] };
  units: {
    unit: { id: string; name?: string; region?: string; province?: string };
    status: string;
    set: { id: string; version: string; fingerprint: string };
    summary: { text: { vi: string; en: string }; criteria: { met: number; total: number }; indicators: { met: number; total: number } };
    criteria: { number: number; status: string; indicators: { code: string; status: string; actual: unknown; invalid: string[]; missing: string[] }[] }[];
    issues: { code: string; path: string }[];
    source: { file: string; sheet?: string; row?: number; item?: number };
  }[];
  unresolved: { unit: { id: string }; source: { row?: number } }[];
  problems: { code: string; severity: string; row?: number; item?: number; column?: string; file: string; message: { vi: string; en: string } }[];
}

const statuses = (u: Json['units'][number]): Record<string, string> =>
  Object.fromEntries(u.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i.status])));

/**
 * Codes where a sample gives text that a spreadsheet cell reads as a number: in JSON "52,3" is a string (invalid,
 * unknown); typed into a cell it is 52.3.
 */
const textNumbers = (n: number): string[] =>
  Object.entries(communes[n]!.values).filter(([, v]) => typeof v === 'string' && v !== 'n/a').map(([k]) => k);

/** Verdicts of a spreadsheet row against the same unit given as JSON, text numbers aside. */
function sameAsJson(u: Json['units'][number], n: number): void {
  const a = statuses(u);
  const b = statuses(fromJson.units[n]!);
  for (const code of textNumbers(n)) {
    expect(b[code]).toBe('unknown');
    expect(u.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)?.actual).toBe(Number(String(communes[n]!.values[code]).replace(',', '.')));
    delete a[code];
    delete b[code];
  }
  expect(a).toEqual(b);
}

let dir: string;
let csv: string;
let jsonFile: string;
let fromJson: Json;

beforeAll(() => {
  ensureBuilt();
  dir = scratch('evaluate');
  csv = join(dir, 'xa.csv');
  writeCsv(csv, communes.map(flatten));
  jsonFile = join(dir, 'xa.json');
  writeFileSync(jsonFile, JSON.stringify({ units: communes }));
  const r = tieuchi(['evaluate', SET, jsonFile, '--as-of', AS_OF, '--format', 'json', '-q']);
  expect(r.code).toBe(0);
  fromJson = JSON.parse(r.stdout) as Json;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tieuchi evaluate', { timeout: 60_000 }, () => {
  it('reads JSON units as the evaluator takes them, with the contract shape', () => {
    expect(Object.keys(fromJson.set ?? {})).toEqual(['id', 'version', 'fingerprint']);
    expect(fromJson.set?.id).toBe(SET);
    expect(fromJson.set?.fingerprint).toMatch(/^sha256:/);
    expect(fromJson.asOf).toBe(AS_OF);
    expect(fromJson.units.map((u) => u.unit.id)).toEqual(communes.map((c) => c.id));
    expect(fromJson.units.map((u) => u.source.item)).toEqual(communes.map((_, n) => n + 1));
    for (const u of fromJson.units) {
      expect(u.summary.text.vi).toMatch(/^Đạt \d+\/\d+ tiêu chí, \d+\/\d+ chỉ tiêu$/);
      expect(u.set.id).toBe(SET);
    }
  });

  it('gives a CSV row the same verdicts as the same unit in JSON (decimal commas, đạt/chưa đạt, n/a, fields columns)', () => {
    const r = tieuchi(['evaluate', SET, csv, '--as-of', AS_OF, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.input.rows).toBe(communes.length);
    expect(out.units).toHaveLength(communes.length);
    out.units.forEach((u, n) => {
      expect(u.source).toEqual({ file: csv, row: n + 2 });
      sameAsJson(u, n);
    });
    // Fields inputs read from "5.soTruong"-style columns.
    const five = out.units[0]!.criteria.find((c) => c.number === 5)!.indicators[0]!;
    expect(five.actual).toEqual(communes[0]!.values['5']);
  });

  it('reads an XLSX written by another library (excel4node): typed numbers, booleans, text cells, several sheets', async () => {
    const wb = new xl.Workbook();
    const rows = communes.map(flatten);
    const columns = Object.keys(rows[0]!);
    const sheetOf = (name: string, list: typeof rows): void => {
      const ws = wb.addWorksheet(name);
      columns.forEach((c, i) => ws.cell(1, i + 1).string(c));
      list.forEach((row, r) => {
        columns.forEach((c, i) => {
          const v = row[c] ?? '';
          const cell = ws.cell(r + 2, i + 1);
          if (v === '') return;
          if (/^-?\d+(,\d+)?$/.test(v) && !['id', 'name', 'province', 'category', 'region'].includes(c)) cell.number(Number(v.replace(',', '.')));
          else if (v === 'đạt' || v === 'chưa đạt') (r % 2 === 0 ? cell.bool(v === 'đạt') : cell.string(v));
          else cell.string(v);
        });
      });
    };
    sheetOf('Huyện A', rows.slice(0, 4));
    sheetOf('Huyện B', rows.slice(4));
    const file = join(dir, 'xa.xlsx');
    writeFileSync(file, await wb.writeToBuffer());
    const r = tieuchi(['evaluate', SET, file, '--as-of', AS_OF, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.units.map((u) => u.source.sheet)).toEqual([...Array(4).fill('Huyện A'), ...Array(communes.length - 4).fill('Huyện B')]);
    expect(out.units.map((u) => u.source.row)).toEqual([2, 3, 4, 5, ...communes.slice(4).map((_, n) => n + 2)]);
    out.units.forEach((u, n) => sameAsJson(u, n));
    expect(communes.some((_, n) => textNumbers(n).length > 0)).toBe(true);
  });

  it('names a number typed into an XLSX header that could be two codes (17.1 / 17.10), a date in a number cell, a formula without a value', async () => {
    const wb = new xl.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ['id', 'region', '10'].forEach((h, i) => ws.cell(1, i + 1).string(h));
    ws.cell(1, 4).number(17.1);
    ws.cell(1, 5).string('16');
    ws.cell(2, 1).string('xa-a');
    ws.cell(2, 2).string('BTB');
    ws.cell(2, 3).date(new Date('2024-05-01T00:00:00Z'));
    ws.cell(2, 4).number(99);
    ws.cell(2, 5).formula('60+10');
    const file = join(dir, 'odd.xlsx');
    writeFileSync(file, await wb.writeToBuffer());
    const r = tieuchi(['evaluate', SET, file, '--as-of', AS_OF, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    const codes = out.problems.map((p) => p.code);
    expect(codes).toContain('AMBIGUOUS_COLUMN');
    const date = out.problems.find((p) => p.column === '10')!;
    expect(date).toMatchObject({ code: 'NOT_A_NUMBER', row: 2 });
    expect(date.message.vi).toContain('2024-05-01');
    expect(out.problems.find((p) => p.column === '16')).toMatchObject({ code: 'NOT_A_NUMBER', row: 2 });
    const st = statuses(out.units[0]!);
    expect(st['10']).toBe('unknown');
    expect(st['16']).toBe('unknown');
    expect(st['17.1']).toBe('unknown');
    expect(r.stderr).toContain('17.1 hoặc 17.10');
  });

  it('writes every format: table, csv, md, html', () => {
    const table = tieuchi(['evaluate', SET, csv, '--as-of', AS_OF]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`Bộ tiêu chí: ${SET}`);
    for (const u of fromJson.units) expect(table.stdout).toContain(u.unit.id);
    expect(table.stdout).toContain(fromJson.units[0]!.summary.text.vi);

    const c = tieuchi(['evaluate', SET, csv, '--as-of', AS_OF, '--format', 'csv']);
    expect(c.code).toBe(0);
    const records = parse(c.stdout, { bom: true }) as string[][];
    expect(records).toHaveLength(communes.length + 1);
    expect(records[0]!.slice(0, 4)).toEqual(['tệp', 'trang tính', 'dòng', 'id']);
    expect(records.slice(1).map((r) => r[3])).toEqual(communes.map((x) => x.id));
    expect(records[0]).toContain('17.10');

    const md = tieuchi(['evaluate', SET, csv, '--as-of', AS_OF, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Kết quả đánh giá/);
    expect(md.stdout).toContain('| --- |');
    expect(md.stdout).toContain('### ');

    const out = join(dir, 'report.html');
    const html = tieuchi(['evaluate', SET, csv, '--as-of', AS_OF, '--out', out]);
    expect(html.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('<!doctype html>')).toBe(true);
    expect(text.match(/<svg /g)?.length).toBe(2);
    for (const u of fromJson.units) expect(text).toContain(u.summary.text.vi);
    expect(text).toContain('Trích dẫn');
    expect(text).toContain('⚠');
  });

  it('makes one self-contained HTML file: no script, no external reference, every text escaped', () => {
    const hostile = { ...flatten(communes[0]!), id: 'xa-<b>', name: '<script>alert("x")</script> & \'Xã\'' };
    const file = join(dir, 'hostile.csv');
    writeCsv(file, [hostile, flatten(communes[1]!)]);
    const out = join(dir, 'hostile.html');
    expect(tieuchi(['evaluate', SET, file, '--as-of', AS_OF, '--format', 'html', '--out', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/\s(src|href)="(?!#)/);
    expect(text).not.toMatch(/<link|@import|url\((?!#)/);
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Xã&#39;');
    expect(text).toContain('xa-&lt;b&gt;');
  });

  it('speaks English with --lang en', () => {
    const r = tieuchi(['evaluate', SET, csv, '--as-of', AS_OF, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Criteria set: ${SET}`);
    expect(r.stdout).toContain(fromJson.units[0]!.summary.text.en);
    expect(r.stderr).toContain('units evaluated');
  });

  it('reads many files at once (CSV, JSON, stdin) and reports a duplicate id across files with both places', () => {
    const second = join(dir, 'second.csv');
    writeCsv(second, [{ ...flatten(communes[2]!), id: communes[0]!.id }]);
    const r = tieuchi(['evaluate', SET, csv, second, jsonFile, '-', '--as-of', AS_OF, '--format', 'json'], { input: readFileSync(csv) });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.units).toHaveLength(communes.length * 3 + 1);
    expect(out.input.files.map((f) => f.rows)).toEqual([communes.length, 1, communes.length, communes.length]);
    const dup = out.problems.filter((p) => p.code === 'DUPLICATE_ID');
    expect(dup.length).toBeGreaterThan(0);
    const first = dup.find((p) => p.file === second)!;
    expect(first.message.vi).toContain(`${csv}, dòng 2`);
    expect(first.message.vi).toContain(`${second}, dòng 2`);
  });

  it('auto: resolves the set per unit from the catalog; a unit with no set in force is listed, never lost', () => {
    const ok = tieuchi(['evaluate', 'auto', csv, '--as-of', AS_OF, '--scope', 'xa', '--format', 'json']);
    expect(ok.code).toBe(0);
    const out = JSON.parse(ok.stdout) as Json;
    expect(out.units).toHaveLength(communes.length);
    for (const u of out.units) expect(u.set.id).toMatch(/\/xa-/);
    expect(out.set?.id).toBe(out.units[0]!.set.id);

    const none = tieuchi(['evaluate', 'auto', csv, '--as-of', '1990-01-01', '--format', 'json']);
    expect(none.code).toBe(0);
    const empty = JSON.parse(none.stdout) as Json;
    expect(empty.set).toBeNull();
    expect(empty.units).toHaveLength(0);
    expect(empty.unresolved.map((u) => u.unit.id)).toEqual(communes.map((c) => c.id));
    expect(empty.input.rows).toBe(communes.length);
    expect(none.stderr).toContain('NO_SET_FOR_UNIT');
  });
});
