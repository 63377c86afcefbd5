import { PROVENANCES, auditSet, evaluate, provenanceShares, type ChildResult, type EvaluationResult, type IndicatorResult } from '@tieuchi/core';
import { xaNtm } from '@tieuchi/qd-318-2022';
import { evaluateDistrict, huyenNtm } from '@tieuchi/qd-320-2022';
import { evaluateProvince, sets, tinhHoanThanhNtm } from '@tieuchi/qd-321-2022';
import { describe, expect, it } from 'vitest';

const asOf = '2024-12-01';
const unit = (id: string, name: string, status: ChildResult['status']): ChildResult => ({ id, name, status });
const list = (prefix: string, label: string, n: number, statuses: Partial<Record<number, ChildResult['status']>> = {}, otherwise: ChildResult['status'] = 'met') =>
  Array.from({ length: n }, (_, k) => unit(`${prefix}-${k + 1}`, `${label} ${k + 1}`, statuses[k + 1] ?? otherwise));

function indicatorOf(r: EvaluationResult, code: string): IndicatorResult {
  for (const c of r.criteria) for (const i of c.indicators) if (i.code === code) return i;
  throw new Error(`no indicator ${code}`);
}

const province = { id: 'tinh-y', name: 'Tỉnh Y', region: 'DBSH', values: { '5': true, '6a': 4.2, '6b': 75, '6c': 92 } } as const;
// 10 huyện, 2 of them nâng cao (20%); 1 thành phố; 20 xã, 8 of them nâng cao (40%).
const baseOptions = {
  asOf,
  towns: [unit('tp-1', 'Thành phố 1', 'met')],
  advancedDistricts: [unit('huyen-1', 'Huyện 1', 'met'), unit('huyen-2', 'Huyện 2', 'met')],
  communes: list('xa', 'Xã', 20),
  advancedCommunes: list('xa', 'Xã', 20, { 1: 'met', 2: 'met', 3: 'met', 4: 'met', 5: 'met', 6: 'met', 7: 'met', 8: 'met' }, 'not-met'),
};

