// Hà Tĩnh QĐ 37/2022/QĐ-UBND: counts, citations, the never-looser proof (a loosened variant is rejected, the real
// derivation accepted), the versions over time and the diff against the national sets.
import { describe, expect, it } from 'vitest';
import { auditSet, change, CriteriaSetError, derive, diffSets, inForce, PROVENANCES, type CriteriaSet } from '@tieuchi/core';
import { huyenNtm as huyenNtm320, huyenNtmNangCao as huyenNtmNangCao320 } from '@tieuchi/qd-320-2022';
import {
  allVersions,
  danXuatHuyenNtm,
  danXuatHuyenNtmNangCao,
  huyenNtm,
  huyenNtmHistory,
  huyenNtmNangCao,
  huyenNtmNangCaoHistory,
  sets,
} from '@tieuchi/ha-tinh-qd-37-2022';

const tieuChi = (s: CriteriaSet) => s.criteria.filter((c) => c.role !== 'condition');
const dieuKien = (s: CriteriaSet) => s.criteria.filter((c) => c.role === 'condition').flatMap((c) => c.indicators);
const rows = (s: CriteriaSet) => s.criteria.reduce((n, c) => n + c.indicators.length, 0);

function problemsOf(f: () => unknown): { code: string; at?: string; message: string }[] {
  try {
    f();
    return [];
  } catch (e) {
    if (!(e instanceof CriteriaSetError)) throw e;
    return e.problems.map((p) => ({ code: p.code, ...(p.at !== undefined ? { at: p.at } : {}), message: p.message.en }));
  }
}

describe('counts', () => {
  it('huyện NTM: 9 tiêu chí, 5 condition rows (điều kiện 1–4), 19 chỉ tiêu — the national counts', () => {
    expect(tieuChi(huyenNtm)).toHaveLength(9);
    expect(dieuKien(huyenNtm)).toHaveLength(5);
    expect(rows(huyenNtm) - dieuKien(huyenNtm).length).toBe(19);
    expect(rows(huyenNtm)).toBe(rows(huyenNtm320));
  });

  it('huyện NTM nâng cao: 9 tiêu chí, 4 condition rows, 12 chỉ tiêu — the national counts', () => {
    expect(tieuChi(huyenNtmNangCao)).toHaveLength(9);
    expect(dieuKien(huyenNtmNangCao)).toHaveLength(4);
    expect(rows(huyenNtmNangCao) - dieuKien(huyenNtmNangCao).length).toBe(12);
    expect(rows(huyenNtmNangCao)).toBe(rows(huyenNtmNangCao320));
  });

  it('publishes two sets with one version each', () => {
    expect(sets.map((s) => s.id)).toEqual(['ha-tinh-qd-37-2022/huyen-ntm', 'ha-tinh-qd-37-2022/huyen-ntm-nang-cao']);
    expect(allVersions.map((s) => `${s.id}@${s.version}`)).toEqual([
      'ha-tinh-qd-37-2022/huyen-ntm@2022-12-09',
      'ha-tinh-qd-37-2022/huyen-ntm-nang-cao@2022-12-09',
    ]);
  });
});

describe('citations', () => {
  it('every row (condition or indicator) has a citation with a decision and a provenance', () => {
    for (const s of allVersions) {
      for (const row of auditSet(s)) {
        expect(row.citation.decision, `${s.id} ${row.code}`).toBe('320/QĐ-TTg');
        expect(PROVENANCES).toContain(row.citation.provenance);
        expect(PROVENANCES).toContain(row.weakest);
      }
    }
  });

  it('the sets cite QĐ 37/2022 as unverified, for Hà Tĩnh (BTB), until the end of the district level', () => {
    for (const s of sets) {
      expect(s.citation).toMatchObject({ decision: '37/2022/QĐ-UBND', issuer: 'UBND tỉnh Hà Tĩnh', signed: '2022-12-09', provenance: 'unverified' });
      expect(s.citation.note).toMatch(/NOT verified/);
      expect(s.province).toBe('ha-tinh');
      expect(s.regions).toEqual(['BTB']);
      expect(s.validity).toEqual({ from: '2022-12-09', until: '2025-06-30' });
    }
    expect(huyenNtmNangCao.prerequisites.map((p) => p.set)).toEqual(['ha-tinh-qd-37-2022/huyen-ntm']);
    expect(huyenNtmNangCao.prerequisites[0]?.source?.provenance).toBe('unverified');
  });
});

