// Structure and provenance checks for QĐ 691/QĐ-TTg (2018).
import { describe, expect, it } from 'vitest';
import { PROVENANCES, auditSet, evaluate, type Criterion } from '@tieuchi/core';
import { NANG_CAO_TINH_2016_2020, sets, xaNtmKieuMau } from './index.js';

describe('QĐ 691/QĐ-TTg — xã NTM kiểu mẫu 2018–2020', () => {
  it('has 4 tiêu chí and the precondition of NTM nâng cao under the province set (not qd-1980-2016/xa-ntm)', () => {
    expect(xaNtmKieuMau.id).toBe('qd-691-2018/xa-ntm-kieu-mau');
    expect(xaNtmKieuMau.tier).toBe('kieu-mau');
    expect(xaNtmKieuMau.criteria.map((c) => [c.number, c.label.vi])).toEqual([
      [1, 'Sản xuất - Thu nhập - Hộ nghèo'],
      [2, 'Giáo dục - Y tế - Văn hóa'],
      [3, 'Môi trường'],
      [4, 'An ninh trật tự - Hành chính công'],
    ]);
    expect(xaNtmKieuMau.prerequisites.map((p) => p.set)).toEqual([NANG_CAO_TINH_2016_2020]);
    expect(NANG_CAO_TINH_2016_2020).not.toBe('qd-1980-2016/xa-ntm');
    expect(xaNtmKieuMau.validity).toEqual({ from: '2018-06-05', until: '2022-03-07' });
    expect((xaNtmKieuMau.criteria as readonly Criterion[]).flatMap((c) => c.indicators)).toHaveLength(16);
    expect(sets).toEqual([xaNtmKieuMau]);
  });

  it('has a placeholder per criterion whose items are not all known: 4 rows, all unverified', () => {
    const ph = auditSet(xaNtmKieuMau).filter((r) => r.citation.note?.startsWith('Placeholder'));
    expect(ph.map((r) => r.code)).toEqual(['1', '2', '3', '4']);
    expect(ph.every((r) => r.provenance === 'unverified')).toBe(true);
  });

  it('gives every item a citation with a provenance and a place to read it', () => {
    const r = evaluate(xaNtmKieuMau, { id: 'xa-a', values: {} }, { asOf: '2019-01-01' });
    for (const i of r.criteria.flatMap((c) => c.indicators)) {
      expect(i.citation.decision).toBe('691/QĐ-TTg');
      expect(i.citation.item).toBe(i.code);
      expect(i.citation.url).toMatch(/^https?:\/\//);
      expect(PROVENANCES).toContain(i.provenance);
    }
  });

  it('reads the income condition against the income at NTM recognition (1.5 ×)', () => {
    const run = (hienTai: number, khiDatChuanNtm: number) =>
      evaluate(xaNtmKieuMau, { id: 'xa-b', values: { '1a': { hienTai, khiDatChuanNtm } } }, { asOf: '2019-01-01' }).criteria[0]?.indicators[0]?.status;
    expect(run(45, 30)).toBe('met');
    expect(run(44.9, 30)).toBe('not-met');
    expect(run(45, 0)).toBe('unknown');
  });
});
