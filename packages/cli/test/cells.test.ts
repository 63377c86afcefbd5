import { input } from '@tieuchi/core';
import { describe, expect, it } from 'vitest';
import { readCell, readNumber, type CellReading } from '../src/input/cells.js';

const value = (r: CellReading): unknown => (r.kind === 'value' ? r.value : r.kind);
const raw = (r: CellReading): { value: unknown; code: string } | undefined => (r.kind === 'raw' ? { value: r.value, code: r.problem.code } : undefined);

describe('numbers', () => {
  const n = input.number();
  it('reads a decimal comma or point, typed numbers as they are', () => {
    expect(value(readCell(n, '52,3'))).toBe(52.3);
    expect(value(readCell(n, '52.3'))).toBe(52.3);
    expect(value(readCell(n, ' 58 '))).toBe(58);
    expect(value(readCell(n, '-1,5'))).toBe(-1.5);
    expect(value(readCell(n, '0,125'))).toBe(0.125);
    expect(value(readCell(n, 52.3))).toBe(52.3);
    expect(value(readCell(n, '1,2345'))).toBe(1.2345);
  });
  it('refuses what could be a thousands separator, instead of guessing', () => {
    expect(raw(readCell(n, '1.234'))).toEqual({ value: '1.234', code: 'AMBIGUOUS_NUMBER' });
    expect(raw(readCell(n, '52,300'))).toEqual({ value: '52,300', code: 'AMBIGUOUS_NUMBER' });
    expect(raw(readCell(n, '1.234.567'))).toEqual({ value: '1.234.567', code: 'NOT_A_NUMBER' });
    expect(raw(readCell(n, '1.234,5'))).toEqual({ value: '1.234,5', code: 'NOT_A_NUMBER' });
    expect(raw(readCell(n, '52 3'))).toEqual({ value: '52 3', code: 'NOT_A_NUMBER' });
  });
  it('passes text, booleans and dates through raw with a problem (never dropped)', () => {
    expect(raw(readCell(n, 'abc'))).toEqual({ value: 'abc', code: 'NOT_A_NUMBER' });
    expect(raw(readCell(n, true))).toEqual({ value: true, code: 'NOT_A_NUMBER' });
    expect(raw(readCell(n, new Date('2024-05-01T00:00:00Z')))).toEqual({ value: '2024-05-01', code: 'NOT_A_NUMBER' });
    expect(raw(readCell(n, '52,3%'))).toEqual({ value: '52,3%', code: 'NOT_A_NUMBER' });
  });
  it('accepts a trailing % only for percent inputs', () => {
    expect(value(readCell(input.percent(), '96,1 %'))).toBe(96.1);
    expect(value(readCell(input.percent(), '100%'))).toBe(100);
  });
  it('reads counts the same way (the evaluator checks they are whole)', () => {
    expect(value(readCell(input.count(), '3'))).toBe(3);
    expect(value(readCell(input.count(), '2,5'))).toBe(2.5);
  });
  it('readNumber explains the ambiguity with both readings', () => {
    const r = readNumber('1.234', false);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.vi).toContain('1234');
  });
});

describe('blank, n/a', () => {
  it('a blank cell is no data, whatever the input', () => {
    for (const i of [input.number(), input.boolean(), input.date(), input.choice(['a', 'b'])]) {
      expect(readCell(i, '').kind).toBe('empty');
      expect(readCell(i, '   ').kind).toBe('empty');
      expect(readCell(i, null).kind).toBe('empty');
      expect(readCell(i, undefined).kind).toBe('empty');
    }
  });
  it('n/a passes through for the evaluator to accept or refuse', () => {
    expect(value(readCell(input.number(), 'n/a'))).toBe('n/a');
    expect(value(readCell(input.boolean(), 'N/A'))).toBe('n/a');
    expect(value(readCell(input.boolean(), 'Không áp dụng'))).toBe('n/a');
  });
});

describe('yes / no', () => {
  const b = input.boolean();
  it('reads Vietnamese and English words, with or without accents, any case', () => {
    for (const t of ['đạt', 'Đạt', 'x', 'X', 'có', 'co', 'true', 'TRUE', 'yes', 'dat']) expect(value(readCell(b, t))).toBe(true);
    for (const t of ['chưa đạt', 'Chưa Đạt', 'không', 'khong', 'false', 'FALSE', 'no', 'không đạt', 'chua dat']) expect(value(readCell(b, t))).toBe(false);
    expect(value(readCell(b, true))).toBe(true);
  });
  it('reads decomposed (NFD) Vietnamese like composed text', () => {
    expect(value(readCell(b, 'đạt'.normalize('NFD')))).toBe(true);
  });
  it('refuses anything else, numbers included', () => {
    expect(raw(readCell(b, 'maybe'))).toEqual({ value: 'maybe', code: 'NOT_YES_NO' });
    expect(raw(readCell(b, 1))).toEqual({ value: 1, code: 'NOT_YES_NO' });
    expect(raw(readCell(b, '1'))).toEqual({ value: '1', code: 'NOT_YES_NO' });
  });
});

describe('choice, date, children, fields', () => {
  it('reads an option by its key or label', () => {
    const c = input.choice(['loai-1', 'loai-2'], { 'loai-1': { vi: 'Loại một', en: 'Type one' }, 'loai-2': { vi: 'Loại hai', en: 'Type two' } });
    expect(value(readCell(c, 'loai-2'))).toBe('loai-2');
    expect(value(readCell(c, 'LOAI-1'))).toBe('loai-1');
    expect(value(readCell(c, 'loại một'))).toBe('loai-1');
    expect(raw(readCell(c, 'loại ba'))?.code).toBe('NOT_AN_OPTION');
  });
  it('reads dates written dd/mm/yyyy or ISO, and date cells', () => {
    const d = input.date();
    expect(value(readCell(d, '01/03/2024'))).toBe('2024-03-01');
    expect(value(readCell(d, '1/3/2024'))).toBe('2024-03-01');
    expect(value(readCell(d, '2024-03-01'))).toBe('2024-03-01');
    expect(value(readCell(d, new Date('2024-03-01T00:00:00Z')))).toBe('2024-03-01');
    expect(raw(readCell(d, '31/02/2024'))?.code).toBe('NOT_A_DATE');
    expect(raw(readCell(d, 'hôm qua'))?.code).toBe('NOT_A_DATE');
  });
  it('reads child results and fields from JSON text', () => {
    expect(value(readCell(input.children({ vi: 'xã', en: 'commune' }), '[{"id":"a","status":"met"}]'))).toEqual([{ id: 'a', status: 'met' }]);
    expect(raw(readCell(input.children({ vi: 'xã', en: 'commune' }), 'a:met'))?.code).toBe('NOT_A_LIST');
    const f = input.fields({ a: input.count() });
    expect(value(readCell(f, '{"a":3}'))).toEqual({ a: 3 });
    expect(raw(readCell(f, '3'))?.code).toBe('NOT_AN_OBJECT');
  });
});
