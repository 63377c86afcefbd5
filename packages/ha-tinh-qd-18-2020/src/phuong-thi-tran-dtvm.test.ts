// Hà Tĩnh QĐ 18/2020/QĐ-UBND — Quy định tạm thời Bộ tiêu chí phường, thị trấn đạt chuẩn đô thị văn minh.
import { describe, expect, it } from 'vitest';
import { PROVENANCES, evaluate, type EvaluationResult, type IndicatorResult, type UnitOf } from '@tieuchi/core';
import { TEN_TIEU_CHI, phuongThiTranDtvm, sets } from './index.js';

type Phuong = UnitOf<typeof phuongThiTranDtvm>;
type Values = NonNullable<Phuong['values']>;
const all = (r: EvaluationResult): IndicatorResult[] => r.criteria.flatMap((c) => [...c.indicators]);
const codes = Array.from({ length: 18 }, (_, i) => String(i + 1));
const values = (met: number): Values => Object.fromEntries(codes.map((c, i) => [c, i < met])) as Values;
const run = (u: Phuong, asOf = '2021-06-01') => evaluate(phuongThiTranDtvm, u, { asOf });

describe('Hà Tĩnh QĐ 18/2020/QĐ-UBND — cấu trúc', () => {
  it('has 18 tiêu chí numbered 1–18 with the published names, one row each', () => {
    expect(phuongThiTranDtvm.criteria.map((c) => c.number)).toEqual(codes.map(Number));
    expect(phuongThiTranDtvm.criteria.map((c) => c.label.vi)).toEqual(TEN_TIEU_CHI.map((t) => t.vi));
    expect(phuongThiTranDtvm.criteria.map((c) => c.label.vi)).toContain('Nhà ở');
    expect(phuongThiTranDtvm.criteria.flatMap((c) => c.indicators.map((i) => i.code))).toEqual(codes);
    expect(phuongThiTranDtvm.criteria.every((c) => c.role === undefined)).toBe(true);
  });

  it('is a provincial set of its own for Hà Tĩnh, interim, 07/8/2020 – 14/04/2022, not derived from a national set', () => {
    expect(phuongThiTranDtvm).toMatchObject({
      id: 'ha-tinh-qd-18-2020/phuong-thi-tran-dtvm',
      scope: 'phuong-thi-tran',
      tier: 'dtvm',
      province: 'ha-tinh',
      regions: ['BTB'],
      validity: { from: '2020-08-07', until: '2022-04-14' },
      citation: { decision: '18/2020/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh', signed: '2020-08-07', provenance: 'partial' },
    });
    expect(phuongThiTranDtvm.derivedFrom).toBeUndefined();
    expect(phuongThiTranDtvm.citation.effective).toBeUndefined();
    expect(sets).toEqual([phuongThiTranDtvm]);
  });

  it('gives every row a citation with a provenance; names verified, numbering partial', () => {
    const r = run({ id: 'tt', values: {} });
    expect(all(r)).toHaveLength(18);
    for (const i of all(r)) {
      expect(i.citation.decision).toBe('18/2020/QĐ-UBND');
      expect(i.citation.item).toBe(i.code);
      expect(i.citation.url).toMatch(/^https?:\/\//);
      expect(PROVENANCES).toContain(i.provenance);
      expect(i.provenance).toBe('partial');
    }
    for (const c of r.criteria) expect(c.provenance).toBe('partial');
  });
});

describe('Hà Tĩnh QĐ 18/2020/QĐ-UBND — đánh giá', () => {
  it('counts "12/18 tiêu chí"', () => {
    const r = run({ id: 'tt', values: values(12) });
    expect(r.summary.criteria).toEqual({ met: 12, notMet: 6, unknown: 0, total: 18 });
    expect(r.status).toBe('not-met');
  });

  it('is met only with all 18', () => {
    expect(run({ id: 'tt', values: values(18) }).status).toBe('met');
    expect(run({ id: 'tt', values: values(17) }).status).toBe('not-met');
    expect(run({ id: 'tt', values: { ...values(18), '7': null } as Values }).status).toBe('unknown');
  });

  it('warns outside its validity (from 15/04/2022 the national QĐ 04/2022 applies)', () => {
    expect(run({ id: 'tt', values: values(18) }, '2022-04-15').issues.map((i) => i.code)).toContain('SET_NOT_IN_FORCE');
    expect(run({ id: 'tt', values: values(18) }, '2022-04-14').issues.map((i) => i.code)).not.toContain('SET_NOT_IN_FORCE');
    expect(run({ id: 'tt', values: values(18) }, '2020-08-06').issues.map((i) => i.code)).toContain('SET_NOT_IN_FORCE');
  });

  it('refuses a unit from another region (a Hà Tĩnh set)', () => {
    const r = run({ id: 'tt', region: 'DBSH', values: values(18) });
    expect(r.status).toBe('unknown');
    expect(r.issues.map((i) => i.code)).toContain('REGION_NOT_COVERED');
  });
});
