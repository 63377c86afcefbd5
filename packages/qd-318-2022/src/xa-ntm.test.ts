// Law-test cases for QĐ 318/QĐ-TTg (08/3/2022), Phụ lục I — xã nông thôn mới 2021–2025, as issued.
// Each case is a commune, a date and its figures, and what the decree (as encoded) says about them.
import { describe, expect, it } from 'vitest';
import { PROVENANCES, evaluate, type Criterion, type EvaluationResult, type IndicatorResult, type UnitOf } from '@tieuchi/core';
import { sets, xaNtm, xaNtmNangCao } from './index.js';

type Xa = UnitOf<typeof xaNtm>;
type Values = Xa['values'];
/** The criteria as plain data (the set's own type is a tuple of 19 distinct criterion types). */
const tieuChiList: readonly Criterion[] = xaNtm.criteria;

const all = (r: EvaluationResult): IndicatorResult[] => r.criteria.flatMap((c) => [...c.indicators]);
const chiTieu = (r: EvaluationResult, code: string): IndicatorResult => {
  const found = all(r).find((i) => i.code === code);
  if (!found) throw new Error(`chỉ tiêu ${code} không có trong kết quả`);
  return found;
};
const issues = (r: EvaluationResult, code: string, indicator?: string) =>
  r.issues.filter((i) => i.code === code && (indicator === undefined || i.indicator === indicator));

/**
 * A TDMNPB commune in mid-2022 whose figures meet every indicator except those of criteria 16 and 17.
 * TDMNPB is chosen because it is the region with the most known thresholds (2.2–2.4, 4.2, 14.2, 15.4, income 2022).
 */
const tatCaTru16Va17: Values = {
  '1.1': true,
  '1.2': true,
  '2.1': 100,
  '2.2': 85,
  '2.3': 60,
  '2.4': 75,
  '3.1': 85,
  '3.2': true,
  '4.1': true,
  '4.2': 97,
  '5': { soTruong: 4, datToiThieu: 4, datMucDo1: 3 },
  '6.1': true,
  '6.2': true,
  '6.3': 100,
  '7': true,
  '8.1': true,
  '8.2': true,
  '8.3': true,
  '8.4': true,
  '9.1': 0,
  '9.2': 90,
  '10': 42,
  '11': 3.5,
  '12.1': 75,
  '12.2': 30,
  '13.1': true,
  '13.2': true,
  '13.3': true,
  '13.4': 'n/a',
  '13.5': true,
  '14.1': { tyLeTre6TuoiVaoLop1: 99.5, pcgdMamNon5Tuoi: true, pcgdTieuHoc: 2, pcgdThcs: 3, xoaMuChu: 2 },
  '14.2': 80,
  '14.3': 75,
  '15.1': 93,
  '15.2': true,
  '15.3': 20,
  '15.4': 60,
  // Criterion 16 fails: 55% of villages meet the cultural standard (≥ 70% required).
  '16': 55,
  // Criterion 17 fails on every row whose threshold is known.
  '17.1': 60,
  '17.2': 90,
  '17.3': false,
  '17.4': 1.5,
  '17.5': false,
  '17.6': false,
  '17.7': 50,
  '17.8': 60,
  '17.9': 95,
  '17.10': 20,
  '17.11': 80,
  '18.1': true,
  '18.2': true,
  '18.3': 100,
  '18.4': true,
  '18.5': true,
  '18.6': true,
  '19.1': true,
  '19.2': true,
};

