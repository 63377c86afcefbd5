import { describe, expect, it } from 'vitest';
import { change, criterion, defineAmendment, defineSet, derive, indicator, input, isTrue, type CriteriaSet } from '@tieuchi/core';
import { catalog, createCatalog, samples } from '@tieuchi/catalog';
import { testCitation, testSet } from '../../core/test/fixture.js';

// Illustrative, test-only sets (not law): an older set superseded by testSet, an amendment, a provincial variant.
const older: CriteriaSet = defineSet({
  id: 'test-0-2016/xa-demo',
  label: { vi: 'Bộ cũ (thử nghiệm)', en: 'Old set (test)' },
  scope: 'xa',
  tier: 'ntm',
  citation: { ...testCitation, decision: '0/QĐ-TEST', signed: '2016-10-17' },
  validity: { from: '2016-12-01', until: '2020-12-31' },
  criteria: [criterion(1, { vi: 'Quy hoạch', en: 'Planning' }, [indicator('1.1', { vi: 'Có quy hoạch', en: 'Has a plan', input: input.boolean(), rule: isTrue() })])],
});
const amendment = defineAmendment({
  citation: { ...testCitation, decision: '2/QĐ-TEST', signed: '2024-02-20' },
  effective: '2024-03-01',
  label: { vi: 'Sửa đổi', en: 'Amendment' },
  changes: { 'test-1-2022/xa-demo': [change.setValue('2.1', 90, { where: { regions: ['BTB'] } })] },
});
const provincial = derive(testSet, {
  id: 'thu-nghiem-qd-9-2022/xa-demo',
  province: 'thu-nghiem',
  label: { vi: 'Bộ của tỉnh (thử nghiệm)', en: 'Provincial set (test)' },
  citation: { decision: '9/2022/QĐ-UBND', issuer: 'UBND tỉnh Thử Nghiệm', signed: '2022-08-10', provenance: 'partial' },
  validity: { from: '2022-08-10', until: '2023-12-31' },
  regions: ['BTB'],
  changes: [change.setValue('2.1', 85, { where: { regions: ['BTB'] } })],
});
const test = createCatalog([
  { name: '@test/old', sets: [older] },
  { name: '@test/new', sets: [testSet] },
  { name: '@test/amendment', amendments: [amendment] },
  { name: '@test/province', sets: [provincial] },
]);

describe('createCatalog', () => {
  it('lists every version with decision, dates in force, counts and provenance shares', () => {
    const rows = test.entries.map((e) => [e.id, e.version, e.from, e.until ?? '…', e.amendments.join(',')]);
    expect(rows).toEqual([
      ['test-0-2016/xa-demo', '2016-12-01', '2016-12-01', '2020-12-31', ''],
      ['test-1-2022/xa-demo', '2022-02-01', '2022-02-01', '2024-02-29', ''],
      ['test-1-2022/xa-demo', '2024-03-01', '2024-03-01', '2025-12-31', '2/QĐ-TEST'],
      ['thu-nghiem-qd-9-2022/xa-demo', '2022-08-10', '2022-08-10', '2023-12-31', ''],
    ]);
    const first = test.entries[1];
    expect(first).toMatchObject({ package: '@test/new', criteria: 8, indicators: 15, scope: 'xa', tier: 'ntm' });
    expect(first?.provenance.total).toBe(15);
  });

  it('resolves the set in force for a date, with its amendments applied', () => {
    expect(test.resolve({ scope: 'xa', asOf: '2019-06-01' })?.set.id).toBe('test-0-2016/xa-demo');
    expect(test.resolve({ scope: 'xa', asOf: '2021-06-01' })).toBeUndefined();
    expect(test.resolve({ scope: 'xa', asOf: '2024-02-29' })?.set.version).toBe('2022-02-01');
    const after = test.resolve({ scope: 'xa', asOf: '2024-03-01' });
    expect(after?.set.version).toBe('2024-03-01');
    expect(after?.set.amendedBy.map((c) => c.decision)).toEqual(['2/QĐ-TEST']);
  });

  it("resolves a province's own set while it is in force, else the national one", () => {
    expect(test.resolve({ scope: 'xa', province: 'thu-nghiem', asOf: '2023-06-01' })).toMatchObject({ via: 'province', set: { id: 'thu-nghiem-qd-9-2022/xa-demo' } });
    expect(test.resolve({ scope: 'xa', province: 'thu-nghiem', asOf: '2024-06-01' })).toMatchObject({ via: 'national', set: { id: 'test-1-2022/xa-demo' } });
    expect(test.resolve({ scope: 'xa', province: 'tinh-khac', asOf: '2023-06-01' })).toMatchObject({ via: 'national' });
  });

  it('gets a set by id at a date, and its versions', () => {
    expect(test.get('test-1-2022/xa-demo', '2023-01-01')?.version).toBe('2022-02-01');
    expect(test.get('test-1-2022/xa-demo')?.version).toBe('2024-03-01');
    expect(test.versions('test-1-2022/xa-demo')?.entries).toHaveLength(2);
    expect(test.get('no/such-set')).toBeUndefined();
  });

  it('refuses two packages publishing one set, and amendments of unpublished sets', () => {
    expect(() => createCatalog([{ name: 'a', sets: [testSet] }, { name: 'b', sets: [testSet] }])).toThrow(/both a and b/);
    expect(() => createCatalog([{ name: 'a', amendments: [amendment] }])).toThrow(/no package publishes/);
  });
});

