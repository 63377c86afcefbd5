// QĐ 211/QĐ-TTg (01/3/2024) over time: versions by date, the exact diff of the amended set, a verdict that changes on
// the day the amendment takes effect, and the set it introduces.
import { describe, expect, it } from 'vitest';
import { diffSets, evaluate, inForce, provenanceShares, timeline, type EvaluationResult, type SetChanged } from '@tieuchi/core';
import { resolveFromSets } from '@tieuchi/law-test';
import { xaNtm, xaNtmNangCao } from '@tieuchi/qd-318-2022';
import { allVersions, amendment, amendments, huyenNtmDacThu, sets, xaNtm2024, xaNtmHistory, xaNtmNangCao2024, xaNtmNangCaoHistory } from '../src/index.js';

const resolve = resolveFromSets(allVersions);

const status = (r: EvaluationResult, code: string) => r.criteria.flatMap((c) => [...c.indicators]).find((i) => i.code === code)?.status;

/**
 * A Bắc Trung Bộ commune of area III whose stunting rate (24.5%) sits between the BTB (≤ 25) and TDMNPB (≤ 24) ceilings.
 * Its income (42) lies between the 2022 levels (BTB 45, TDMNPB 39), but no level is stated for 2024: income is unknown.
 */
const xaKhuVucIIIBtb = { id: 'xa-kv3', region: 'BTB', category: ['xa-khu-vuc-ii-iii'], values: { '10': 42, '15.3': 24.5, '15.4': 55 } } as const;

describe('QĐ 211/QĐ-TTg: versions of qd-318-2022/xa-ntm over time', () => {
  it('has two versions: as issued until 29/02/2024, as amended from 01/3/2024 to 14/02/2026', () => {
    expect(xaNtmHistory.entries.map((e) => [e.set.version, e.from, e.until])).toEqual([
      ['2022-03-08', '2022-03-08', '2024-02-29'],
      ['2024-03-01', '2024-03-01', '2026-02-14'],
    ]);
  });

  it('resolves a different version the day before and the day of QĐ 211', () => {
    for (const pick of [(d: string) => inForce(xaNtmHistory, d), (d: string) => resolve('qd-318-2022/xa-ntm', d)]) {
      const before = pick('2024-02-29');
      const on = pick('2024-03-01');
      expect(before?.version).toBe('2022-03-08');
      expect(before?.amendedBy).toEqual([]);
      expect(before?.fingerprint).toBe(xaNtm.fingerprint);
      expect(on?.version).toBe('2024-03-01');
      expect(on?.amendedBy.map((a) => a.decision)).toEqual(['211/QĐ-TTg']);
      expect(on?.fingerprint).toBe(xaNtm2024.fingerprint);
      expect(on?.fingerprint).not.toBe(before?.fingerprint);
    }
    expect(resolve('qd-318-2022/xa-ntm', '2026-02-15')).toBeUndefined();
  });

  it('the diff lists exactly the encoded changes: the TDMNPB classes of Điều 1, nothing else', () => {
    const d = diffSets(xaNtm, xaNtm2024);
    expect(d.meta.map((m) => m.field)).toEqual(['version', 'validity', 'amendedBy']);
    const changes = d.changes as readonly SetChanged[];
    expect(changes.map((c) => [c.kind, c.field, 'key' in c ? c.key : undefined])).toEqual([
      ['set-changed', 'categories', 'xa-dac-biet-kho-khan'],
      ['set-changed', 'categories', 'xa-an-toan-khu'],
      ['set-changed', 'categories', 'xa-khu-vuc-ii-iii'],
      ['set-changed', 'categories', 'xa-dbkk-bai-ngang-ven-bien-hai-dao'],
      ['set-changed', 'categories', 'xa-an-toan-khu-thuoc-huyen-ngheo'],
    ]);
    for (const c of changes) {
      if (c.field !== 'categories') throw new Error('unexpected change');
      if (c.key === 'xa-dac-biet-kho-khan' || c.key === 'xa-an-toan-khu') {
        expect(c.before?.useRegion).toBe('TDMNPB');
        expect(c.after).toBeUndefined();
      } else {
        expect(c.before).toBeUndefined();
        expect(c.after?.useRegion).toBe('TDMNPB');
        // The class is partial: stated by a news report of QĐ 211 that is cut off before the region.
        expect(c.after?.source?.provenance).toBe('partial');
        expect(c.after?.source?.decision).toBe('211/QĐ-TTg');
        expect(c.after?.source?.effective).toBe('2024-03-01');
      }
    }
    // No criterion, indicator or threshold changed.
    expect(xaNtm2024.criteria).toEqual(xaNtm.criteria);
  });

  it('a BTB commune of area III is held to the TDMNPB values only from 01/3/2024', () => {
    const before = evaluate(inForce(xaNtmHistory, '2024-02-29')!, xaKhuVucIIIBtb, { asOf: '2024-02-29' });
    const on = evaluate(inForce(xaNtmHistory, '2024-03-01')!, xaKhuVucIIIBtb, { asOf: '2024-03-01' });
    expect(before.unit.effectiveRegion ?? before.unit.region).toBe('BTB');
    // Income (10) is unknown on both days: QĐ 318 states levels for 2022 and 2025 only, none for 2024 (reference §4.8, G17).
    expect(status(before, '10')).toBe('unknown');
    expect(status(on, '10')).toBe('unknown');
    expect(status(before, '15.3')).toBe('met'); // 24.5 ≤ 25 (BTB)
    expect(status(before, '15.4')).toBe('unknown'); // BTB value not known
    expect(before.issues.map((i) => i.code)).toContain('UNKNOWN_CATEGORY');
    expect(status(on, '15.3')).toBe('not-met'); // 24.5 > 24 (TDMNPB, stricter)
    expect(status(on, '15.4')).toBe('met'); // 55 ≥ 50 (TDMNPB)
    expect(on.set.amendments.map((a) => a.decision)).toEqual(['211/QĐ-TTg']);
    expect(before.set.amendments).toEqual([]);
  });
});

