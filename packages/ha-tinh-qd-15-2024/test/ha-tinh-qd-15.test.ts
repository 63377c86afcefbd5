// Hà Tĩnh QĐ 15/2024/QĐ-UBND: the decision as recorded, why no amendment is published, the versions over time around
// 26/7/2024, and the machinery that will publish one as soon as a change of it is known.
import { describe, expect, it } from 'vitest';
import { auditSet, change, CriteriaSetError, defineAmendment, history, inForce, PROVENANCES } from '@tieuchi/core';
import { apDungQd211, xaNtm } from '@tieuchi/ha-tinh-qd-36-2022';
import {
  allVersions,
  amendments,
  DOI_TUONG_SUA_DOI,
  HIEU_LUC,
  huyenNtmHistory,
  huyenNtmNangCaoHistory,
  QD_15_2024,
  quyetDinh15,
  sets,
  THAY_DOI_DA_BIET,
  xaNtmHistory,
  xaNtmNangCaoHistory,
} from '@tieuchi/ha-tinh-qd-15-2024';

const histories = { xaNtmHistory, xaNtmNangCaoHistory, huyenNtmHistory, huyenNtmNangCaoHistory };

describe('the decision', () => {
  it('is cited as verified: 12/7/2024, in force 26/7/2024, UBND tỉnh Hà Tĩnh', () => {
    expect(QD_15_2024).toMatchObject({
      decision: '15/2024/QĐ-UBND',
      issuer: 'UBND tỉnh Hà Tĩnh',
      signed: '2024-07-12',
      effective: '2024-07-26',
      provenance: 'verified',
    });
    expect(QD_15_2024.note).toMatch(/Nguyễn Hồng Lĩnh/);
    expect(quyetDinh15.effective).toBe(HIEU_LUC);
    expect(HIEU_LUC).toBe('2024-07-26');
  });

  it('amends the four Hà Tĩnh sets of QĐ 36/2022 and QĐ 37/2022 (verified scope), all published', () => {
    expect(DOI_TUONG_SUA_DOI).toEqual([
      'ha-tinh-qd-36-2022/xa-ntm',
      'ha-tinh-qd-36-2022/xa-ntm-nang-cao',
      'ha-tinh-qd-37-2022/huyen-ntm',
      'ha-tinh-qd-37-2022/huyen-ntm-nang-cao',
    ]);
    expect(sets.map((s) => s.id)).toEqual([...DOI_TUONG_SUA_DOI]);
    expect(new Set(allVersions.map((s) => s.id))).toEqual(new Set(DOI_TUONG_SUA_DOI));
  });

  it('no change of it is known, so no amendment is published', () => {
    expect(Object.values(THAY_DOI_DA_BIET).every((list) => list.length === 0)).toBe(true);
    expect(amendments).toEqual([]);
  });

  it('the engine refuses an amendment that makes no change (INVALID_AMENDMENT): nothing is invented to get past it', () => {
    let problems: string[] = [];
    try {
      defineAmendment({ citation: QD_15_2024, effective: HIEU_LUC, label: quyetDinh15.label, changes: {} });
    } catch (e) {
      if (!(e instanceof CriteriaSetError)) throw e;
      problems = e.problems.map((p) => `${p.code}: ${p.message.en}`);
    }
    expect(problems).toEqual(['INVALID_AMENDMENT: The amendment makes no change']);
  });
});

describe('versions over time', () => {
  it('the day before and the day of QĐ 15/2024 resolve to the same version of each set (no change known)', () => {
    for (const [name, h] of Object.entries(histories)) {
      const before = inForce(h, '2024-07-25');
      const on = inForce(h, '2024-07-26');
      expect(on?.fingerprint, name).toBe(before?.fingerprint);
      expect(on?.amendedBy.map((a) => a.decision)).not.toContain('15/2024/QĐ-UBND');
    }
  });

  it('the dated versions of each set', () => {
    const dated = Object.fromEntries(
      Object.entries(histories).map(([k, h]) => [k, h.entries.map((e) => [e.set.version, e.from, e.until, e.set.amendedBy.map((a) => a.decision)])]),
    );
    expect(dated).toEqual({
      xaNtmHistory: [
        ['2022-12-09', '2022-12-09', '2024-02-29', []],
        ['2024-03-01', '2024-03-01', '2026-02-14', ['211/QĐ-TTg']],
      ],
      xaNtmNangCaoHistory: [
        ['2022-12-09', '2022-12-09', '2024-02-29', []],
        ['2024-03-01', '2024-03-01', '2026-02-14', ['211/QĐ-TTg']],
      ],
      huyenNtmHistory: [['2022-12-09', '2022-12-09', '2025-06-30', []]],
      huyenNtmNangCaoHistory: [['2022-12-09', '2022-12-09', '2025-06-30', []]],
    });
  });

  it('the sets as from 26/7/2024 keep the counts: 19/57, 20/76, 9 tiêu chí each for the districts', () => {
    const count = (s: (typeof sets)[number]) => [
      s.criteria.filter((c) => c.role !== 'condition').length,
      s.criteria.filter((c) => c.role !== 'condition').reduce((n, c) => n + c.indicators.length, 0),
    ];
    expect(sets.map(count)).toEqual([
      [19, 57],
      [20, 76],
      [9, 19],
      [9, 12],
    ]);
  });

  it('every indicator of every version has a citation with a provenance', () => {
    for (const s of allVersions) {
      for (const row of auditSet(s)) {
        expect(row.citation.decision, `${s.id}@${s.version} ${row.code}`).toMatch(/QĐ/);
        expect(PROVENANCES).toContain(row.weakest);
      }
    }
  });

  it('the machinery: once a change is known, 25/7 and 26/7/2024 resolve to different versions (hypothetical, test-only)', () => {
    // NOT LAW: a made-up change, only to show the wiring. QĐ 15's real changes are not known.
    const giaDinh = defineAmendment({
      citation: { ...QD_15_2024, note: 'TEST ONLY — hypothetical change, not the content of QĐ 15/2024.' },
      effective: HIEU_LUC,
      label: quyetDinh15.label,
      changes: { [xaNtm.id]: [change.setValue('16', 80)] },
    });
    const h = history(xaNtm, [apDungQd211, giaDinh]);
    const before = inForce(h, '2024-07-25');
    const on = inForce(h, '2024-07-26');
    expect(before?.version).toBe('2024-03-01');
    expect(on?.version).toBe('2024-07-26');
    expect(on?.amendedBy.map((a) => a.decision)).toEqual(['211/QĐ-TTg', '15/2024/QĐ-UBND']);
  });
});