describe('the published catalog', () => {
  it('resolves a commune at 2025-06-01 to the 2021–2025 national set', () => {
    expect(catalog.resolve({ scope: 'xa', asOf: '2025-06-01' })?.set.id).toBe('qd-318-2022/xa-ntm');
  });

  it('resolves a commune at 2026-03-01 to the 2026–2030 national set', () => {
    expect(catalog.resolve({ scope: 'xa', asOf: '2026-03-01' })?.set.id).toBe('qd-51-2025/xa-ntm');
    expect(catalog.resolve({ scope: 'xa', asOf: '2026-02-14' })?.set.id).toBe('qd-318-2022/xa-ntm');
  });

  it('gives different versions of qd-318-2022/xa-ntm the day before and the day QĐ 211 takes effect', () => {
    const before = catalog.resolve({ scope: 'xa', asOf: '2024-02-29' })?.set;
    const on = catalog.resolve({ scope: 'xa', asOf: '2024-03-01' })?.set;
    expect(before?.id).toBe('qd-318-2022/xa-ntm');
    expect(on?.id).toBe('qd-318-2022/xa-ntm');
    expect(before?.fingerprint).not.toBe(on?.fingerprint);
    expect(before?.amendedBy).toEqual([]);
    expect(on?.amendedBy.map((c) => c.decision)).toEqual(['211/QĐ-TTg']);
  });

  it('resolves the higher tiers and the sets QĐ 211 issued', () => {
    expect(catalog.resolve({ scope: 'xa', tier: 'nang-cao', asOf: '2025-01-01' })?.set.id).toBe('qd-318-2022/xa-ntm-nang-cao');
    expect(catalog.resolve({ scope: 'xa', tier: 'kieu-mau', asOf: '2025-01-01' })?.set.id).toBe('qd-319-2022/xa-ntm-kieu-mau');
    expect(catalog.get('qd-211-2024/huyen-ntm-dac-thu', '2024-06-01')?.citation.decision).toBe('211/QĐ-TTg');
  });

  it('resolves districts, island districts and provinces, and ends districts with the 2025 reform', () => {
    expect(catalog.resolve({ scope: 'huyen', asOf: '2024-06-01' })?.set.id).toBe('qd-320-2022/huyen-ntm');
    expect(catalog.resolve({ scope: 'huyen', tier: 'nang-cao', asOf: '2024-06-01' })?.set.id).toBe('qd-320-2022/huyen-ntm-nang-cao');
    expect(catalog.resolve({ scope: 'huyen-dac-thu', asOf: '2024-06-01' })?.set.id).toBe('qd-211-2024/huyen-ntm-dac-thu');
    expect(catalog.resolve({ scope: 'huyen', asOf: '2025-07-01' })).toBeUndefined();
    expect(catalog.resolve({ scope: 'tinh', asOf: '2024-06-01' })?.set.id).toBe('qd-321-2022/tinh-hoan-thanh-ntm');
    expect(catalog.resolve({ scope: 'tinh', asOf: '2026-03-01' })?.set.id).toBe('qd-51-2025/tinh-hoan-thanh-ntm');
  });

  it('resolves a commune to the set of its period, 2009 to 2030', () => {
    const at = (d: string) => catalog.resolve({ scope: 'xa', asOf: d })?.set;
    expect(at('2012-06-01')?.id).toBe('qd-491-2009/xa-ntm');
    expect(at('2013-02-19')?.amendedBy).toEqual([]);
    expect(at('2013-02-20')?.amendedBy.map((c) => c.decision)).toEqual(['342/QĐ-TTg']);
    expect(at('2016-11-30')?.id).toBe('qd-491-2009/xa-ntm');
    expect(at('2016-12-01')?.id).toBe('qd-1980-2016/xa-ntm');
    expect(at('2022-03-07')?.id).toBe('qd-1980-2016/xa-ntm');
    expect(at('2022-03-08')?.id).toBe('qd-318-2022/xa-ntm');
  });

  it('lists every published set with its decision, counts and provenance shares', () => {
    const ids = new Set(catalog.entries.map((e) => e.id));
    expect(ids.size).toBeGreaterThanOrEqual(14);
    for (const e of catalog.entries) {
      expect(e.provenance.total).toBe(e.indicators + e.conditions);
      expect(e.citation.decision.length).toBeGreaterThan(0);
    }
    const counts = (id: string) => catalog.entries.filter((e) => e.id === id).map((e) => [e.criteria, e.indicators])[0];
    expect(counts('qd-318-2022/xa-ntm')).toEqual([19, 57]);
    expect(counts('qd-318-2022/xa-ntm-nang-cao')).toEqual([19, 75]);
    expect(counts('qd-51-2025/xa-ntm')).toEqual([10, 47]);
    expect(counts('qd-320-2022/huyen-ntm')?.[0]).toBe(9);
  });

  it("resolves a province's own set while it is in force, else the national one", () => {
    const th = (d: string, tier?: 'nang-cao') => catalog.resolve({ scope: 'xa', province: 'thanh-hoa', asOf: d, ...(tier ? { tier } : {}) });
    expect(th('2023-06-01')).toMatchObject({ via: 'province', set: { id: 'thanh-hoa-qd-32-2022/xa-ntm' } });
    expect(th('2024-06-01')?.set.id).toBe('thanh-hoa-qd-32-2022/xa-ntm');
    expect(th('2026-03-01')).toMatchObject({ via: 'national', set: { id: 'qd-51-2025/xa-ntm' } });
    expect(catalog.resolve({ scope: 'xa', province: 'ha-tinh', asOf: '2023-06-01' })?.set.id).toBe('ha-tinh-qd-36-2022/xa-ntm');
    expect(catalog.resolve({ scope: 'xa', province: 'binh-phuoc', asOf: '2023-06-01' })).toMatchObject({ via: 'national', set: { id: 'qd-318-2022/xa-ntm' } });
    expect(catalog.resolve({ scope: 'phuong-thi-tran', province: 'ha-tinh', asOf: '2021-06-01' })?.set.id).toBe('ha-tinh-qd-18-2020/phuong-thi-tran-dtvm');
    expect(catalog.resolve({ scope: 'phuong-thi-tran', province: 'ha-tinh', asOf: '2022-06-01' })?.set.id).toBe('qd-04-2022/phuong-thi-tran-dtvm');
  });

  it('rates OCOP products under QĐ 1048 until QĐ 148 replaces it', () => {
    expect(catalog.resolve({ scope: 'san-pham', asOf: '2023-02-23' })?.set.id).toBe('qd-1048-2019/san-pham-ocop');
    expect(catalog.resolve({ scope: 'san-pham', asOf: '2023-02-24' })?.set.id).toBe('qd-148-2023/san-pham-ocop');
  });

  it('ships clearly synthetic sample communes and a district made of them', () => {
    expect(samples.note).toMatch(/Synthetic/);
    expect(samples.communes.length).toBeGreaterThanOrEqual(5);
    const ids = new Set(samples.communes.map((c) => c.id));
    for (const d of samples.districts) for (const c of d.communes) expect(ids.has(c)).toBe(true);
    expect(new Set(samples.communes.map((c) => c.region)).size).toBeGreaterThanOrEqual(4);
  });
});