describe('QĐ 211/QĐ-TTg: qd-318-2022/xa-ntm-nang-cao (Phụ lục II), same TDMNPB rule', () => {
  it('resolves the original until 29/02/2024 and the amended version from 01/3/2024', () => {
    expect(xaNtmNangCaoHistory.entries.map((e) => [e.set.version, e.from, e.until])).toEqual([
      ['2022-03-08', '2022-03-08', '2024-02-29'],
      ['2024-03-01', '2024-03-01', '2026-02-14'],
    ]);
    expect(resolve('qd-318-2022/xa-ntm-nang-cao', '2024-02-29')?.fingerprint).toBe(xaNtmNangCao.fingerprint);
    expect(resolve('qd-318-2022/xa-ntm-nang-cao', '2024-03-01')?.amendedBy.map((a) => a.decision)).toEqual(['211/QĐ-TTg']);
  });

  it('the diff lists exactly the category changes', () => {
    const d = diffSets(xaNtmNangCao, xaNtmNangCao2024);
    expect(d.changes.map((c) => [c.kind, 'field' in c ? c.field : undefined, 'key' in c ? c.key : undefined])).toEqual([
      ['set-changed', 'categories', 'xa-dac-biet-kho-khan'],
      ['set-changed', 'categories', 'xa-an-toan-khu'],
      ['set-changed', 'categories', 'xa-khu-vuc-ii-iii'],
      ['set-changed', 'categories', 'xa-dbkk-bai-ngang-ven-bien-hai-dao'],
      ['set-changed', 'categories', 'xa-an-toan-khu-thuoc-huyen-ngheo'],
    ]);
    expect(xaNtmNangCao2024.criteria).toEqual(xaNtmNangCao.criteria);
    expect(xaNtmNangCao2024.prerequisites).toEqual(xaNtmNangCao.prerequisites);
  });

  it('a BTB commune of area III is held to the TDMNPB values only from 01/3/2024', () => {
    const unit = { id: 'xa-kv3', region: 'BTB', category: ['xa-khu-vuc-ii-iii'], values: {} } as const;
    const before = evaluate(xaNtmNangCao, unit, { asOf: '2024-02-29' });
    const on = evaluate(xaNtmNangCao2024, unit, { asOf: '2024-03-01' });
    expect(before.unit.effectiveRegion ?? before.unit.region).toBe('BTB');
    expect(on.unit.effectiveRegion).toBe('TDMNPB');
  });
});

describe('QĐ 211/QĐ-TTg: the amendment object', () => {
  it('is dated 01/3/2024, targets the two QĐ 318 annexes only and introduces the special-district set', () => {
    expect(amendment.effective).toBe('2024-03-01');
    expect(amendment.citation.decision).toBe('211/QĐ-TTg');
    expect(Object.keys(amendment.changes)).toEqual(['qd-318-2022/xa-ntm', 'qd-318-2022/xa-ntm-nang-cao']);
    expect(amendment.introduces?.map((s) => s.id)).toEqual(['qd-211-2024/huyen-ntm-dac-thu']);
    expect(amendments).toEqual([amendment]);
    expect(sets).toEqual([huyenNtmDacThu]);
  });
});

describe('huyện NTM đặc thù không có đơn vị hành chính cấp xã', () => {
  it('is in force from 01/3/2024 to 30/6/2025 only', () => {
    const t = timeline(amendment.introduces ?? []);
    expect(inForce(t, '2024-02-29')).toBeUndefined();
    expect(inForce(t, '2024-03-01')?.id).toBe('qd-211-2024/huyen-ntm-dac-thu');
    expect(inForce(t, '2025-06-30')?.id).toBe('qd-211-2024/huyen-ntm-dac-thu');
    expect(inForce(t, '2025-07-01')).toBeUndefined();
    expect(resolve('qd-211-2024/huyen-ntm-dac-thu', '2024-02-29')).toBeUndefined();
  });

  it('encodes the 4 known criteria (8 indicators) and a placeholder for criterion 5', () => {
    expect(huyenNtmDacThu.criteria.map((c) => [c.number, c.indicators.map((i) => i.code)])).toEqual([
      [1, ['1.1', '1.2']],
      [2, ['2.1', '2.2', '2.3']],
      [3, ['3.1', '3.2']],
      [4, ['4']],
      [5, ['5']],
    ]);
    expect(provenanceShares(huyenNtmDacThu)).toEqual({ verified: 0, partial: 8, unverified: 1, total: 9 });
  });

  it('can never be met on what is known: criterion 5 stays unknown', () => {
    const values = { '1.1': true, '1.2': 3, '2.1': 100, '2.2': 100, '2.3': 'n/a', '3.1': 'n/a', '3.2': true, '4': true, '5': true } as const;
    const r = evaluate(huyenNtmDacThu, { id: 'ly-son', region: 'DHNTB', values }, { asOf: '2024-06-01' });
    expect(r.criteria.find((c) => c.number === 5)?.status).toBe('unknown');
    expect(r.summary.status).toBe('unknown');
  });
});
