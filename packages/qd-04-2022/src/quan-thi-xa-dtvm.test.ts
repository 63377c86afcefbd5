// QĐ 04/2022/QĐ-TTg, Phụ lục II — quận, thị xã, thành phố đạt chuẩn đô thị văn minh.
import { describe, expect, it } from 'vitest';
import { PROVENANCES, evaluate, toChildResults, type EvaluationResult, type IndicatorResult, type UnitOf } from '@tieuchi/core';
import { phuongThiTranDtvm, quanThiXaDtvm } from './index.js';

type Quan = UnitOf<typeof quanThiXaDtvm>;
type Values = NonNullable<Quan['values']>;
const all = (r: EvaluationResult): IndicatorResult[] => r.criteria.flatMap((c) => [...c.indicators]);
const chiTieu = (r: EvaluationResult, code: string): IndicatorResult => {
  const found = all(r).find((i) => i.code === code);
  if (!found) throw new Error(`chỉ tiêu ${code} không có trong kết quả`);
  return found;
};

const PHUONG = [
  { id: 'p-1', name: 'Phường Một', status: 'met' },
  { id: 'p-2', name: 'Phường Hai', status: 'met' },
  { id: 'tt-3', name: 'Thị trấn Ba', status: 'met' },
] as const;

const DU: Values = {
  'DK.1': true,
  'DK.2': { loai: 'lan-dau', soNam: 2 },
  'DK.3': PHUONG,
  'DK.4': 'n/a',
  'DK.5': true,
  '1': true,
  '2': true,
  '3': true,
  '4': true,
  '5': true,
  '6': true,
  '7': true,
  '8': true,
  '9': true,
  '9.4': true,
};
const quan = (values: Partial<Values> = {}): Quan => ({ id: 'tx-a', name: 'Thị xã A', region: 'BTB', values: { ...DU, ...values } as Values });
const run = (u: Quan) => evaluate(quanThiXaDtvm, u, { asOf: '2024-06-01' });

