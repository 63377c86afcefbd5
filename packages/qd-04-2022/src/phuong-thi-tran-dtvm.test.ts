// QĐ 04/2022/QĐ-TTg, Phụ lục I — phường, thị trấn đạt chuẩn đô thị văn minh.
// Structure, citations, conditions of Điều 5 khoản 2, and what the encoding decides.
import { describe, expect, it } from 'vitest';
import { PROVENANCES, auditSet, evaluate, type EvaluationResult, type IndicatorResult, type UnitOf } from '@tieuchi/core';
import { REPORTED_INDICATORS_PHUONG_THI_TRAN, phuongThiTranDtvm, quanThiXaDtvm, sets } from './index.js';

type Phuong = UnitOf<typeof phuongThiTranDtvm>;
type Values = NonNullable<Phuong['values']>;
const all = (r: EvaluationResult): IndicatorResult[] => r.criteria.flatMap((c) => [...c.indicators]);
const chiTieu = (r: EvaluationResult, code: string): IndicatorResult => {
  const found = all(r).find((i) => i.code === code);
  if (!found) throw new Error(`chỉ tiêu ${code} không có trong kết quả`);
  return found;
};
const tieuChi = (r: EvaluationResult, n: number) => r.criteria.find((c) => c.number === n);

/** A township that meets every row and condition. */
const DU: Values = {
  'DK.a': true,
  'DK.c': { loai: 'lan-dau', soNam: 2 },
  'DK.d': 92.4,
  '1': true,
  '2': true,
  '3': true,
  '4.1': true,
  '4.2': true,
  '4.3': true,
  '4.4': true,
  '4.5': true,
  '4.6': true,
  '5': true,
  '6': true,
  '7': true,
  '8': true,
  '9': true,
};
const thiTran = (values: Partial<Values> = {}): Phuong => ({ id: 'tt-a', name: 'Thị trấn A', region: 'BTB', values: { ...DU, ...values } as Values });
const run = (u: Phuong, asOf = '2023-06-01') => evaluate(phuongThiTranDtvm, u, { asOf });

