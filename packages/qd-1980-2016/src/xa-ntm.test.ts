// Structure and provenance checks for QĐ 1980/QĐ-TTg (17/10/2016).
import { describe, expect, it } from 'vitest';
import { PROVENANCES, auditSet, evaluate, type Criterion, type EvaluationResult, type IndicatorResult, type UnitOf } from '@tieuchi/core';
import { reportedIndicatorTotal, sets, xaNtm } from './index.js';

const tieuChiList: readonly Criterion[] = xaNtm.criteria;
const all = (r: EvaluationResult): IndicatorResult[] => r.criteria.flatMap((c) => [...c.indicators]);
const chiTieu = (r: EvaluationResult, code: string): IndicatorResult => {
  const found = all(r).find((i) => i.code === code);
  if (!found) throw new Error(`chỉ tiêu ${code} không có trong kết quả`);
  return found;
};

describe('QĐ 1980/QĐ-TTg — cấu trúc', () => {
  it('has 19 tiêu chí and the 49 reported rows (the reported total, unverified)', () => {
    expect(xaNtm.criteria.map((c) => c.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    const counts = tieuChiList.map((c) => c.indicators.length);
    expect(counts).toEqual([2, 4, 2, 2, 1, 3, 1, 4, 2, 1, 1, 1, 2, 3, 3, 1, 8, 6, 2]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(reportedIndicatorTotal.value);
    expect(reportedIndicatorTotal.provenance).toBe('unverified');
    const nhom = Object.fromEntries(xaNtm.groups.map((g) => [g.id, tieuChiList.filter((c) => c.group === g.id).map((c) => c.number)]));
    expect(nhom).toEqual({ I: [1], II: [2, 3, 4, 5, 6, 7, 8, 9], III: [10, 11, 12, 13], IV: [14, 15, 16, 17], V: [18, 19] });
    expect(sets).toEqual([xaNtm]);
  });

  it('is in force from 01/12/2016 until the day before QĐ 318/QĐ-TTg (08/3/2022)', () => {
    expect(xaNtm.id).toBe('qd-1980-2016/xa-ntm');
    expect(xaNtm.validity).toEqual({ from: '2016-12-01', until: '2022-03-07' });
    expect(xaNtm.citation).toMatchObject({ decision: '1980/QĐ-TTg', signed: '2016-10-17', effective: '2016-12-01', provenance: 'partial' });
    const xa = { id: 'xa-a', region: 'BTB' as const, values: {} };
    const inForce = (asOf: string) => !evaluate(xaNtm, xa, { asOf }).issues.some((i) => i.code === 'SET_NOT_IN_FORCE');
    expect([inForce('2016-11-30'), inForce('2016-12-01'), inForce('2022-03-07'), inForce('2022-03-08')]).toEqual([false, true, true, false]);
  });

  it('gives every chỉ tiêu a citation of its own row, with a provenance and a note', () => {
    const r = evaluate(xaNtm, { id: 'xa-a', region: 'DBSH', values: {} }, { asOf: '2018-01-01' });
    expect(all(r)).toHaveLength(49);
    for (const i of all(r)) {
      expect(i.citation.decision).toBe('1980/QĐ-TTg');
      expect(i.citation.item).toBe(i.code);
      expect(i.citation.url).toMatch(/^https?:\/\//);
      expect(i.citation.note, i.code).toBeTruthy();
      expect(PROVENANCES).toContain(i.provenance);
    }
    for (const c of r.criteria) expect(c.provenance).toBe('verified');
    // Verified end to end: income (2020 levels), health insurance and the health-station row.
    expect(auditSet(xaNtm).filter((a) => a.weakest === 'verified').map((a) => a.code)).toEqual(['10', '15.1', '15.2']);
  });
});

describe('QĐ 1980/QĐ-TTg — thu nhập theo năm', () => {
  it('uses the 2020 level by region in 2020 only; other years are unknown, never interpolated', () => {
    const run = (asOf: string, region: 'TDMNPB' | 'DBSH' | 'DBSCL', income: number) =>
      chiTieu(evaluate(xaNtm, { id: 'xa-b', region, values: { '10': income } }, { asOf }), '10');
    expect(run('2020-06-01', 'TDMNPB', 36)).toMatchObject({ status: 'met', requirement: { value: 36 }, provenance: 'verified' });
    expect(run('2020-06-01', 'DBSH', 49.9)).toMatchObject({ status: 'not-met', requirement: { value: 50 } });
    expect(run('2020-06-01', 'DBSCL', 50).status).toBe('met');
    for (const asOf of ['2016-12-15', '2017-06-01', '2018-06-01', '2019-06-01', '2021-06-01', '2022-03-07']) {
      expect(run(asOf, 'TDMNPB', 500).status, asOf).toBe('unknown');
    }
  });
});

describe('typed unit values', () => {
  it('types each value by its indicator code', () => {
    const good: UnitOf<typeof xaNtm>['values'] = { '2.1': true, '10': 40, '17.1': { hopVeSinh: 96, nuocSach: 61 } };
    // @ts-expect-error a yes/no row does not take a number
    const bad: UnitOf<typeof xaNtm>['values'] = { '2.1': 100 };
    expect([good, bad]).toHaveLength(2);
  });
});