describe('never looser than QĐ 320/QĐ-TTg', () => {
  it('the real derivations are accepted (same sets as published)', () => {
    expect(derive(huyenNtm320, danXuatHuyenNtm).fingerprint).toBe(huyenNtm.fingerprint);
    expect(derive(huyenNtmNangCao320, danXuatHuyenNtmNangCao).fingerprint).toBe(huyenNtmNangCao.fingerprint);
  });

  it('a district set asking only 90% of communes NTM (DK.1) is rejected with LOOSER_THAN_PARENT', () => {
    const problems = problemsOf(() => derive(huyenNtm320, { ...danXuatHuyenNtm, changes: [change.setValue('DK.1', 90)] }));
    expect(problems.map((p) => [p.code, p.at])).toEqual([['LOOSER_THAN_PARENT', 'DK.1']]);
    expect(problems[0]?.message).toMatch(/90 < 100/);
  });

  it('a satisfaction bar of 85% (DK.4a, national 90%) is rejected; 95% is accepted', () => {
    const lower = problemsOf(() => derive(huyenNtm320, { ...danXuatHuyenNtm, changes: [change.setValue('DK.4a', 85)] }));
    expect(lower.map((p) => [p.code, p.at])).toEqual([['LOOSER_THAN_PARENT', 'DK.4a']]);
    expect(() => derive(huyenNtm320, { ...danXuatHuyenNtm, changes: [change.setValue('DK.4a', 95)] })).not.toThrow();
  });

  it('a nâng cao set dropping the "9.1" row is rejected', () => {
    const problems = problemsOf(() => derive(huyenNtmNangCao320, { ...danXuatHuyenNtmNangCao, changes: [change.removeIndicator('9.1')] }));
    expect(problems.map((p) => [p.code, p.at])).toEqual([['LOOSER_THAN_PARENT', '9.1']]);
  });
});

describe('versions over time', () => {
  it('one version, 09/12/2022 – 30/6/2025; the day before and the day of QĐ 15/2024 resolve to it', () => {
    for (const h of [huyenNtmHistory, huyenNtmNangCaoHistory]) {
      expect(h.entries.map((e) => [e.set.version, e.from, e.until])).toEqual([['2022-12-09', '2022-12-09', '2025-06-30']]);
      expect(inForce(h, '2022-12-08')).toBeUndefined();
      expect(inForce(h, '2024-07-25')?.fingerprint).toBe(inForce(h, '2024-07-26')?.fingerprint);
      expect(inForce(h, '2025-07-01')).toBeUndefined();
    }
  });
});

describe('what Hà Tĩnh changes against QĐ 320 (diffSets)', () => {
  const content = (a: CriteriaSet, b: CriteriaSet) =>
    diffSets(a, b).changes.filter((e) => !(e.kind === 'criterion-changed' && e.field === 'source' && e.after?.decision === a.citation.decision));
  it('label, citation and regions; the nâng cao prerequisite; no row', () => {
    expect(content(huyenNtm320, huyenNtm).map((e) => (e.kind === 'set-changed' ? e.field : e.kind))).toEqual(['label', 'citation', 'regions']);
    expect(content(huyenNtmNangCao320, huyenNtmNangCao).map((e) => (e.kind === 'set-changed' ? e.field : e.kind))).toEqual([
      'label',
      'citation',
      'regions',
      'prerequisites',
      'prerequisites',
    ]);
  });
});
