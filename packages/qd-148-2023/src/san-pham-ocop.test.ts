// QĐ 148/QĐ-TTg (24/02/2023) — OCOP product rating: parts A ≤ 40, B ≤ 25, C ≤ 35; 5 star bands on the average total.
import { describe, expect, it } from 'vitest';
import { PROVENANCES, evaluate, type EvaluationResult, type IndicatorResult } from '@tieuchi/core';
import { HANG_SAO, sanPhamOcop, sets } from './index.js';

const all = (r: EvaluationResult): IndicatorResult[] => r.criteria.flatMap((c) => [...c.indicators]);
const chiTieu = (r: EvaluationResult, code: string): IndicatorResult => {
  const found = all(r).find((i) => i.code === code);
  if (!found) throw new Error(`chỉ tiêu ${code} không có trong kết quả`);
  return found;
};
/** A product whose part scores add up to `tong` (split 40 : 25 : 35, so always within each part's maximum). */
const sanPham = (tong: unknown, parts?: Partial<Record<'A' | 'B' | 'C', unknown>>) => {
  const t = typeof tong === 'number' && Number.isFinite(tong) ? tong : 0;
  return { id: 'sp', name: 'Sản phẩm thử', values: { A: t * 0.4, B: t * 0.25, C: t * 0.35, ...parts, TONG: tong } };
};
// Invalid data is the point of some tests: evaluate takes it as data an official typed.
const run = (u: ReturnType<typeof sanPham>, asOf = '2024-06-01') => evaluate(sanPhamOcop, u as never, { asOf });

describe('QĐ 148/QĐ-TTg — cấu trúc', () => {
  it('is one tiêu chí (the total score) and the three parts as a condition block', () => {
    expect(sanPhamOcop).toMatchObject({ id: 'qd-148-2023/san-pham-ocop', scope: 'san-pham', tier: 'ocop', validity: { from: '2023-02-24' } });
    expect(sanPhamOcop.validity.until).toBeUndefined();
    expect(sanPhamOcop.citation).toMatchObject({ decision: '148/QĐ-TTg', signed: '2023-02-24', effective: '2023-02-24', provenance: 'partial' });
    expect(sanPhamOcop.criteria.map((c) => [c.number, c.role ?? 'criterion', c.indicators.map((i) => i.code)])).toEqual([
      [0, 'condition', ['A', 'B', 'C']],
      [1, 'criterion', ['TONG']],
    ]);
    const max = Object.fromEntries(sanPhamOcop.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i.input.kind === 'number' ? i.input.max : undefined])));
    expect(max).toEqual({ A: 40, B: 25, C: 35, TONG: 100 });
    expect(max.A! + max.B! + max.C!).toBe(100);
    expect(HANG_SAO.map((b) => [b.band, b.min])).toEqual([['1-sao', 0], ['2-sao', 30], ['3-sao', 50], ['4-sao', 70], ['5-sao', 90]]);
    expect(sets).toEqual([sanPhamOcop]);
  });

  it('gives every row a citation with a provenance: parts verified, the bands partial', () => {
    const r = run(sanPham(75));
    for (const i of all(r)) {
      expect(i.citation.decision).toBe('148/QĐ-TTg');
      expect(i.citation.url).toMatch(/^https?:\/\//);
      expect(PROVENANCES).toContain(i.provenance);
    }
    expect(['A', 'B', 'C'].map((c) => chiTieu(r, c).provenance)).toEqual(['verified', 'verified', 'verified']);
    expect(chiTieu(r, 'TONG').provenance).toBe('partial');
    expect(HANG_SAO.filter((b) => b.label.vi.includes('chưa xác minh')).map((b) => b.band)).toEqual(['1-sao', '2-sao']);
  });
});

describe('QĐ 148/QĐ-TTg — hạng sao ở mọi ngưỡng', () => {
  const EDGES: [number, string, 'met' | 'not-met'][] = [
    [0, '1-sao', 'not-met'],
    [29, '1-sao', 'not-met'],
    [29.99, '1-sao', 'not-met'],
    [30, '2-sao', 'not-met'],
    [49, '2-sao', 'not-met'],
    [49.99, '2-sao', 'not-met'],
    [50, '3-sao', 'met'],
    [69, '3-sao', 'met'],
    [69.5, '3-sao', 'met'],
    [70, '4-sao', 'met'],
    [89, '4-sao', 'met'],
    [89.99, '4-sao', 'met'],
    [90, '5-sao', 'met'],
    [100, '5-sao', 'met'],
  ];
  it.each(EDGES)('%s điểm → %s (%s)', (tong, band, status) => {
    const r = run(sanPham(tong));
    expect(chiTieu(r, 'TONG')).toMatchObject({ status, band, actual: tong, gap: status === 'met' ? 0 : expect.closeTo(50 - tong, 9) });
    expect(r.status).toBe(status);
    expect(r.summary.conditions).toEqual({ met: 3, notMet: 0, unknown: 0, total: 3 });
    expect(r.issues).toEqual([]);
  });
});

