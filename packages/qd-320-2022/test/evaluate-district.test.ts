import { evaluate, type ChildResult, type EvaluationResult, type IndicatorResult, type UnitOf } from '@tieuchi/core';
import { xaNtm } from '@tieuchi/qd-318-2022';
import { evaluateDistrict, huyenNtm, huyenNtmNangCao, thiXaHoanThanhNtm } from '@tieuchi/qd-320-2022';
import { describe, expect, it } from 'vitest';

/** The district's own values (criteria 1–9 and satisfaction), all met. */
const own = {
  'DK.4a': 93,
  'DK.4b': 81,
  '1.1': true,
  '1.2': 2,
  '2.1': true,
  '2.2': 100,
  '2.3': true,
  '2.4': 'n/a',
  '3.1': true,
  '3.2': true,
  '4': true,
  '5': true,
  '6': true,
  '7': true,
  '8': true,
  '9.1': true,
  '9.2': true,
  '9.3': true,
  '9.4': true,
  '9.5': true,
  '9.6': true,
} as const;

const district = { id: 'huyen-x', name: 'Huyện X', region: 'BTB', province: 'thanh-hoa', values: own } as const;
const asOf = '2024-06-01';

const commune = (id: string, name: string, status: ChildResult['status']): ChildResult => ({ id, name, status });
const tenCommunes = (statuses: Partial<Record<number, ChildResult['status']>> = {}) =>
  Array.from({ length: 10 }, (_, n) => commune(`xa-${n + 1}`, `Xã ${n + 1}`, statuses[n + 1] ?? 'met'));

function indicatorOf(r: EvaluationResult, code: string): IndicatorResult {
  for (const c of r.criteria) for (const i of c.indicators) if (i.code === code) return i;
  throw new Error(`no indicator ${code}`);
}

