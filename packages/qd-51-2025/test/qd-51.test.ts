// QĐ 51/2025/QĐ-TTg: the verified structure (10 tiêu chí, 47 chỉ tiêu, 3 nhóm xã), honest placeholders, and dates.
import { describe, expect, it } from 'vitest';
import { auditSet, evaluate, isNode, provenanceShares, type EvaluationResult } from '@tieuchi/core';
import { resolveFromSets } from '@tieuchi/law-test';
import { SO_DONG_TAM_CHIA, TIEU_CHI, sets, tinhHoanThanhNtm, xaNtm, xaNtmHienDai } from '../src/index.js';

const resolve = resolveFromSets(sets);
const codes = xaNtm.criteria.flatMap((c) => c.indicators.map((i) => i.code));
const allTrue = Object.fromEntries(codes.map((c) => [c, true]));
const issueCodes = (r: EvaluationResult) => r.issues.map((i) => i.code);

describe('QĐ 51/2025/QĐ-TTg Phụ lục I — xã NTM 2026–2030', () => {
  it('has exactly 10 criteria and 47 indicators (both verified), with the verified names in order', () => {
    expect(xaNtm.criteria).toHaveLength(10);
    expect(codes).toHaveLength(47);
    expect(new Set(codes).size).toBe(47);
    expect(xaNtm.criteria.map((c) => c.label.vi)).toEqual([
      'Quy hoạch',
      'Hạ tầng kinh tế - xã hội',
      'Phát triển kinh tế nông thôn',
      'Đào tạo nguồn nhân lực nông thôn',
      'Văn hóa, giáo dục, y tế',
      'Giảm nghèo và an sinh xã hội',
      'Khoa học công nghệ và chuyển đổi số',
      'Môi trường và cảnh quan nông thôn',
      'Xây dựng hệ thống chính trị và hành chính công',
      'Tiếp cận pháp luật và an ninh, quốc phòng',
    ]);
    expect(xaNtm.criteria.map((c) => c.source?.provenance)).toEqual(Array(10).fill('verified'));
    // The per-criterion split is mechanical (not the law's): 5 × 7 + 4 × 3.
    expect(SO_DONG_TAM_CHIA).toEqual([5, 5, 5, 5, 5, 5, 5, 4, 4, 4]);
    expect(xaNtm.criteria.map((c) => c.indicators.length)).toEqual(SO_DONG_TAM_CHIA);
    expect(TIEU_CHI.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('every row is an unverified placeholder whose threshold is not known for any of the 3 nhóm xã', () => {
    const rows = auditSet(xaNtm);
    expect(rows).toHaveLength(47);
    for (const r of rows) {
      expect(r.provenance).toBe('unverified');
      expect(r.known).toBe('none');
      expect(r.label.vi).toMatch(/\(nội dung chưa công bố trong nguồn đã đọc\)$/);
      expect(r.values.map((v) => [v.dims, v.at, v.kind])).toEqual([
        [['group'], ['1'], 'notKnown'],
        [['group'], ['2'], 'notKnown'],
        [['group'], ['3'], 'notKnown'],
      ]);
    }
    expect(provenanceShares(xaNtm)).toEqual({ verified: 0, partial: 0, unverified: 47, total: 47 });
  });

  it('declares no regional variation: no threshold varies by region', () => {
    for (const c of xaNtm.criteria) {
      for (const i of c.indicators) {
        const rule = i.rule as { value?: unknown };
        expect(isNode(rule.value as never) && (rule.value as { type: string }).type).toBe('byGroup');
      }
    }
    expect(auditSet(xaNtm).flatMap((r) => r.values).some((v) => v.dims.includes('region'))).toBe(false);
  });

  it('a commune with no data is unknown everywhere', () => {
    const r = evaluate(xaNtm, { id: 'xa-trong', group: 2, values: {} }, { asOf: '2026-02-15' });
    expect(r.summary.status).toBe('unknown');
    expect(r.summary.criteria).toMatchObject({ met: 0, notMet: 0, unknown: 10, total: 10 });
    expect(r.summary.indicators).toMatchObject({ met: 0, notMet: 0, unknown: 47, total: 47 });
  });

  it('nhóm 3 and nhóm 1: no value is known for either, so both are unknown, each with its own reason', () => {
    const n1 = evaluate(xaNtm, { id: 'xa-1', group: 1, values: allTrue }, { asOf: '2026-03-01' });
    const n3 = evaluate(xaNtm, { id: 'xa-3', group: 3, values: allTrue }, { asOf: '2026-03-01' });
    for (const [r, g] of [[n1, 1], [n3, 3]] as const) {
      expect(r.summary.status).toBe('unknown');
      expect(r.summary.indicators.unknown).toBe(47);
      const notKnown = r.issues.filter((i) => i.code === 'VALUE_NOT_KNOWN');
      expect(notKnown.length).toBeGreaterThan(0);
      expect(notKnown.every((i) => i.message.vi.includes(`xã nhóm ${g}`))).toBe(true);
    }
  });

  it('a commune without nhóm xã cannot be placed: MISSING_GROUP, region does not stand in for it', () => {
    const r = evaluate(xaNtm, { id: 'xa-x', region: 'TDMNPB', values: allTrue }, { asOf: '2026-03-01' });
    expect(r.summary.status).toBe('unknown');
    expect(issueCodes(r)).toContain('MISSING_GROUP');
  });

  it('is in force from 15/02/2026, with no end date', () => {
    expect(resolve('qd-51-2025/xa-ntm', '2026-02-14')).toBeUndefined();
    expect(resolve('qd-51-2025/xa-ntm', '2026-02-15')?.version).toBe('2026-02-15');
    expect(resolve('qd-51-2025/xa-ntm', '2030-12-31')?.version).toBe('2026-02-15');
    expect(xaNtm.validity).toEqual({ from: '2026-02-15' });
    expect(xaNtm.citation).toMatchObject({ decision: '51/2025/QĐ-TTg', signed: '2025-12-29', effective: '2026-02-15', part: 'Phụ lục I' });
  });
});

describe('QĐ 51/2025/QĐ-TTg Phụ lục II and III — existence only', () => {
  it('publishes exactly the three annexes: no nâng cao, kiểu mẫu or district set', () => {
    expect(sets.map((s) => [s.id, s.scope, s.tier])).toEqual([
      ['qd-51-2025/xa-ntm', 'xa', 'ntm'],
      ['qd-51-2025/xa-ntm-hien-dai', 'xa', 'hien-dai'],
      ['qd-51-2025/tinh-hoan-thanh-ntm', 'tinh', 'hoan-thanh'],
    ]);
    for (const s of sets) expect(s.validity).toEqual({ from: '2026-02-15' });
  });

  it('xã NTM hiện đại requires xã NTM and can be not met, but never met', () => {
    expect(xaNtmHienDai.prerequisites.map((p) => [p.set, p.source?.provenance])).toEqual([['qd-51-2025/xa-ntm', 'partial']]);
    const unit = { id: 'xa-a', group: 1, values: { '1': true } } as const;
    expect(evaluate(xaNtmHienDai, unit, { asOf: '2026-06-01', prerequisites: { 'qd-51-2025/xa-ntm': 'not-met' } }).summary.status).toBe('not-met');
    expect(evaluate(xaNtmHienDai, unit, { asOf: '2026-06-01', prerequisites: { 'qd-51-2025/xa-ntm': 'met' } }).summary.status).toBe('unknown');
  });

  it('a province with every commune NTM is still unknown: the Phụ lục III level and conditions are not known', () => {
    const children = [
      { id: 'xa-1', status: 'met' },
      { id: 'xa-2', status: 'met' },
    ] as const;
    const r = evaluate(tinhHoanThanhNtm, { id: 'tinh-a', values: { '1': children, '2': true } }, { asOf: '2027-01-01' });
    expect(r.summary.status).toBe('unknown');
    expect(provenanceShares(tinhHoanThanhNtm)).toEqual({ verified: 0, partial: 0, unverified: 2, total: 2 });
  });
});