describe('QĐ 318/QĐ-TTg Phụ lục I — cấu trúc bộ tiêu chí', () => {
  it('has 19 tiêu chí in 5 nhóm and exactly 57 chỉ tiêu; criteria 8 and 15 have 4 each', () => {
    expect(xaNtm.criteria).toHaveLength(19);
    expect(xaNtm.criteria.map((c) => c.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(tieuChiList.flatMap((c) => c.indicators)).toHaveLength(57);
    const nhom = Object.fromEntries(xaNtm.groups.map((g) => [g.id, tieuChiList.filter((c) => c.group === g.id).map((c) => c.number)]));
    expect(nhom).toEqual({ I: [1], II: [2, 3, 4, 5, 6, 7, 8, 9], III: [10, 11, 12, 13], IV: [14, 15, 16, 17], V: [18, 19] });
    const soChiTieu = (n: number) => tieuChiList.find((c) => c.number === n)?.indicators.length;
    expect(soChiTieu(8)).toBe(4);
    expect(soChiTieu(15)).toBe(4);
    expect(tieuChiList.find((c) => c.number === 10)?.indicators.map((i) => i.code)).toEqual(['10']);
    expect(tieuChiList.find((c) => c.number === 17)?.indicators.map((i) => i.code)).toEqual(
      Array.from({ length: 11 }, (_, i) => `17.${i + 1}`),
    );
  });

  it('is the decision as issued on 08/3/2022, in force until the day before QĐ 51/2025 takes effect', () => {
    expect(xaNtm.id).toBe('qd-318-2022/xa-ntm');
    expect(xaNtm.scope).toBe('xa');
    expect(xaNtm.tier).toBe('ntm');
    expect(xaNtm.citation).toMatchObject({
      decision: '318/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      signed: '2022-03-08',
      effective: '2022-03-08',
      part: 'Phụ lục I',
      provenance: 'partial',
    });
    expect(xaNtm.validity).toEqual({ from: '2022-03-08', until: '2026-02-14' });
    expect(xaNtm.amendedBy).toEqual([]);
    expect(xaNtm.categories['xa-dac-biet-kho-khan']?.useRegion).toBe('TDMNPB');
    expect(xaNtm.categories['xa-an-toan-khu']?.useRegion).toBe('TDMNPB');
    expect(sets).toEqual([xaNtm, xaNtmNangCao]);
  });

  it('gives every chỉ tiêu a citation of its own row, with a provenance', () => {
    const r = evaluate(xaNtm, { id: 'xa-a', region: 'BTB', values: {} }, { asOf: '2023-06-01' });
    const rows = all(r);
    expect(rows).toHaveLength(57);
    for (const i of rows) {
      expect(i.citation.decision).toBe('318/QĐ-TTg');
      expect(i.citation.part).toBe('Phụ lục I');
      expect(i.citation.item).toBe(i.code);
      expect(i.citation.url).toMatch(/^https?:\/\//);
      expect(PROVENANCES).toContain(i.provenance);
    }
    for (const c of r.criteria) expect(c.provenance).toBe('verified');
  });
});

describe('QĐ 318/QĐ-TTg Phụ lục I — đánh giá xã', () => {
  it('a commune with no data is unknown everywhere and never met', () => {
    for (const xa of [
      { id: 'xa-trong', region: 'BTB', values: {} },
      { id: 'xa-khong-vung', values: {} },
    ] satisfies Xa[]) {
      const r = evaluate(xaNtm, xa, { asOf: '2023-06-01' });
      expect(all(r).every((i) => i.status === 'unknown')).toBe(true);
      expect(r.criteria.every((c) => c.status === 'unknown')).toBe(true);
      expect(r.status).toBe('unknown');
      expect(r.summary.criteria).toEqual({ met: 0, notMet: 0, unknown: 19, total: 19 });
      expect(r.summary.indicators).toEqual({ met: 0, notMet: 0, unknown: 57, total: 57 });
      expect(r.summary.text.vi).toBe('Đạt 0/19 tiêu chí, 0/57 chỉ tiêu');
    }
  });

  it('a commune failing only criteria 16 and 17 reports them as chưa đạt and nothing else as chưa đạt', () => {
    const r = evaluate(xaNtm, { id: 'xa-b', name: 'Xã B', region: 'TDMNPB', values: tatCaTru16Va17 }, { asOf: '2022-06-01' });
    const chuaDat = r.criteria.filter((c) => c.status === 'not-met').map((c) => c.number);
    expect(chuaDat).toEqual([16, 17]);
    // The failing chỉ tiêu are exactly those of 16 and 17 whose threshold is known.
    expect(all(r).filter((i) => i.status === 'not-met').map((i) => i.code)).toEqual(['16', '17.2', '17.3', '17.4', '17.5', '17.6', '17.9', '17.11']);
    // Why the report reads 12/19 and not 17/19: the thresholds of 9.2, 11, 12.1, 12.2, 14.3 (every region) and 15.1
    // (TDMNPB) are not known from the official text, so criteria 9, 11, 12, 14 and 15 stay "chưa đủ dữ liệu". No region
    // avoids this (9.2, 11, 12 and 14.3 are unknown everywhere). Met + unknown = 17: once those thresholds are confirmed
    // and met, the same commune reads "Đạt 17/19 tiêu chí".
    const chuaRo = r.criteria.filter((c) => c.status === 'unknown').map((c) => c.number);
    expect(chuaRo).toEqual([9, 11, 12, 14, 15]);
    expect(r.summary.criteria).toEqual({ met: 12, notMet: 2, unknown: 5, total: 19 });
    expect(r.summary.criteria.met + r.summary.criteria.unknown).toBe(17);
    expect(r.summary.text.vi).toBe('Đạt 12/19 tiêu chí, 39/57 chỉ tiêu');
    // Every unknown is the law's gap, not the commune's: no data is missing, and each has a reason.
    const unknown = all(r).filter((i) => i.status === 'unknown');
    expect(unknown.map((i) => i.code)).toEqual(['9.2', '11', '12.1', '12.2', '14.3', '15.1', '17.1', '17.7', '17.8', '17.10']);
    for (const i of unknown) {
      expect(i.missing).toEqual([]);
      expect(i.reason?.vi).toMatch(/chưa được xác minh/);
    }
    expect(issues(r, 'VALUE_NOT_KNOWN')).toHaveLength(10);
    expect(r.status).toBe('not-met');
  });

  it('a xã đặc biệt khó khăn in Bắc Trung Bộ is held to the TDMNPB values (Điều 1)', () => {
    const values: Values = { '10': 40, '2.2': 82 };
    const thuong = evaluate(xaNtm, { id: 'xa-c', region: 'BTB', values }, { asOf: '2022-09-01' });
    expect(chiTieu(thuong, '10')).toMatchObject({ status: 'not-met', gap: 5, requirement: { value: 45 } });
    expect(chiTieu(thuong, '2.2').status).toBe('unknown'); // BTB level of 2.2 not known

    const dbkk = evaluate(xaNtm, { id: 'xa-c', region: 'BTB', category: ['xa-dac-biet-kho-khan'], values }, { asOf: '2022-09-01' });
    expect(dbkk.unit).toMatchObject({ region: 'BTB', effectiveRegion: 'TDMNPB', regionBy: 'xa-dac-biet-kho-khan' });
    expect(chiTieu(dbkk, '10')).toMatchObject({ status: 'met', requirement: { value: 39 } });
    expect(chiTieu(dbkk, '2.2')).toMatchObject({ status: 'met', requirement: { value: 80 } });

    const atk = evaluate(xaNtm, { id: 'xa-d', region: 'BTB', category: ['xa-an-toan-khu'], values }, { asOf: '2022-09-01' });
    expect(chiTieu(atk, '10')).toMatchObject({ status: 'met', requirement: { value: 39 } });
  });

  it('income: the 2022 level applies in 2022; 2023–2024 are unknown (no level stated); from 01/01/2025 the 2025 level (not known)', () => {
    const xa: Xa = { id: 'xa-e', region: 'TDMNPB', values: { '10': 40 } };
    const nam2022 = evaluate(xaNtm, xa, { asOf: '2022-12-31' });
    expect(chiTieu(nam2022, '10')).toMatchObject({ status: 'met', requirement: { value: 39 }, provenance: 'partial' });
    // The decree states levels for 2022 and 2025 only; the 2022 level is not carried into 2023–2024 (reference §4.8, G17).
    for (const asOf of ['2023-07-01', '2024-12-31']) {
      const giua = evaluate(xaNtm, xa, { asOf });
      expect(chiTieu(giua, '10').status).toBe('unknown');
      expect(issues(giua, 'YEAR_NOT_COVERED', '10')).toHaveLength(1);
    }
    const sau = evaluate(xaNtm, xa, { asOf: '2025-01-01' });
    expect(chiTieu(sau, '10').status).toBe('unknown');
    expect(chiTieu(sau, '10').reason?.en).toMatch(/2025 income level is not known/);
    expect(issues(sau, 'VALUE_NOT_KNOWN', '10')).toHaveLength(1);
    // Never met on a guessed 2025 level, however high the income.
    const giau = evaluate(xaNtm, { ...xa, values: { '10': 500 } }, { asOf: '2025-06-30' });
    expect(chiTieu(giau, '10').status).toBe('unknown');
  });

  it('verdicts resting on unverified values carry an UNVERIFIED_VALUE warning; verified and partial ones do not', () => {
    const btb = evaluate(xaNtm, { id: 'xa-f', region: 'BTB', values: { '10': 50, '6.3': 100, '3.1': 90 } }, { asOf: '2022-09-01' });
    expect(chiTieu(btb, '10')).toMatchObject({ status: 'met', provenance: 'unverified' });
    expect(issues(btb, 'UNVERIFIED_VALUE', '10')).toHaveLength(1);
    expect(chiTieu(btb, '6.3')).toMatchObject({ status: 'met', provenance: 'verified' });
    expect(chiTieu(btb, '3.1')).toMatchObject({ status: 'met', provenance: 'partial' });
    expect(issues(btb, 'UNVERIFIED_VALUE')).toHaveLength(1);
    expect(btb.summary.unverifiedVerdicts).toBe(1);

    // A failing verdict on an unverified value is flagged too (9.1 "Nhà tạm, dột nát: Không").
    const nhaTam = evaluate(xaNtm, { id: 'xa-g', region: 'DBSCL', values: { '9.1': 3 } }, { asOf: '2023-01-01' });
    expect(chiTieu(nhaTam, '9.1')).toMatchObject({ status: 'not-met', gap: 3 });
    expect(issues(nhaTam, 'UNVERIFIED_VALUE', '9.1')).toHaveLength(1);
  });

  it('15.3 stunting: exactly at the regional level is met, just above is not; the comparator stays flagged', () => {
    const dungMuc = evaluate(xaNtm, { id: 'xa-h', region: 'DBSH', values: { '15.3': 16.5 } }, { asOf: '2023-03-01' });
    const i = chiTieu(dungMuc, '15.3');
    expect(i).toMatchObject({ status: 'met', requirement: { type: 'atMost', value: 16.5 }, provenance: 'unverified' });
    expect(i.citation.url).toContain('118.69.201.250');
    expect(issues(dungMuc, 'UNVERIFIED_VALUE', '15.3')).toHaveLength(1);

    const vuot = evaluate(xaNtm, { id: 'xa-h', region: 'DBSH', values: { '15.3': 16.6 } }, { asOf: '2023-03-01' });
    expect(chiTieu(vuot, '15.3')).toMatchObject({ status: 'not-met', gap: 0.1 });

    const tayNguyen = evaluate(xaNtm, { id: 'xa-i', region: 'TN', values: { '15.3': 26.5 } }, { asOf: '2023-03-01' });
    expect(chiTieu(tayNguyen, '15.3').status).toBe('met');
  });

  it('15.4 electronic health records: known for TDMNPB and ĐBSH only', () => {
    const tdmnpb = evaluate(xaNtm, { id: 'xa-j', region: 'TDMNPB', values: { '15.4': 50 } }, { asOf: '2023-03-01' });
    expect(chiTieu(tdmnpb, '15.4')).toMatchObject({ status: 'met', provenance: 'verified' });
    const dbsh = evaluate(xaNtm, { id: 'xa-j', region: 'DBSH', values: { '15.4': 69.9 } }, { asOf: '2023-03-01' });
    expect(chiTieu(dbsh, '15.4').status).toBe('not-met');
    const dnb = evaluate(xaNtm, { id: 'xa-j', region: 'DNB', values: { '15.4': 99 } }, { asOf: '2023-03-01' });
    expect(chiTieu(dnb, '15.4').status).toBe('unknown');
    expect(chiTieu(dnb, '15.4').reason?.vi).toMatch(/bị cắt/);
  });

  it('criterion 5 (schools): ĐBSH needs every school at mức độ 1; BTB needs all at the minimum and 70% / 50% at mức độ 1', () => {
    const run = (region: Xa['region'], soTruong: number, datToiThieu: number, datMucDo1: number) =>
      chiTieu(evaluate(xaNtm, { id: 'xa-k', region, values: { '5': { soTruong, datToiThieu, datMucDo1 } } }, { asOf: '2023-05-01' }), '5').status;
    expect(run('DBSH', 4, 4, 4)).toBe('met');
    expect(run('DBSH', 4, 4, 3)).toBe('not-met');
    expect(run('BTB', 4, 4, 3)).toBe('met'); // 75% ≥ 70% (more than 3 schools)
    expect(run('BTB', 4, 4, 2)).toBe('not-met'); // 50% < 70%
    expect(run('BTB', 3, 3, 2)).toBe('met'); // 66.7% ≥ 50% (3 schools or fewer)
    expect(run('BTB', 3, 3, 1)).toBe('not-met'); // 33.3% < 50%
    expect(run('BTB', 3, 2, 2)).toBe('not-met'); // one school below the minimum standard
    expect(run('DBSCL', 2, 2, 1)).toBe('met'); // 50% at the boundary
    expect(run('BTB', 3, 1, 2)).toBe('unknown'); // inconsistent counts are never met
    const thieu = evaluate(xaNtm, { id: 'xa-k', region: 'BTB', values: { '5': { soTruong: 3, datMucDo1: 2 } } }, { asOf: '2023-05-01' });
    expect(chiTieu(thieu, '5')).toMatchObject({ status: 'unknown', missing: ['values.5.datToiThieu'] });
    expect(issues(evaluate(xaNtm, { id: 'xa-k', region: 'BTB', values: { '5': { soTruong: 4, datToiThieu: 4, datMucDo1: 3 } } }, { asOf: '2023-05-01' }), 'UNVERIFIED_VALUE')).toEqual([]);
  });

  it('14.1 universal education: every part must reach its level (6-year-olds ≥ 98%, mức độ 2)', () => {
    const base = { tyLeTre6TuoiVaoLop1: 98, pcgdMamNon5Tuoi: true, pcgdTieuHoc: 2, pcgdThcs: 2, xoaMuChu: 2 };
    const run = (v: typeof base) => chiTieu(evaluate(xaNtm, { id: 'xa-l', region: 'TN', values: { '14.1': v } }, { asOf: '2023-05-01' }), '14.1').status;
    expect(run(base)).toBe('met');
    expect(run({ ...base, tyLeTre6TuoiVaoLop1: 97.9 })).toBe('not-met');
    expect(run({ ...base, pcgdThcs: 1 })).toBe('not-met');
    expect(run({ ...base, pcgdMamNon5Tuoi: false })).toBe('not-met');
  });

  it('13.4 "(nếu có)": a commune without traditional crafts answers n/a and the row counts as met', () => {
    const r = evaluate(xaNtm, { id: 'xa-m', region: 'DHNTB', values: { '13.4': 'n/a' } }, { asOf: '2023-05-01' });
    expect(chiTieu(r, '13.4')).toMatchObject({ status: 'met', notApplicable: true });
    const sai = evaluate(xaNtm, { id: 'xa-m', region: 'DHNTB', values: { '13.5': 'n/a' } as never }, { asOf: '2023-05-01' });
    expect(chiTieu(sai, '13.5').status).toBe('unknown');
  });

  it('is not in force before 08/3/2022 or after 14/02/2026', () => {
    const xa: Xa = { id: 'xa-n', region: 'DNB', values: { '10': 60 } };
    expect(issues(evaluate(xaNtm, xa, { asOf: '2022-03-07' }), 'SET_NOT_IN_FORCE')).toHaveLength(1);
    expect(issues(evaluate(xaNtm, xa, { asOf: '2022-03-08' }), 'SET_NOT_IN_FORCE')).toHaveLength(0);
    expect(issues(evaluate(xaNtm, xa, { asOf: '2026-02-14' }), 'SET_NOT_IN_FORCE')).toHaveLength(0);
    expect(issues(evaluate(xaNtm, xa, { asOf: '2026-02-15' }), 'SET_NOT_IN_FORCE')).toHaveLength(1);
    // ĐNB 2022 income 59 (partial, Bình Phước copy).
    expect(chiTieu(evaluate(xaNtm, xa, { asOf: '2022-03-08' }), '10')).toMatchObject({ status: 'met', provenance: 'partial' });
  });
});
