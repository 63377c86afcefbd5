// Structure and provenance checks for QĐ 491/QĐ-TTg (16/4/2009), as issued.
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
/** Placeholder rows: the criterion number as code, flagged unverified with a "Placeholder" note. */
const placeholders = () => auditSet(xaNtm).filter((r) => r.citation.note?.startsWith('Placeholder'));

describe('QĐ 491/QĐ-TTg — cấu trúc', () => {
  it('has 19 tiêu chí in 5 nhóm; 28 encoded rows of which 12 are placeholders; 39 is only the reported total', () => {
    expect(xaNtm.criteria.map((c) => c.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    const nhom = Object.fromEntries(xaNtm.groups.map((g) => [g.id, tieuChiList.filter((c) => c.group === g.id).map((c) => c.number)]));
    expect(nhom).toEqual({ I: [1], II: [2, 3, 4, 5, 6, 7, 8, 9], III: [10, 11, 12, 13], IV: [14, 15, 16, 17], V: [18, 19] });
    expect(tieuChiList.flatMap((c) => c.indicators)).toHaveLength(28);
    expect(placeholders().map((r) => r.code)).toEqual(['6', '8', '9', '11', '12', '13', '14', '15', '16', '17', '18', '19']);
    for (const p of placeholders()) {
      expect(p.provenance).toBe('unverified');
      expect(p.label.vi).toMatch(/\(chỉ tiêu chưa xác minh\)$/);
    }
    // Rows of criteria 1–5 read in the scanned annex: 12.
    expect(tieuChiList.filter((c) => c.number <= 5).flatMap((c) => c.indicators.map((i) => i.code))).toEqual([
      '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '4.1', '4.2', '5',
    ]);
    expect(reportedIndicatorTotal).toEqual({ value: 39, provenance: 'unverified' });
    expect(sets).toEqual([xaNtm]);
  });

  it('is the decision as issued on 16/4/2009, in force until the day before QĐ 1980/QĐ-TTg takes effect', () => {
    expect(xaNtm.id).toBe('qd-491-2009/xa-ntm');
    expect(xaNtm.scope).toBe('xa');
    expect(xaNtm.tier).toBe('ntm');
    expect(xaNtm.validity).toEqual({ from: '2009-04-16', until: '2016-11-30' });
    expect(xaNtm.citation).toMatchObject({ decision: '491/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', signed: '2009-04-16', provenance: 'partial' });
    expect(xaNtm.amendedBy).toEqual([]);
    const xa = { id: 'xa-a', region: 'BTB' as const, values: {} };
    expect(evaluate(xaNtm, xa, { asOf: '2009-04-15' }).issues.some((i) => i.code === 'SET_NOT_IN_FORCE')).toBe(true);
    expect(evaluate(xaNtm, xa, { asOf: '2016-11-30' }).issues.some((i) => i.code === 'SET_NOT_IN_FORCE')).toBe(false);
    expect(evaluate(xaNtm, xa, { asOf: '2016-12-01' }).issues.some((i) => i.code === 'SET_NOT_IN_FORCE')).toBe(true);
  });

  it('gives every chỉ tiêu a citation of its own row with a provenance and a place to read it', () => {
    const r = evaluate(xaNtm, { id: 'xa-a', region: 'DHNTB', values: {} }, { asOf: '2011-06-01' });
    expect(all(r)).toHaveLength(28);
    for (const i of all(r)) {
      expect(i.citation.decision).toBe('491/QĐ-TTg');
      expect(i.citation.item).toBe(i.code);
      expect(i.citation.url).toMatch(/^https?:\/\//);
      expect(i.citation.note, i.code).toBeTruthy();
      expect(PROVENANCES).toContain(i.provenance);
    }
    // Only rows read in the scan are verified.
    expect(auditSet(xaNtm).filter((a) => a.weakest === 'verified').map((a) => a.code)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.4', '3.1', '3.2', '4.1', '4.2']);
  });
});

describe('QĐ 491/QĐ-TTg — đánh giá', () => {
  it('a commune with no data is unknown everywhere and never met', () => {
    const r = evaluate(xaNtm, { id: 'xa-trong', region: 'TN', values: {} }, { asOf: '2012-01-01' });
    expect(all(r).every((i) => i.status === 'unknown')).toBe(true);
    expect(r.status).toBe('unknown');
    expect(r.summary.criteria).toEqual({ met: 0, notMet: 0, unknown: 19, total: 19 });
    expect(r.summary.text.vi).toBe('Đạt 0/19 tiêu chí, 0/28 chỉ tiêu');
  });

  it('reads the regional columns of the scan (2.2: ĐBSH 100%, TDMNPB 50%)', () => {
    const run = (region: 'DBSH' | 'TDMNPB') => chiTieu(evaluate(xaNtm, { id: 'xa-b', region, values: { '2.2': 60 } }, { asOf: '2012-01-01' }), '2.2');
    expect(run('DBSH')).toMatchObject({ status: 'not-met', gap: 40, provenance: 'verified' });
    expect(run('TDMNPB')).toMatchObject({ status: 'met', gap: 0 });
  });

  it('never decides 2.3 on half of it: the hardened share of the row is not known', () => {
    const r = evaluate(xaNtm, { id: 'xa-c', region: 'BTB', values: { '2.3': { sachKhongLayLoi: 100, cungHoa: 100 } } }, { asOf: '2012-01-01' });
    expect(chiTieu(r, '2.3').status).toBe('unknown');
    expect(r.issues.some((i) => i.code === 'VALUE_NOT_KNOWN' && i.indicator === '2.3')).toBe(true);
  });

  it('criterion 10 as issued (relative to the provincial average) is never decided: its levels are not known', () => {
    const r = evaluate(xaNtm, { id: 'xa-d', region: 'DBSCL', values: { '10': 3 } }, { asOf: '2012-06-01' });
    expect(chiTieu(r, '10').status).toBe('unknown');
    expect(chiTieu(r, '10').reason?.vi).toMatch(/1,2–1,5 lần/);
  });

  it('a placeholder decides its criterion on the assessed result, with an UNVERIFIED_VALUE warning', () => {
    const r = evaluate(xaNtm, { id: 'xa-e', region: 'BTB', values: { '6': true, '8': false } }, { asOf: '2012-06-01' });
    expect(r.criteria.find((c) => c.number === 6)?.status).toBe('met');
    expect(r.criteria.find((c) => c.number === 8)?.status).toBe('not-met');
    expect(r.issues.filter((i) => i.code === 'UNVERIFIED_VALUE').map((i) => i.indicator)).toEqual(['6', '8']);
  });
});

describe('typed unit values', () => {
  it('types each value by its indicator code', () => {
    const good: UnitOf<typeof xaNtm>['values'] = { '6': true, '2.2': 55, '2.3': { sachKhongLayLoi: 100, cungHoa: 50 } };
    // @ts-expect-error a yes/no row does not take a number
    const bad: UnitOf<typeof xaNtm>['values'] = { '6': 5 };
    expect([good, bad]).toHaveLength(2);
  });
});
