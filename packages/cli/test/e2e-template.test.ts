// End to end: a data-entry template is read back unchanged by evaluate; an empty form is unknown everywhere;
// a filled form gives the verdicts of its cells.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INCOME_KNOWN, SET } from './fixtures.js';
import { ensureBuilt, scratch, tieuchi } from './helpers.js';

interface Result {
  units: {
    unit: { id: string; region?: string };
    status: string;
    summary: { criteria: { met: number; unknown: number; total: number }; indicators: { met: number; notMet: number; unknown: number; total: number } };
    criteria: { status: string; indicators: { code: string; status: string; actual: unknown }[] }[];
  }[];
  problems: { code: string; severity: string; row?: number; column?: string }[];
}

let dir: string;
const evaluateJson = (file: string): Result => {
  const r = tieuchi(['evaluate', SET, file, '--as-of', INCOME_KNOWN, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Result;
};
const ind = (r: Result, code: string) => r.units[0]!.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;

/** An empty form evaluates to unknown everywhere, with nothing wrong but the empty id. */
function expectEmpty(r: Result, file: string): void {
  expect(r.units).toHaveLength(1);
  const u = r.units[0]!;
  expect(u.status).toBe('unknown');
  expect(u.summary.indicators.met + u.summary.indicators.notMet).toBe(0);
  expect(u.summary.indicators.unknown).toBe(u.summary.indicators.total);
  expect(u.criteria.every((c) => c.status === 'unknown')).toBe(true);
  expect(u.unit.id).toBe(file);
  expect(u.unit.region).toBe('BTB');
  expect(r.problems.map((p) => p.code)).toEqual(['EMPTY_ID']);
  expect(r.problems[0]!.severity).toBe('warning');
}

beforeAll(() => {
  ensureBuilt();
  dir = scratch('template');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tieuchi template', { timeout: 60_000 }, () => {
  it('CSV: codes, Vietnamese labels, units, the requirement for the region, an empty value column', () => {
    const file = join(dir, 'xa-a.csv');
    const r = tieuchi(['template', SET, '--region', 'BTB', '--as-of', INCOME_KNOWN, '--format', 'csv', '--out', file]);
    expect(r.code).toBe(0);
    const rows = parse(readFileSync(file, 'utf8'), { bom: true }) as string[][];
    expect(rows[0]![0]).toBe('code');
    expect(rows[0]![6]).toBe('value');
    expect(rows[0]![5]).toContain('BTB');
    const byCode = new Map(rows.map((r) => [r[0], r]));
    expect(byCode.get('region')![6]).toBe('BTB');
    expect(byCode.get('10')![2]).toContain('Thu nhập');
    expect(byCode.get('10')![4]).toContain('triệu đồng');
    expect(byCode.get('10')![5]).toMatch(/^≥ \d/);
    expect(byCode.get('5.soTruong')).toBeDefined();
    expect(rows.slice(1).every((r) => r[0] === 'region' || r[6] === '')).toBe(true);
    expectEmpty(evaluateJson(file), 'xa-a');
  });

  it('CSV round trip: fill a few cells (decimal comma, đạt, fields) → the verdicts of those cells', () => {
    const file = join(dir, 'xa-b.csv');
    tieuchi(['template', SET, '--region', 'BTB', '--as-of', INCOME_KNOWN, '--out', file]);
    const rows = parse(readFileSync(file, 'utf8'), { bom: true }) as string[][];
    const fill: Record<string, string> = { id: 'xa-b', name: 'Xã B (giả lập)', '1.1': 'đạt', '1.2': 'chưa đạt', '10': '52,3', '16': '64', '5.soTruong': '3', '5.datToiThieu': '3', '5.datMucDo1': '2' };
    for (const r of rows) if (r[0]! in fill) r[6] = fill[r[0]!]!;
    writeFileSync(file, stringify(rows));
    const out = evaluateJson(file);
    expect(out.problems).toEqual([]);
    expect(out.units[0]!.unit.id).toBe('xa-b');
    expect(ind(out, '1.1').status).toBe('met');
    expect(ind(out, '1.2').status).toBe('not-met');
    expect(ind(out, '10').actual).toBe(52.3);
    expect(ind(out, '10').status).not.toBe('unknown');
    expect(ind(out, '16').actual).toBe(64);
    expect(['met', 'not-met']).toContain(ind(out, '16').status);
    expect(ind(out, '5').actual).toEqual({ soTruong: 3, datToiThieu: 3, datMucDo1: 2 });
    expect(out.units[0]!.criteria[0]!.status).toBe('not-met');
  });

  it('XLSX: written with --out, read back unchanged; filled in a spreadsheet program → its verdicts', async () => {
    const file = join(dir, 'xa-c.xlsx');
    const r = tieuchi(['template', SET, '--region', 'BTB', '--as-of', INCOME_KNOWN, '--out', file]);
    expect(r.code).toBe(0);
    expectEmpty(evaluateJson(file), 'xa-c');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    ws.eachRow((row) => {
      const code = String(row.getCell(1).value ?? '');
      if (code === 'id') row.getCell(7).value = 'xa-c';
      if (code === '10') row.getCell(7).value = 41.5; // typed as a number
      if (code === '1.1') row.getCell(7).value = 'x';
      if (code === '16') row.getCell(7).value = '82,5';
    });
    const filled = join(dir, 'xa-c-filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const out = evaluateJson(filled);
    expect(out.problems).toEqual([]);
    expect(ind(out, '10').actual).toBe(41.5);
    expect(ind(out, '1.1').status).toBe('met');
    expect(ind(out, '16').actual).toBe(82.5);
    expect(['met', 'not-met']).toContain(ind(out, '16').status);
  });

  it('JSON: a units file with every code null → unknown everywhere; filled → verdicts', () => {
    const file = join(dir, 'xa-d.json');
    expect(tieuchi(['template', SET, '--region', 'BTB', '--as-of', INCOME_KNOWN, '--format', 'json', '--out', file]).code).toBe(0);
    expectEmpty(evaluateJson(file), 'xa-d');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { form: { code: string; requirement: string }[]; units: { id: string; values: Record<string, unknown> }[] };
    expect(doc.form.find((f) => f.code === '10')!.requirement).toMatch(/^≥/);
    doc.units[0]!.id = 'xa-d';
    doc.units[0]!.values['1.1'] = true;
    doc.units[0]!.values['16'] = 90;
    writeFileSync(file, JSON.stringify(doc));
    const out = evaluateJson(file);
    expect(out.problems).toEqual([]);
    expect(ind(out, '1.1').status).toBe('met');
    expect(['met', 'not-met']).toContain(ind(out, '16').status);
  });

  it('without --region the region cell is empty, requirements are given region by region, and the empty form is unknown everywhere', () => {
    const file = join(dir, 'xa-e.csv');
    expect(tieuchi(['template', SET, '--as-of', INCOME_KNOWN, '--out', file]).code).toBe(0);
    const rows = parse(readFileSync(file, 'utf8'), { bom: true }) as string[][];
    expect(rows.find((r) => r[0] === '10')![5]).toContain('TDMNPB');
    const r = tieuchi(['evaluate', SET, file, '--as-of', INCOME_KNOWN, '--format', 'json']);
    const out = JSON.parse(r.stdout) as Result;
    expect(out.units[0]!.summary.indicators.met).toBe(0);
    expect(out.units[0]!.summary.indicators.notMet).toBe(0);
    expect(out.units[0]!.status).toBe('unknown');
  });

  it('XLSX needs --out; a region the set does not cover is refused', () => {
    const r = tieuchi(['template', SET, '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out');
    expect(tieuchi(['template', SET, '--region', 'XX']).code).toBe(2);
  });
});
