// End to end: bad inputs give a clear message naming the file, row and column, and no row disappears.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, communes, csvText, flatten, SET, writeCsv } from './fixtures.js';
import { ensureBuilt, scratch, tieuchi, tieuchiAll } from './helpers.js';

interface Out {
  input: { rows: number; units: number };
  units: { unit: { id: string; region?: string }; status: string; source: { row?: number }; criteria: { indicators: { code: string; status: string; invalid: string[] }[] }[] }[];
  problems: { code: string; severity: string; row?: number; column?: string; cell?: string; unit?: string; message: { vi: string; en: string } }[];
}

let dir: string;
const json = (args: string[]): { code: number; out: Out; stderr: string } => {
  const r = tieuchi([...args, '--format', 'json']);
  return { code: r.code, out: JSON.parse(r.stdout) as Out, stderr: r.stderr };
};
const indicator = (u: Out['units'][number], code: string) => u.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;

beforeAll(() => {
  ensureBuilt();
  dir = scratch('bad');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad data in good files: reported by row and column, evaluated as unknown where bad, never lost', { timeout: 60_000 }, () => {
  it('missing columns: id and region are named; every row is still evaluated', () => {
    const rows = communes.slice(0, 3).map((c) => {
      const { id: _id, region: _region, ...rest } = flatten(c);
      return rest;
    });
    const file = join(dir, 'no-id.csv');
    writeCsv(file, rows);
    const { code, out, stderr } = json(['evaluate', SET, file, '--as-of', AS_OF]);
    expect(code).toBe(0);
    expect(out.units.map((u) => u.unit.id)).toEqual(['no-id#2', 'no-id#3', 'no-id#4']);
    const missing = out.problems.filter((p) => p.code === 'MISSING_COLUMN').map((p) => p.column);
    expect(missing).toEqual(expect.arrayContaining(['id', 'region']));
    expect(stderr).toContain('Thiếu cột bắt buộc "id"');
    expect(stderr).toContain('cột "region"');
    // One problem for the missing region column, not one per row.
    expect(out.problems.filter((p) => p.code === 'MISSING_REGION')).toHaveLength(0);
  });

  it('text in numeric cells: named by row, column and cell; the indicator is unknown (invalid), never met', () => {
    const rows = communes.slice(0, 3).map(flatten);
    rows[1]!['10'] = 'năm mươi';
    rows[2]!['16'] = '1.234';
    rows[2]!['1.1'] = 'có lẽ';
    const file = join(dir, 'text.csv');
    writeCsv(file, rows);
    const { code, out, stderr } = json(['evaluate', SET, file, '--as-of', AS_OF]);
    expect(code).toBe(0);
    expect(out.units).toHaveLength(3);
    expect(out.problems).toContainEqual(expect.objectContaining({ code: 'NOT_A_NUMBER', row: 3, column: '10', unit: communes[1]!.id }));
    expect(out.problems).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS_NUMBER', row: 4, column: '16' }));
    expect(out.problems).toContainEqual(expect.objectContaining({ code: 'NOT_YES_NO', row: 4, column: '1.1' }));
    expect(indicator(out.units[1]!, '10')).toMatchObject({ status: 'unknown', invalid: ['values.10'] });
    expect(indicator(out.units[2]!, '16')).toMatchObject({ status: 'unknown', invalid: ['values.16'] });
    expect(stderr).toMatch(/text\.csv, dòng 3, cột "10" \(ô [A-Z]+3\)/);
    expect(stderr).toContain('"năm mươi"');
  });

  it('duplicate unit ids: both rows named, both evaluated', () => {
    const rows = communes.slice(0, 3).map(flatten);
    rows[2]!.id = rows[0]!.id!;
    const file = join(dir, 'dup.csv');
    writeCsv(file, rows);
    const { code, out, stderr } = json(['evaluate', SET, file, '--as-of', AS_OF]);
    expect(code).toBe(0);
    expect(out.units.map((u) => u.unit.id)).toEqual([rows[0]!.id, rows[1]!.id, rows[0]!.id]);
    const dup = out.problems.find((p) => p.code === 'DUPLICATE_ID')!;
    expect(dup.row).toBe(4);
    expect(dup.message.vi).toContain('dòng 2');
    expect(dup.message.vi).toContain('dòng 4');
    expect(stderr).toContain('DUPLICATE_ID');
  });

  it('a bad row (no id, unknown region, garbage) and blank rows: all accounted for', () => {
    const cols = Object.keys(flatten(communes[0]!));
    const text = `${csvText([flatten(communes[0]!)], cols)}\n,,XYZ,,,???,1,2\n${cols.map(() => '').join(',')}\n`;
    const file = join(dir, 'row.csv');
    writeFileSync(file, text);
    const { code, out } = json(['evaluate', SET, file, '--as-of', AS_OF]);
    expect(code).toBe(0);
    expect(out.input.rows).toBe(2);
    expect(out.units).toHaveLength(2);
    expect(out.units[1]!.unit.id).toBe('row#4');
    expect(out.units[1]!.status).not.toBe('met');
    expect(out.problems).toContainEqual(expect.objectContaining({ code: 'EMPTY_ID', row: 4 }));
    expect(out.problems).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_REGION', row: 4, column: 'region' }));
  });

  it('--strict exits 1 when the input has errors (the report is still written)', () => {
    const rows = [flatten(communes[0]!)];
    rows[0]!['10'] = 'abc';
    const file = join(dir, 'strict.csv');
    writeCsv(file, rows);
    const r = tieuchi(['evaluate', SET, file, '--as-of', AS_OF, '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(communes[0]!.id);
  });

  it('a header with no data rows is read (0 units) with a warning', () => {
    const file = join(dir, 'header-only.csv');
    writeFileSync(file, 'id,name,region,10\n');
    const r = tieuchi(['evaluate', SET, file, '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('NO_DATA_ROWS');
  });
});

describe('unusable input: a non-zero exit and a clear message, before anything is evaluated', { timeout: 60_000 }, () => {
  const good = (): string => {
    const f = join(dir, 'good.csv');
    writeCsv(f, [flatten(communes[0]!)]);
    return f;
  };

  it('unknown set', () => {
    const r = tieuchi(['evaluate', 'qd-999-2099/xa-ntm', good(), '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có bộ tiêu chí "qd-999-2099/xa-ntm"');
    expect(r.stderr).toContain('qd-318-2022/xa-ntm');
    expect(r.stdout).toBe('');
  });

  it('malformed dates', async () => {
    const dates = ['2024-13-01', '01/06/2024', '2024-02-30', 'hôm nay'];
    const runs = await tieuchiAll([...dates.map((d) => ['evaluate', SET, good(), '--as-of', d]), ['show', `${SET}@2024-99-01`]]);
    for (const r of runs.slice(0, dates.length)) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--as-of');
      expect(r.stderr).toContain('YYYY-MM-DD');
      expect(r.stdout).toBe('');
    }
    expect(runs[dates.length]!.code).toBe(2);
  });

  it('an empty file', () => {
    const f = join(dir, 'empty.csv');
    writeFileSync(f, '');
    const r = tieuchi(['evaluate', SET, f, '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Tệp ${f} rỗng`);
    const bom = join(dir, 'bom.csv');
    writeFileSync(bom, '\ufeff\n\n');
    expect(tieuchi(['evaluate', SET, bom, '--as-of', AS_OF]).code).toBe(2);
  });

  it('files that are not spreadsheets: an image, a PDF, a fake .xlsx, an old .xls, prose, a folder, a missing file', async () => {
    const png = join(dir, 'photo.csv');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const pdf = join(dir, 'doc.csv');
    writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'id,name\nxa-a,Xã A\n');
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const prose = join(dir, 'notes.txt');
    writeFileSync(prose, 'Báo cáo tình hình xây dựng nông thôn mới.\nKhông có bảng số liệu ở đây.\n');
    const zip = join(dir, 'archive.xlsx');
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
    const cases = [
      [png, 'không phải là bảng tính'],
      [pdf, 'PDF'],
      [fake, 'không phải XLSX'],
      [xls, '.xlsx'],
      [prose, 'Không tìm thấy dòng tiêu đề'],
      [zip, 'không phải là bảng tính'],
      [dir, 'Không đọc được tệp'],
      [join(dir, 'missing.csv'), 'Không đọc được tệp'],
    ] as const;
    const runs = await tieuchiAll(cases.map(([f]) => ['evaluate', SET, f, '--as-of', AS_OF]));
    cases.forEach(([f, text], n) => {
      const r = runs[n]!;
      expect(r.code, f).toBe(2);
      expect(r.stderr, f).toContain(text);
      expect(r.stderr, f).toContain(f);
      expect(r.stdout, f).toBe('');
    });
  });

  it('invalid JSON, and JSON that is not a list of units', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"units": [ {"id": "a", } ]');
    const r = tieuchi(['evaluate', SET, bad, '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('JSON không hợp lệ');
    const obj = join(dir, 'obj.json');
    writeFileSync(obj, '{"id": "a"}');
    expect(tieuchi(['evaluate', SET, obj, '--as-of', AS_OF]).stderr).toContain('danh sách đơn vị');
  });

  it('a JSON list with a non-object and a unit without id: both kept, evaluated as unknown', () => {
    const f = join(dir, 'items.json');
    writeFileSync(f, JSON.stringify([communes[0], 42, { region: 'BTB', values: { '10': 50 } }]));
    const { code, out } = json(['evaluate', SET, f, '--as-of', AS_OF]);
    expect(code).toBe(0);
    expect(out.units.map((u) => u.unit.id)).toEqual([communes[0]!.id, 'items#2', 'items#3']);
    expect(out.units[1]!.status).toBe('unknown');
    expect(out.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['UNIT_NOT_OBJECT', 'EMPTY_ID']));
  });

  it('several unusable files are all named at once', () => {
    const a = join(dir, 'e1.csv');
    const b = join(dir, 'e2.csv');
    writeFileSync(a, '');
    writeFileSync(b, '');
    const r = tieuchi(['evaluate', SET, a, good(), b, '--as-of', AS_OF, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`File ${a} is empty`);
    expect(r.stderr).toContain(`File ${b} is empty`);
  });

  it('usage errors: unknown format, region, scope, missing arguments', async () => {
    const [format, region, scope, missing, unknown, none] = await tieuchiAll([
      ['evaluate', SET, good(), '--format', 'pdf'],
      ['show', SET, '--region', 'MARS'],
      ['evaluate', 'auto', good(), '--scope', 'planet'],
      ['evaluate', SET],
      ['frobnicate'],
      [],
    ]);
    expect(format!.code).toBe(2);
    expect(format!.stderr).toContain('table, json, csv, md, html');
    expect(region!.code).toBe(2);
    expect(region!.stderr).toContain('TDMNPB');
    expect(scope!.code).toBe(2);
    expect(missing!.code).toBe(2);
    expect(unknown!.code).toBe(2);
    expect(none!.code).toBe(2);
  });
});