describe('evaluateDistrict: huyện NTM from its communes', () => {
  const advanced = [commune('xa-1', 'Xã 1', 'met')];
  const townships = [commune('tt-1', 'Thị trấn 1', 'met')];

  it('a district whose communes are all met meets condition (1), with no blocking commune', () => {
    const r = evaluateDistrict(huyenNtm, district, tenCommunes(), { asOf, advancedCommunes: advanced, townships });
    expect(r.status).toBe('met');
    expect(r.set.id).toBe('qd-320-2022/huyen-ntm');
    expect(r.unit).toMatchObject({ id: 'huyen-x', name: 'Huyện X', region: 'BTB', province: 'thanh-hoa' });
    const dk1 = indicatorOf(r, 'DK.1');
    expect(dk1).toMatchObject({ status: 'met', actual: 100, gap: 0 });
    expect(dk1.blocking).toEqual([]);
    // 1 of 10 communes nâng cao = 10%: the others have no nâng cao result and count as unknown, yet the share is reached.
    expect(indicatorOf(r, 'DK.2')).toMatchObject({ status: 'met', actual: 10 });
    expect(r.summary.criteria).toMatchObject({ met: 9, total: 9 });
    expect(r.summary.conditions).toMatchObject({ met: 5, total: 5 });
    expect(r.criteria.filter((c) => c.group === 'TC' && c.status === 'met')).toHaveLength(9);
  });

  it('a district with 2 communes not met is not met, and the result names them (id and name) in `blocking`', () => {
    const r = evaluateDistrict(huyenNtm, district, tenCommunes({ 3: 'not-met', 7: 'not-met' }), { asOf, advancedCommunes: advanced, townships });
    expect(r.status).toBe('not-met');
    const dk1 = indicatorOf(r, 'DK.1');
    expect(dk1).toMatchObject({ status: 'not-met', actual: 80, gap: 20 });
    expect(dk1.blocking).toEqual([
      { id: 'xa-3', name: 'Xã 3', status: 'not-met' },
      { id: 'xa-7', name: 'Xã 7', status: 'not-met' },
    ]);
    expect(r.criteria.find((c) => c.group === 'DK')?.status).toBe('not-met');
  });

  it('a district with one commune unknown is unknown, never met', () => {
    const r = evaluateDistrict(huyenNtm, district, tenCommunes({ 5: 'unknown' }), { asOf, advancedCommunes: advanced, townships });
    expect(r.status).toBe('unknown');
    const dk1 = indicatorOf(r, 'DK.1');
    expect(dk1.status).toBe('unknown');
    expect(dk1.blocking).toEqual([{ id: 'xa-5', name: 'Xã 5', status: 'unknown' }]);
  });

  it('townships: [] means the district has none (n/a, met); no list at all leaves condition (3) unknown', () => {
    const none = evaluateDistrict(huyenNtm, district, tenCommunes(), { asOf, advancedCommunes: advanced, townships: [] });
    expect(indicatorOf(none, 'DK.3')).toMatchObject({ status: 'met', notApplicable: true });
    const missing = evaluateDistrict(huyenNtm, district, tenCommunes(), { asOf, advancedCommunes: advanced });
    expect(indicatorOf(missing, 'DK.3')).toMatchObject({ status: 'unknown', missing: ['values.DK.3'] });
    expect(missing.status).toBe('unknown');
  });

  it('a township not yet đô thị văn minh blocks condition (3) by name', () => {
    const r = evaluateDistrict(huyenNtm, district, tenCommunes(), {
      asOf,
      advancedCommunes: advanced,
      townships: [commune('tt-1', 'Thị trấn 1', 'met'), commune('tt-2', 'Thị trấn 2', 'not-met')],
    });
    expect(indicatorOf(r, 'DK.3').blocking).toEqual([{ id: 'tt-2', name: 'Thị trấn 2', status: 'not-met' }]);
  });

  it('condition (2) is over all communes: nâng cao results are matched to the roster; no nâng cao list leaves it unknown', () => {
    const none = evaluateDistrict(huyenNtm, district, tenCommunes(), { asOf, townships });
    expect(indicatorOf(none, 'DK.2').status).toBe('unknown');
    const allNot = evaluateDistrict(huyenNtm, district, tenCommunes(), {
      asOf,
      townships,
      advancedCommunes: tenCommunes(Object.fromEntries(Array.from({ length: 10 }, (_, n) => [n + 1, 'not-met']))),
    });
    expect(indicatorOf(allNot, 'DK.2')).toMatchObject({ status: 'not-met', gap: 10 });
  });

  it('a nâng cao result for a commune outside the district is reported (CHILD_NOT_IN_UNIT) and never counts as met', () => {
    const r = evaluateDistrict(huyenNtm, district, tenCommunes(), {
      asOf,
      townships,
      advancedCommunes: [commune('xa-1', 'Xã 1', 'met'), commune('xa-khac', 'Xã ngoài huyện', 'met')],
    });
    expect(indicatorOf(r, 'DK.2').status).toBe('unknown');
    const bad = r.issues.find((i) => i.code === 'CHILD_NOT_IN_UNIT');
    expect(bad?.path).toBe('values.DK.2[10]');
    expect(bad?.message.vi).toContain('không thuộc danh sách');
  });

  it('uses the district’s own values for everything but the children rows', () => {
    const r = evaluateDistrict(huyenNtm, { ...district, values: { ...own, '9.6': false, 'DK.1': [] } }, tenCommunes(), { asOf, advancedCommunes: advanced, townships });
    expect(indicatorOf(r, 'DK.1').status).toBe('met');
    expect(r.criteria.find((c) => c.number === 9)?.status).toBe('not-met');
  });

  it('evaluates a thị xã (Phụ lục II) and a huyện NTM nâng cao (Phụ lục III) the same way', () => {
    const tx = evaluateDistrict(thiXaHoanThanhNtm, { id: 'tx', values: { HL: 91, KHAC: true } }, tenCommunes({ 2: 'not-met' }), { asOf });
    expect(tx.status).toBe('not-met');
    expect(indicatorOf(tx, 'DK.1').blocking).toEqual([{ id: 'xa-2', name: 'Xã 2', status: 'not-met' }]);

    const nc = evaluateDistrict(
      huyenNtmNangCao,
      { id: 'huyen-nc', name: 'Huyện NC', recognized: [huyenNtm.id], values: { 'DK.4': 95 } },
      tenCommunes(),
      { asOf, advancedCommunes: tenCommunes(), modelCommunes: tenCommunes({ 4: 'not-met' }) },
    );
    expect(indicatorOf(nc, 'DK.1').status).toBe('met');
    expect(indicatorOf(nc, 'DK.2').status).toBe('unknown'); // the nâng cao share is not known
    // The kiểu mẫu share is not known either; the engine then decides nothing and lists no blocking communes.
    expect(indicatorOf(nc, 'DK.3')).toMatchObject({ status: 'unknown', requirement: null });
    expect(indicatorOf(nc, 'DK.3').actual).toHaveLength(10);
    expect(nc.prerequisites).toEqual([expect.objectContaining({ set: huyenNtm.id, status: 'met', via: 'recognized' })]);
    expect(nc.status).toBe('unknown');
  });

  it('refuses a set that is not one of QĐ 320’s district sets', () => {
    expect(() => evaluateDistrict(xaNtm, district, [], { asOf })).toThrow(TypeError);
  });

  it('no version of huyện NTM is in force after the district level ended (01/7/2025): SET_NOT_IN_FORCE', () => {
    const r = evaluateDistrict(huyenNtm, district, tenCommunes(), { asOf: '2025-07-01', advancedCommunes: advanced, townships });
    expect(r.issues.map((i) => i.code)).toContain('SET_NOT_IN_FORCE');
  });
});

