import { PROVENANCES, auditSet, provenanceShares, type CriteriaSet } from '@tieuchi/core';
import { DK, huyenNtm, huyenNtmNangCao, sets, thiXaHoanThanhNtm } from '@tieuchi/qd-320-2022';
import { describe, expect, it } from 'vitest';

const tieuChi = (set: CriteriaSet) => set.criteria.filter((c) => c.group === 'TC');

describe('set ids, scopes and validity (contract)', () => {
  it('publishes the three annexes under their contract ids', () => {
    expect(sets.map((s) => s.id)).toEqual(['qd-320-2022/huyen-ntm', 'qd-320-2022/thi-xa-hoan-thanh-ntm', 'qd-320-2022/huyen-ntm-nang-cao']);
    expect([huyenNtm.scope, huyenNtm.tier]).toEqual(['huyen', 'ntm']);
    expect([thiXaHoanThanhNtm.scope, thiXaHoanThanhNtm.tier]).toEqual(['thi-xa', 'hoan-thanh']);
    expect([huyenNtmNangCao.scope, huyenNtmNangCao.tier]).toEqual(['huyen', 'nang-cao']);
  });

  it('is in force from 08/3/2022 until 30/6/2025, the last day of the district level', () => {
    for (const s of sets) expect(s.validity).toEqual({ from: '2022-03-08', until: '2025-06-30' });
  });

  it('huyện NTM nâng cao requires huyện NTM', () => {
    expect(huyenNtmNangCao.prerequisites.map((p) => p.set)).toEqual([huyenNtm.id]);
  });
});

describe('huyện NTM (Phụ lục I): counts', () => {
  it('has exactly 9 tiêu chí, numbered 1–9 with the verified names, plus the conditions group', () => {
    const tc = tieuChi(huyenNtm);
    expect(tc).toHaveLength(9);
    expect(tc.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(tc.map((c) => c.label.vi)).toEqual([
      'Quy hoạch',
      'Giao thông',
      'Thủy lợi và phòng, chống thiên tai',
      'Điện',
      'Y tế - Văn hóa - Giáo dục',
      'Kinh tế',
      'Môi trường',
      'Chất lượng môi trường sống',
      'Hệ thống chính trị - An ninh trật tự - Hành chính công',
    ]);
    const dk = huyenNtm.criteria.filter((c) => c.group === 'DK');
    expect(dk.map((c) => c.number)).toEqual([DK]);
    expect(huyenNtm.criteria).toHaveLength(10);
    expect(huyenNtm.criteria.filter((c) => c.role !== 'condition')).toHaveLength(9);
  });

  it('encodes the 4 conditions as 5 rows (condition 4 in two parts) and 19 criterion rows', () => {
    const dk = huyenNtm.criteria.find((c) => c.number === DK);
    expect(dk?.indicators.map((i) => i.code)).toEqual(['DK.1', 'DK.2', 'DK.3', 'DK.4a', 'DK.4b']);
    const codes = (n: number) => huyenNtm.criteria.find((c) => c.number === n)?.indicators.map((i) => i.code);
    expect(codes(1)).toEqual(['1.1', '1.2']);
    expect(codes(2)).toEqual(['2.1', '2.2', '2.3', '2.4']);
    expect(codes(9)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5', '9.6']);
    expect(provenanceShares(huyenNtm).total).toBe(24);
  });

  it('reads the children of conditions (1)–(3) with share-of-children rules 100 / 10 / 100', () => {
    const dk = huyenNtm.criteria.find((c) => c.number === DK);
    const byCode = new Map(dk?.indicators.map((i) => [i.code, i]));
    for (const [code, share] of [['DK.1', 100], ['DK.2', 10], ['DK.3', 100]] as const) {
      const i = byCode.get(code);
      expect(i?.input.kind).toBe('children');
      expect(i?.rule).toEqual({ type: 'shareOfChildren', atLeast: share });
    }
    expect(byCode.get('DK.4a')?.rule).toEqual({ type: 'atLeast', value: 90 });
    expect(byCode.get('DK.4b')?.rule).toEqual({ type: 'atLeast', value: 80 });
  });

  it('verifies criterion 1 (2 rows) and the conditions; marks every placeholder unverified', () => {
    const rows = new Map(auditSet(huyenNtm).map((r) => [r.code, r]));
    for (const code of ['DK.1', 'DK.2', 'DK.3', 'DK.4a', 'DK.4b', '1.1', '1.2', '9.6']) expect(rows.get(code)?.weakest).toBe('verified');
    for (const code of ['2.3', '3.1', '5', '6', '7', '8', '9.1', '9.2', '9.3']) expect(rows.get(code)?.provenance).toBe('unverified');
    for (const code of ['5', '6', '7', '8']) {
      const r = rows.get(code);
      expect(r?.label.vi).toMatch(/^Đạt tiêu chí .+ theo quy định \(chỉ tiêu chưa xác minh\)$/);
    }
    expect(rows.get('9.5')?.provenance).toBe('partial');
  });
});

describe('every indicator of every set has a citation with provenance', () => {
  for (const set of sets as readonly CriteriaSet[]) {
    it(set.id, () => {
      const rows = auditSet(set);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.citation.decision).toBe('320/QĐ-TTg');
        expect(r.citation.signed).toBe('2022-03-08');
        expect(PROVENANCES).toContain(r.provenance);
        expect(r.citation.url, r.code).toMatch(/^https?:\/\//);
        expect(r.citation.item, r.code).toBeTruthy();
        for (const v of r.values) expect(PROVENANCES).toContain(v.provenance);
      }
    });
  }
});

describe('Phụ lục II and III', () => {
  it('Phụ lục II: condition (1) partial, the rest unverified, one placeholder for the rest of the annex', () => {
    const rows = auditSet(thiXaHoanThanhNtm);
    expect(rows.map((r) => [r.code, r.provenance])).toEqual([
      ['DK.1', 'partial'],
      ['HL', 'unverified'],
      ['KHAC', 'unverified'],
    ]);
  });

  it('Phụ lục III: 9 tiêu chí plus conditions; its shares and 1.2 are not known, so it can never be met', () => {
    expect(tieuChi(huyenNtmNangCao)).toHaveLength(9);
    const rows = auditSet(huyenNtmNangCao);
    expect(rows.filter((r) => r.known === 'none').map((r) => r.code)).toEqual(['DK.2', 'DK.3', '1.2']);
    expect(rows.some((r) => r.weakest === 'verified')).toBe(false);
  });
});