describe('QĐ 148/QĐ-TTg — dữ liệu sai không bao giờ đạt', () => {
  it.each([-0.1, -5, 100.01, 101, 150])('tổng điểm %s ngoài 0–100: OUT_OF_RANGE, no band, unknown', (tong) => {
    const r = run(sanPham(tong, { A: 30, B: 20, C: 30 }));
    expect(chiTieu(r, 'TONG')).toMatchObject({ status: 'unknown', invalid: ['values.TONG'] });
    expect(chiTieu(r, 'TONG').band).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.path])).toContainEqual(['OUT_OF_RANGE', 'values.TONG']);
    expect(r.status).toBe('unknown');
  });

  it.each([
    ['A', 40.5],
    ['B', 25.5],
    ['C', 35.5],
    ['C', 38],
  ] as const)('phần %s = %s vượt điểm tối đa: OUT_OF_RANGE, never met', (part, value) => {
    const r = run(sanPham(95, { [part]: value }));
    expect(chiTieu(r, part)).toMatchObject({ status: 'unknown', invalid: [`values.${part}`] });
    expect(r.issues.map((i) => [i.code, i.path])).toContainEqual(['OUT_OF_RANGE', `values.${part}`]);
    expect(chiTieu(r, 'TONG')).toMatchObject({ status: 'met', band: '5-sao' });
    expect(r.status).toBe('unknown');
  });

  it('each part at its maximum is within it', () => {
    const r = run(sanPham(100, { A: 40, B: 25, C: 35 }));
    expect(r.status).toBe('met');
    expect(chiTieu(r, 'A').requirement).toMatchObject({ type: 'atMost', value: 40 });
  });

  it('a part above its maximum and a total below 50: not met (the total decides)', () => {
    expect(run(sanPham(40, { C: 36 })).status).toBe('not-met');
  });

  it('text, infinity and a negative part are issues', () => {
    expect(run(sanPham('75')).issues.map((i) => i.code)).toContain('WRONG_TYPE');
    expect(run(sanPham(Number.POSITIVE_INFINITY)).issues.map((i) => i.code)).toContain('NOT_FINITE');
    expect(run(sanPham(Number.NaN)).issues.map((i) => i.code)).toContain('NOT_FINITE');
    expect(run(sanPham(60, { B: -1 })).issues.map((i) => [i.code, i.path])).toContainEqual(['OUT_OF_RANGE', 'values.B']);
    for (const tong of ['75', Number.POSITIVE_INFINITY, Number.NaN]) expect(run(sanPham(tong)).status).toBe('unknown');
  });

  it('a total without its part scores is rated (band shown) but the product is not decided', () => {
    const r = evaluate(sanPhamOcop, { id: 'sp', values: { TONG: 94 } }, { asOf: '2024-06-01' });
    expect(chiTieu(r, 'TONG')).toMatchObject({ status: 'met', band: '5-sao' });
    expect(r.status).toBe('unknown');
    expect(r.summary.conditions.unknown).toBe(3);
  });

  it('applies from 24/02/2023 (in force on signing, replacing QĐ 1048/QĐ-TTg)', () => {
    expect(run(sanPham(75), '2023-02-23').issues.map((i) => i.code)).toContain('SET_NOT_IN_FORCE');
    expect(run(sanPham(75), '2023-02-24').issues.map((i) => i.code)).not.toContain('SET_NOT_IN_FORCE');
  });

  it('parts scored under QĐ 1048 (A 38, C 38) do not fit QĐ 148 (A ≤ 40, C ≤ 35)', () => {
    const r = run(sanPham(86, { A: 30, B: 18, C: 38 }));
    expect(r.issues.map((i) => [i.code, i.path])).toContainEqual(['OUT_OF_RANGE', 'values.C']);
    expect(chiTieu(run(sanPham(86, { A: 38, B: 18, C: 30 })), 'A').status).toBe('met');
  });
});