describe('evaluateDistrict from real commune evaluations (QĐ 318 xã NTM)', () => {
  // A Bắc Trung Bộ commune with every value at or above every threshold @tieuchi/qd-318-2022 knows.
  const values: UnitOf<typeof xaNtm>['values'] = {
    '1.1': true, '1.2': true, '2.1': 100, '2.2': 95, '2.3': 90, '2.4': 85, '3.1': 90, '3.2': true, '4.1': true, '4.2': 99.2,
    '5': { soTruong: 3, datToiThieu: 3, datMucDo1: 2 }, '6.1': true, '6.2': true, '6.3': 100, '7': true,
    '8.1': true, '8.2': true, '8.3': true, '8.4': true, '9.1': 0, '9.2': 88, '10': 58.4, '11': 1.2, '12.1': 78, '12.2': 30,
    '13.1': true, '13.2': true, '13.3': true, '13.4': 'n/a', '13.5': true,
    '14.1': { tyLeTre6TuoiVaoLop1: 99.5, pcgdMamNon5Tuoi: true, pcgdTieuHoc: 3, pcgdThcs: 2, xoaMuChu: 2 }, '14.2': 92, '14.3': 78,
    '15.1': 95.8, '15.2': true, '15.3': 12, '15.4': 75, '16': 82,
    '17.1': 98, '17.2': 100, '17.3': true, '17.4': 2.5, '17.5': true, '17.6': true, '17.7': 90, '17.8': 85, '17.9': 100, '17.10': 60, '17.11': 100,
    '18.1': true, '18.2': true, '18.3': 100, '18.4': true, '18.5': true, '18.6': true, '19.1': true, '19.2': true,
  };
  const xa = (id: string, name: string, patch: Partial<typeof values> = {}) =>
    evaluate(xaNtm, { id, name, region: 'BTB', category: [], values: { ...values, ...patch } }, { asOf });

  it('three communes evaluated with xaNtm roll up into the district; the one with a makeshift house blocks it by name', () => {
    const communes = [xa('xa-dong', 'Xã Đông'), xa('xa-tay', 'Xã Tây', { '9.1': 1 }), xa('xa-nam', 'Xã Nam')];
    // QĐ 318 rows whose thresholds are not known (e.g. 11, 17.1) leave a complete commune "unknown", never "met".
    expect(communes.map((c) => c.status)).toEqual(['unknown', 'not-met', 'unknown']);

    const r = evaluateDistrict(huyenNtm, district, communes, { asOf, townships: [] });
    const dk1 = indicatorOf(r, 'DK.1');
    expect(dk1.status).toBe('not-met'); // 0 of 3 met, and even if both unknown were met: 67% < 100%
    expect(dk1.blocking).toEqual([
      { id: 'xa-dong', name: 'Xã Đông', status: 'unknown' },
      { id: 'xa-tay', name: 'Xã Tây', status: 'not-met' },
      { id: 'xa-nam', name: 'Xã Nam', status: 'unknown' },
    ]);
    expect(r.status).toBe('not-met');
  });

  it('three complete communes leave the district unknown: never met on an unknown commune', () => {
    const r = evaluateDistrict(huyenNtm, district, [xa('xa-1', 'Xã 1'), xa('xa-2', 'Xã 2'), xa('xa-3', 'Xã 3')], { asOf, townships: [] });
    expect(indicatorOf(r, 'DK.1').status).toBe('unknown');
    expect(r.status).toBe('unknown');
  });
});