describe('tỉnh hoàn thành nhiệm vụ xây dựng NTM (QĐ 321/QĐ-TTg)', () => {
  it('is published under its contract id, in force from 08/3/2022 until QĐ 51/2025 takes over on 15/02/2026', () => {
    expect(sets.map((s) => s.id)).toEqual(['qd-321-2022/tinh-hoan-thanh-ntm']);
    expect([tinhHoanThanhNtm.scope, tinhHoanThanhNtm.tier]).toEqual(['tinh', 'hoan-thanh']);
    expect(tinhHoanThanhNtm.validity).toEqual({ from: '2022-03-08', until: '2026-02-14' });
  });

  it('has conditions 1–5 (verified) and the 3 items after them (partial): 6 criteria, 8 rows', () => {
    expect(tinhHoanThanhNtm.criteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const rows = auditSet(tinhHoanThanhNtm);
    expect(rows.map((r) => [r.code, r.weakest])).toEqual([
      ['1', 'verified'], ['2', 'verified'], ['3', 'verified'], ['4', 'verified'], ['5', 'verified'],
      ['6a', 'partial'], ['6b', 'partial'], ['6c', 'partial'],
    ]);
    expect(provenanceShares(tinhHoanThanhNtm)).toEqual({ verified: 5, partial: 3, unverified: 0, total: 8 });
    const rule = (code: string) => tinhHoanThanhNtm.criteria.flatMap((c): readonly { code: string; rule: unknown }[] => c.indicators).find((i) => i.code === code)?.rule;
    expect(rule('1')).toEqual({ type: 'shareOfChildren', atLeast: 100 });
    expect(rule('2')).toEqual({ type: 'shareOfChildren', atLeast: 100 });
    expect(rule('3')).toEqual({ type: 'shareOfChildren', atLeast: 20 });
    expect(rule('4')).toEqual({ type: 'shareOfChildren', atLeast: 40 });
  });

  it('every indicator has a citation of QĐ 321 with provenance and a URL', () => {
    for (const r of auditSet(tinhHoanThanhNtm)) {
      expect(r.citation.decision).toBe('321/QĐ-TTg');
      expect(PROVENANCES).toContain(r.provenance);
      expect(r.citation.url, r.code).toMatch(/^https?:\/\//);
      for (const v of r.values) expect(PROVENANCES).toContain(v.provenance);
    }
  });
});

describe('evaluateProvince', () => {
  it('a province whose districts are all met, with 20% huyện and 40% xã nâng cao, completes the task', () => {
    const r = evaluateProvince(tinhHoanThanhNtm, province, list('huyen', 'Huyện', 10), baseOptions);
    expect(r.status).toBe('met');
    expect(indicatorOf(r, '1')).toMatchObject({ status: 'met', actual: 100, blocking: [] });
    expect(indicatorOf(r, '3')).toMatchObject({ status: 'met', actual: 20 });
    expect(indicatorOf(r, '4')).toMatchObject({ status: 'met', actual: 40 });
    expect(r.summary.criteria).toEqual({ met: 6, notMet: 0, unknown: 0, total: 6 });
  });

  it('two districts not met: not met, and the result names them (id and name) in `blocking`', () => {
    const r = evaluateProvince(tinhHoanThanhNtm, province, list('huyen', 'Huyện', 10, { 4: 'not-met', 9: 'not-met' }), baseOptions);
    expect(r.status).toBe('not-met');
    expect(indicatorOf(r, '1')).toMatchObject({ status: 'not-met', actual: 80, gap: 20 });
    expect(indicatorOf(r, '1').blocking).toEqual([
      { id: 'huyen-4', name: 'Huyện 4', status: 'not-met' },
      { id: 'huyen-9', name: 'Huyện 9', status: 'not-met' },
    ]);
  });

  it('one district unknown: the province is unknown, never met', () => {
    const r = evaluateProvince(tinhHoanThanhNtm, province, list('huyen', 'Huyện', 10, { 6: 'unknown' }), baseOptions);
    expect(r.status).toBe('unknown');
    expect(indicatorOf(r, '1').blocking).toEqual([{ id: 'huyen-6', name: 'Huyện 6', status: 'unknown' }]);
  });

  it('condition 3 is over all huyện: a district without a nâng cao result counts as unknown', () => {
    const r = evaluateProvince(tinhHoanThanhNtm, province, list('huyen', 'Huyện', 10), { ...baseOptions, advancedDistricts: [unit('huyen-1', 'Huyện 1', 'met')] });
    expect(indicatorOf(r, '3')).toMatchObject({ status: 'unknown', actual: 10, gap: 10 });
  });

  it('condition 4 is over every xã of the province; without the roster, the nâng cao list is taken as complete', () => {
    const { communes: _c, ...noRoster } = baseOptions;
    const r = evaluateProvince(tinhHoanThanhNtm, province, list('huyen', 'Huyện', 10), noRoster);
    expect(indicatorOf(r, '4')).toMatchObject({ status: 'met', actual: 40 });
    const bigger = evaluateProvince(tinhHoanThanhNtm, province, list('huyen', 'Huyện', 10), { ...baseOptions, communes: list('xa', 'Xã', 25) });
    // 8 of 25 met, 12 not met, 5 with no nâng cao result: 32% now, at most 52%.
    expect(indicatorOf(bigger, '4')).toMatchObject({ status: 'unknown', actual: 32 });
  });

  it('towns: [] means none (n/a); a nâng cao result for a district outside the province is an error, never met', () => {
    const r = evaluateProvince(tinhHoanThanhNtm, province, list('huyen', 'Huyện', 10), {
      ...baseOptions,
      towns: [],
      advancedDistricts: [...baseOptions.advancedDistricts, unit('huyen-khac', 'Huyện tỉnh khác', 'met')],
    });
    expect(indicatorOf(r, '2')).toMatchObject({ status: 'met', notApplicable: true });
    expect(indicatorOf(r, '3').status).toBe('unknown');
    expect(r.issues.find((i) => i.code === 'CHILD_NOT_IN_UNIT')?.message.en).toContain('not on this unit');
  });

  it('refuses a set other than QĐ 321', () => {
    expect(() => evaluateProvince(huyenNtm, province, [], { asOf })).toThrow(TypeError);
  });
});

describe('the whole chain: communes (QĐ 318) → districts (QĐ 320) → province (QĐ 321)', () => {
  const own = {
    'DK.4a': 93, 'DK.4b': 81, '1.1': true, '1.2': 2, '2.1': true, '2.2': 100, '2.3': true, '2.4': 'n/a', '3.1': true, '3.2': true,
    '4': true, '5': true, '6': true, '7': true, '8': true, '9.1': true, '9.2': true, '9.3': true, '9.4': true, '9.5': true, '9.6': true,
  };

  it('recognised communes roll up to met districts and a province that completes the task', () => {
    const communesA = list('a-xa', 'Xã A', 5);
    const communesB = list('b-xa', 'Xã B', 5);
    const advanced = [unit('a-xa-1', 'Xã A 1', 'met'), unit('a-xa-2', 'Xã A 2', 'met'), unit('b-xa-1', 'Xã B 1', 'met'), unit('b-xa-2', 'Xã B 2', 'met')];
    const huyenA = evaluateDistrict(huyenNtm, { id: 'huyen-a', name: 'Huyện A', values: own }, communesA, { asOf, townships: [], advancedCommunes: advanced.slice(0, 2) });
    const huyenB = evaluateDistrict(huyenNtm, { id: 'huyen-b', name: 'Huyện B', values: own }, communesB, { asOf, townships: [], advancedCommunes: advanced.slice(2) });
    expect([huyenA.status, huyenB.status]).toEqual(['met', 'met']);

    const r = evaluateProvince(tinhHoanThanhNtm, province, [huyenA, huyenB], {
      asOf,
      towns: [],
      advancedDistricts: [unit('huyen-a', 'Huyện A', 'met')],
      communes: [...communesA, ...communesB],
      advancedCommunes: advanced,
    });
    expect(r.status).toBe('met');
    expect(indicatorOf(r, '4')).toMatchObject({ status: 'met', actual: 40 });
  });

  it('communes evaluated with xaNtm: one not met blocks its district, which blocks the province by name', () => {
    const values = {
      '1.1': true, '1.2': true, '2.1': 100, '2.2': 95, '2.3': 90, '2.4': 85, '3.1': 90, '3.2': true, '4.1': true, '4.2': 99.2,
      '5': { soTruong: 3, datToiThieu: 3, datMucDo1: 2 }, '6.1': true, '6.2': true, '6.3': 100, '7': true,
      '8.1': true, '8.2': true, '8.3': true, '8.4': true, '9.1': 0, '9.2': 88, '10': 58.4, '11': 1.2, '12.1': 78, '12.2': 30,
      '13.1': true, '13.2': true, '13.3': true, '13.4': 'n/a', '13.5': true,
      '14.1': { tyLeTre6TuoiVaoLop1: 99.5, pcgdMamNon5Tuoi: true, pcgdTieuHoc: 3, pcgdThcs: 2, xoaMuChu: 2 }, '14.2': 92, '14.3': 78,
      '15.1': 95.8, '15.2': true, '15.3': 12, '15.4': 75, '16': 82,
      '17.1': 98, '17.2': 100, '17.3': true, '17.4': 2.5, '17.5': true, '17.6': true, '17.7': 90, '17.8': 85, '17.9': 100, '17.10': 60, '17.11': 100,
      '18.1': true, '18.2': true, '18.3': 100, '18.4': true, '18.5': true, '18.6': true, '19.1': true, '19.2': true,
    } as const;
    const xa = (id: string, name: string, patch: Record<string, unknown> = {}) =>
      evaluate(xaNtm, { id, name, region: 'BTB', category: [], values: { ...values, ...patch } } as never, { asOf });
    const huyen = evaluateDistrict(huyenNtm, { id: 'huyen-z', name: 'Huyện Z', values: own }, [xa('xa-1', 'Xã 1'), xa('xa-2', 'Xã 2', { '16': 60 }), xa('xa-3', 'Xã 3')], {
      asOf,
      townships: [],
    });
    expect(huyen.status).toBe('not-met');
    const r = evaluateProvince(tinhHoanThanhNtm, province, [huyen, unit('huyen-k', 'Huyện K', 'met')], { asOf, towns: [] });
    expect(r.status).toBe('not-met');
    expect(indicatorOf(r, '1').blocking).toEqual([{ id: 'huyen-z', name: 'Huyện Z', status: 'not-met' }]);
  });
});