describe('QĐ 04/2022/QĐ-TTg Phụ lục II — cấu trúc', () => {
  it('has the 9 tiêu chí (criterion 3 worded for this level) and a condition block', () => {
    const tieuChi = quanThiXaDtvm.criteria.filter((c) => c.role !== 'condition');
    expect(tieuChi.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(tieuChi[2]?.label.vi).toBe('Môi trường đô thị');
    expect(tieuChi[8]?.indicators.map((i) => i.code)).toEqual(['9', '9.4']);
    expect(quanThiXaDtvm.criteria[0]?.indicators.map((i) => i.code)).toEqual(['DK.1', 'DK.2', 'DK.3', 'DK.4', 'DK.5']);
    expect(quanThiXaDtvm).toMatchObject({ id: 'qd-04-2022/quan-thi-xa-dtvm', scope: 'quan-thi-xa', tier: 'dtvm', validity: { from: '2022-04-15' } });
    expect(quanThiXaDtvm.citation).toMatchObject({ decision: '04/2022/QĐ-TTg', part: 'Phụ lục II', effective: '2022-04-15' });
  });

  it('reads the phường and thị trấn as children, 100% of which must be recognised', () => {
    const dk3 = quanThiXaDtvm.criteria[0]?.indicators.find((i) => i.code === 'DK.3');
    expect(dk3?.input.kind).toBe('children');
    expect(dk3?.rule).toEqual({ type: 'shareOfChildren', atLeast: 100 });
  });

  it('gives every row a citation with a provenance', () => {
    const r = run({ id: 'q', values: {} });
    expect(all(r)).toHaveLength(15);
    for (const i of all(r)) {
      expect(i.citation.decision).toBe('04/2022/QĐ-TTg');
      expect(i.citation.url).toMatch(/^https?:\/\//);
      expect(PROVENANCES).toContain(i.provenance);
    }
    expect(chiTieu(r, '9.4').provenance).toBe('verified');
    expect(chiTieu(r, 'DK.5').provenance).toBe('unverified');
  });
});

describe('QĐ 04/2022/QĐ-TTg Phụ lục II — đánh giá', () => {
  it('with everything known met it is still unknown: the conditions after the xã clause are not known', () => {
    const r = run(quan());
    expect(r.summary.criteria).toEqual({ met: 9, notMet: 0, unknown: 0, total: 9 });
    expect(r.summary.conditions).toEqual({ met: 4, notMet: 0, unknown: 1, total: 5 });
    expect(chiTieu(r, 'DK.5')).toMatchObject({ status: 'unknown' });
    expect(chiTieu(r, 'DK.5').reason?.vi).toMatch(/bị cắt/);
    expect(r.status).toBe('unknown');
    expect(run(quan({ 'DK.5': false })).status).toBe('unknown');
  });

  it('one phường not recognised: DK.3 not met, the unit not met, and the phường named', () => {
    const r = run(quan({ 'DK.3': [...PHUONG.slice(0, 2), { id: 'tt-3', name: 'Thị trấn Ba', status: 'not-met' }] }));
    expect(chiTieu(r, 'DK.3')).toMatchObject({ status: 'not-met', actual: 66.666666667, blocking: [{ id: 'tt-3', status: 'not-met' }] });
    expect(r.status).toBe('not-met');
  });

  it('a phường whose status is unknown leaves DK.3 unknown; an empty list is unknown too', () => {
    expect(chiTieu(run(quan({ 'DK.3': [...PHUONG.slice(0, 2), { id: 'tt-3', status: 'unknown' }] })), 'DK.3').status).toBe('unknown');
    expect(chiTieu(run(quan({ 'DK.3': [] })), 'DK.3').status).toBe('unknown');
  });

  it('DK.4 (100% of its xã): n/a for a unit without xã, otherwise 100% of the listed xã', () => {
    expect(chiTieu(run(quan()), 'DK.4')).toMatchObject({ status: 'met', notApplicable: true });
    expect(chiTieu(run(quan({ 'DK.4': [{ id: 'x-1', status: 'met' }, { id: 'x-2', status: 'not-met' }] })), 'DK.4').status).toBe('not-met');
    expect(chiTieu(run(quan({ 'DK.4': [{ id: 'x-1', status: 'met' }] })), 'DK.4').status).toBe('met');
  });

  it('row 9.4 (tiếp cận pháp luật) not met makes criterion 9 not met', () => {
    const r = run(quan({ '9.4': false }));
    expect(r.criteria.find((c) => c.number === 9)?.status).toBe('not-met');
    expect(r.summary.criteria).toMatchObject({ met: 8, notMet: 1 });
  });
});

describe('QĐ 04/2022/QĐ-TTg — từ phường, thị trấn lên quận, thị xã', () => {
  it('rolls the phường results of Phụ lục I up into condition DK.3', () => {
    const criteria = { '1': true, '2': true, '3': true, '4.1': true, '4.2': true, '4.3': true, '4.4': true, '4.5': true, '4.6': true, '5': true, '6': true, '7': true, '8': true, '9': true };
    const dk = { 'DK.a': true, 'DK.c': { loai: 'lan-dau', soNam: 2 }, 'DK.d': 95 } as const;
    const phuong = [
      evaluate(phuongThiTranDtvm, { id: 'p-1', name: 'Phường Một', values: { ...criteria, ...dk } }, { asOf: '2024-06-01' }),
      evaluate(phuongThiTranDtvm, { id: 'p-2', name: 'Phường Hai', values: { ...criteria, ...dk, 'DK.d': 88 } }, { asOf: '2024-06-01' }),
    ];
    expect(phuong.map((r) => r.status)).toEqual(['met', 'not-met']);
    const r = run(quan({ 'DK.3': toChildResults(phuong) }));
    expect(chiTieu(r, 'DK.3')).toMatchObject({ status: 'not-met', actual: 50, blocking: [{ id: 'p-2', name: 'Phường Hai', status: 'not-met' }] });
    expect(r.status).toBe('not-met');
  });
});