describe('QĐ 04/2022/QĐ-TTg Phụ lục I — cấu trúc', () => {
  it('has 9 tiêu chí numbered 1–9, plus the condition block 0 of Điều 5 khoản 2', () => {
    const tieuChiList = phuongThiTranDtvm.criteria.filter((c) => c.role !== 'condition');
    expect(tieuChiList.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(phuongThiTranDtvm.criteria.filter((c) => c.role === 'condition').map((c) => c.number)).toEqual([0]);
    expect(tieuChiList.map((c) => c.label.vi)).toEqual([
      'Quy hoạch đô thị',
      'Giao thông đô thị',
      'Môi trường và an toàn thực phẩm đô thị',
      'An ninh, trật tự đô thị',
      'Thông tin, truyền thông đô thị',
      'Việc làm, thu nhập bình quân, hộ nghèo ở đô thị',
      'Văn hóa, thể thao đô thị',
      'Y tế, giáo dục đô thị',
      'Hệ thống chính trị và trách nhiệm của chính quyền đô thị',
    ]);
  });

  it('encodes 14 chỉ tiêu, not the reported 52: one row per criterion, and the 6 nội dung of criterion 4', () => {
    const rows = phuongThiTranDtvm.criteria.filter((c) => c.role !== 'condition').flatMap((c) => c.indicators.map((i) => i.code));
    expect(rows).toEqual(['1', '2', '3', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '6', '7', '8', '9']);
    expect(REPORTED_INDICATORS_PHUONG_THI_TRAN).toMatchObject({ value: 52, provenance: 'unverified' });
    expect(rows.length).not.toBe(REPORTED_INDICATORS_PHUONG_THI_TRAN.value);
    expect(phuongThiTranDtvm.criteria[0]?.indicators.map((i) => i.code)).toEqual(['DK.a', 'DK.c', 'DK.d']);
  });

  it('is the national set, in force from 15/04/2022, for phường and thị trấn', () => {
    expect(phuongThiTranDtvm).toMatchObject({
      id: 'qd-04-2022/phuong-thi-tran-dtvm',
      scope: 'phuong-thi-tran',
      tier: 'dtvm',
      validity: { from: '2022-04-15' },
      citation: { decision: '04/2022/QĐ-TTg', signed: '2022-02-18', effective: '2022-04-15', part: 'Phụ lục I', provenance: 'partial' },
    });
    expect(phuongThiTranDtvm.province).toBeUndefined();
    expect(sets).toEqual([phuongThiTranDtvm, quanThiXaDtvm]);
  });

  it('gives every row a citation with a provenance and a URL; every criterion is verified', () => {
    const r = run({ id: 'tt-trong', values: {} });
    expect(all(r)).toHaveLength(17);
    for (const i of all(r)) {
      expect(i.citation.decision).toBe('04/2022/QĐ-TTg');
      expect(i.citation.url).toMatch(/^https?:\/\//);
      expect(i.citation.item).toBeTruthy();
      expect(PROVENANCES).toContain(i.provenance);
    }
    expect(r.criteria.filter((c) => c.role === 'criterion').every((c) => c.provenance === 'verified')).toBe(true);
    for (const row of auditSet(phuongThiTranDtvm)) expect(row.known).toBe('all');
    expect(chiTieu(r, '4.1').provenance).toBe('verified');
    expect(chiTieu(r, '4.2').provenance).toBe('partial');
    expect(chiTieu(r, 'DK.d')).toMatchObject({ provenance: 'verified', requirement: { type: 'atLeast', value: 90 } });
  });
});

describe('QĐ 04/2022/QĐ-TTg Phụ lục I — đánh giá', () => {
  it('a township with no data is unknown, never met', () => {
    const r = run({ id: 'tt-trong', values: {} });
    expect(r.status).toBe('unknown');
    expect(r.summary.criteria).toEqual({ met: 0, notMet: 0, unknown: 9, total: 9 });
    expect(r.summary.indicators).toEqual({ met: 0, notMet: 0, unknown: 14, total: 14 });
    expect(r.summary.conditions).toEqual({ met: 0, notMet: 0, unknown: 3, total: 3 });
  });

  it('meets the standard with every criterion and condition met', () => {
    const r = run(thiTran());
    expect(r.status).toBe('met');
    expect(r.summary.text.vi).toBe('Đạt 3/3 điều kiện, 9/9 tiêu chí, 14/14 chỉ tiêu');
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('satisfaction: 90% is enough, 89.9% is not', () => {
    expect(chiTieu(run(thiTran({ 'DK.d': 90 })), 'DK.d').status).toBe('met');
    const r = run(thiTran({ 'DK.d': 89.9 }));
    expect(chiTieu(r, 'DK.d')).toMatchObject({ status: 'not-met', gap: 0.1 });
    expect(r.status).toBe('not-met');
    expect(r.summary.criteria.met).toBe(9);
  });

  it('registration period: 2 years for first recognition, 5 for re-recognition', () => {
    expect(chiTieu(run(thiTran({ 'DK.c': { loai: 'lan-dau', soNam: 1.9 } })), 'DK.c').status).toBe('not-met');
    expect(chiTieu(run(thiTran({ 'DK.c': { loai: 'lai', soNam: 4 } })), 'DK.c').status).toBe('not-met');
    expect(chiTieu(run(thiTran({ 'DK.c': { loai: 'lai', soNam: 5 } })), 'DK.c').status).toBe('met');
    const thieu = run(thiTran({ 'DK.c': { loai: 'lai' } as Values['DK.c'] }));
    expect(chiTieu(thieu, 'DK.c')).toMatchObject({ status: 'unknown', missing: ['values.DK.c.soNam'] });
    const sai = run(thiTran({ 'DK.c': { loai: 'lan-hai', soNam: 3 } as unknown as Values['DK.c'] }));
    expect(chiTieu(sai, 'DK.c').status).toBe('unknown');
    expect(sai.issues.map((i) => i.code)).toContain('NOT_AN_OPTION');
  });

  it('criterion 4 needs all 6 nội dung', () => {
    const r = run(thiTran({ '4.3': false }));
    expect(tieuChi(r, 4)?.status).toBe('not-met');
    expect(r.summary.criteria).toMatchObject({ met: 8, notMet: 1 });
    expect(r.summary.indicators).toMatchObject({ met: 13, notMet: 1 });
  });

  it('a value that is not true/false is an issue and never met', () => {
    const r = run(thiTran({ '1': 'đạt' as unknown as boolean }));
    expect(chiTieu(r, '1').status).toBe('unknown');
    expect(r.issues.map((i) => i.code)).toContain('WRONG_TYPE');
    expect(r.status).toBe('unknown');
  });

  it('before 15/04/2022 the set is not in force (warning)', () => {
    expect(run(thiTran(), '2022-04-14').issues.map((i) => i.code)).toContain('SET_NOT_IN_FORCE');
    expect(run(thiTran(), '2022-04-15').issues.map((i) => i.code)).not.toContain('SET_NOT_IN_FORCE');
  });
});
