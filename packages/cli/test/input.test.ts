// Reading sheets: delimiter, header detection (row layout, template layout, Vietnamese headers), problems by cell.
import { describe, expect, it } from 'vitest';
import { readCsvText, sniffDelimiter, decodeText } from '../src/input/files.js';
import { readBlocks } from '../src/input/layout.js';
import { columnLetter } from '../src/input/problems.js';

const blocks = (text: string) => readBlocks([readCsvText(text, 'x.csv')]);

describe('CSV text', () => {
  it('detects , ; and tab; a semicolon file keeps its decimal commas in the cells', () => {
    expect(sniffDelimiter('id,name,10\n')).toBe(',');
    expect(sniffDelimiter('id;name;10\nxa-a;"A, B";52,3')).toBe(';');
    expect(sniffDelimiter('id\tname\t10\n')).toBe('\t');
    const s = readCsvText('id;name;10\nxa-a;Xã A;52,3\n', 'x.csv');
    expect(s.rows[1]!.cells).toEqual(['xa-a', 'Xã A', '52,3']);
  });
  it('decodes UTF-8 with a BOM and UTF-16 (Excel "Unicode text"), refuses other bytes', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]), 'f')).toBe('id');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tvùng', 'utf16le')]);
    expect(decodeText(utf16, 'f')).toBe('id\tvùng');
    expect(() => decodeText(new Uint8Array([0x69, 0xff, 0xfe, 0x00]), 'f.csv')).toThrow(/f\.csv/);
  });
  it('numbers rows as a spreadsheet does, header = row 1, blank lines included', () => {
    const s = readCsvText('id,10\n\nxa-a,1\n', 'x.csv');
    expect(s.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(s.rows[2]!.cells).toEqual(['xa-a', '1']);
  });
});

describe('layouts', () => {
  it('row layout with Vietnamese headers; blank rows counted, not units', () => {
    const { blocks: [b] } = blocks('Mã xã,Tên xã,Vùng,Tỉnh,Loại xã,10,5.soTruong\nxa-a,Xã A,BTB,Thanh Hóa,,52,3\n,,,,,,\n');
    expect(b!.layout).toBe('rows');
    expect([...b!.meta]).toEqual(['id', 'name', 'region', 'province', 'category']);
    expect([...b!.keys.keys()]).toEqual(['10', '5.soTruong']);
    expect(b!.units).toHaveLength(1);
    expect(b!.blankRows).toBe(1);
    expect(b!.units[0]!.get('10')).toBe('52');
    expect(b!.units[0]!.locate('10')).toEqual({ row: 2, cell: 'F2' });
  });
  it('template layout: code and value columns, one unit per sheet, codes on rows', () => {
    const { blocks: [b] } = blocks('code,tiêu chí,nội dung,value\nid,,Mã đơn vị,xa-a\nregion,,Vùng,BTB\n,1,Tiêu chí 1,\n1.1,1,Có quy hoạch,đạt\n');
    expect(b!.layout).toBe('template');
    expect(b!.units).toHaveLength(1);
    expect(b!.units[0]!.meta.id).toBe('xa-a');
    expect(b!.units[0]!.get('1.1')).toBe('đạt');
    expect(b!.units[0]!.locate('1.1')).toEqual({ row: 5, cell: 'D5' });
  });
  it('names problems by row and column: no id column, duplicate and unnamed columns, extra cells, rows above the header', () => {
    const { blocks: [b] } = blocks('Báo cáo xã,,,\nname,10,10,\nXã A,1,2,3,4\n');
    const codes = b!.problems.map((p) => [p.code, p.row, p.cell ?? p.column]);
    expect(codes).toEqual([
      ['PREAMBLE_IGNORED', 1, undefined],
      ['DUPLICATE_COLUMN', 2, 'C2'],
      ['UNNAMED_COLUMN', 2, 'D2'],
      ['MISSING_COLUMN', 2, 'id'],
      ['EXTRA_CELLS', 3, 'E3'],
    ]);
    expect(b!.units[0]!.fallbackId).toBe('x#3');
  });
  it('a sheet without a header row is skipped with a problem, not read as units', () => {
    const r = blocks('lorem ipsum\ndolor sit amet\n');
    expect(r.blocks).toHaveLength(0);
    expect(r.problems[0]!.code).toBe('SHEET_SKIPPED');
  });
  it('column letters', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
