// QĐ 318/QĐ-TTg (08/3/2022), Phụ lục II — xã nông thôn mới nâng cao 2021–2025, as issued.
// Structure, citations and the honest limits of the encoding (59 placeholder rows that never decide anything).
import { describe, expect, it } from 'vitest';
import {
  PROVENANCES,
  auditSet,
  change,
  derive,
  evaluate,
  provenanceShares,
  type Criterion,
  type EvaluationResult,
  type IndicatorResult,
  type UnitOf,
} from '@tieuchi/core';
import { sets, xaNtm, xaNtmNangCao } from './index.js';

type Xa = UnitOf<typeof xaNtmNangCao>;
const tieuChiList: readonly Criterion[] = xaNtmNangCao.criteria;
const all = (r: EvaluationResult): IndicatorResult[] => r.criteria.flatMap((c) => [...c.indicators]);
const chiTieu = (r: EvaluationResult, code: string): IndicatorResult => {
  const found = all(r).find((i) => i.code === code);
  if (!found) throw new Error(`chỉ tiêu ${code} không có trong kết quả`);
  return found;
};
const codesOf = (n: number) => tieuChiList.find((c) => c.number === n)?.indicators.map((i) => i.code);
const isPlaceholder = (label: { vi: string }) => label.vi.includes('chỉ tiêu giữ chỗ');

/** Rows named from a source (partial or unverified); every other row is a placeholder. */
const NAMED = ['1.1', '1.2', '1.3', '2.1', '8.4', '10', '11.1', '12.1', '13.1', '13.2', '13.3', '14.1', '14.2', '15.1', '18.1', '19.2'];

describe('QĐ 318/QĐ-TTg Phụ lục II — cấu trúc bộ tiêu chí', () => {
  it('has 19 tiêu chí numbered 1–19 and exactly 75 chỉ tiêu', () => {
    expect(xaNtmNangCao.criteria).toHaveLength(19);
    expect(xaNtmNangCao.criteria.map((c) => c.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(tieuChiList.flatMap((c) => c.indicators)).toHaveLength(75);
    expect(new Set(tieuChiList.flatMap((c) => c.indicators.map((i) => i.code))).size).toBe(75);
  });

  it('names the 19 criteria as the reference gives them (7, 8, 16, 19 verified; the others partial)', () => {
    expect(tieuChiList.map((c) => c.label.vi)).toEqual([
      'Quy hoạch',
      'Giao thông',
      'Thủy lợi và phòng, chống thiên tai',
      'Điện',
      'Giáo dục',
      'Văn hóa',
      'Cơ sở hạ tầng thương mại nông thôn',
      'Thông tin và Truyền thông',
      'Nhà ở dân cư',
      'Thu nhập',
      'Nghèo đa chiều',
      'Lao động',
      'Tổ chức sản xuất và phát triển kinh tế nông thôn',
      'Y tế',
      'Hành chính công',
      'Tiếp cận pháp luật',
      'Môi trường',
      'Chất lượng môi trường sống',
      'Quốc phòng và An ninh',
    ]);
    const r = evaluate(xaNtmNangCao, { id: 'xa-a', region: 'BTB', values: {} }, { asOf: '2023-06-01' });
    const verified = r.criteria.filter((c) => c.provenance === 'verified').map((c) => c.number);
    expect(verified).toEqual([7, 8, 16, 19]);
    expect(r.criteria.filter((c) => c.provenance === 'partial')).toHaveLength(15);
  });

  it('keeps the rows a source places: 1.1–1.3 (and only those in criterion 1), 2.1, 8.4, a single income row 10, 19.2', () => {
    expect(codesOf(1)).toEqual(['1.1', '1.2', '1.3']);
    expect(codesOf(2)?.[0]).toBe('2.1');
    expect(codesOf(8)).toContain('8.4');
    expect(codesOf(10)).toEqual(['10']);
    expect(codesOf(19)).toContain('19.2');
  });

  it('is the decision as issued, a nâng cao set for communes that already meet xã NTM, with the Điều 1 categories', () => {
    expect(xaNtmNangCao.id).toBe('qd-318-2022/xa-ntm-nang-cao');
    expect(xaNtmNangCao.scope).toBe('xa');
    expect(xaNtmNangCao.tier).toBe('nang-cao');
    expect(xaNtmNangCao.citation).toMatchObject({ decision: '318/QĐ-TTg', signed: '2022-03-08', effective: '2022-03-08', part: 'Phụ lục II', provenance: 'partial' });
    expect(xaNtmNangCao.validity).toEqual(xaNtm.validity);
    expect(xaNtmNangCao.amendedBy).toEqual([]);
    expect(xaNtmNangCao.prerequisites.map((p) => p.set)).toEqual(['qd-318-2022/xa-ntm']);
    expect(xaNtmNangCao.prerequisites[0]?.source?.provenance).toBe('partial');
    expect(xaNtmNangCao.categories).toEqual(xaNtm.categories);
    expect(sets).toEqual([xaNtm, xaNtmNangCao]);
  });

  it('gives every chỉ tiêu a citation of its own row of Phụ lục II, with a provenance', () => {
    const r = evaluate(xaNtmNangCao, { id: 'xa-a', region: 'DHNTB', values: {} }, { asOf: '2023-06-01' });
    const rows = all(r);
    expect(rows).toHaveLength(75);
    for (const i of rows) {
      expect(i.citation.decision).toBe('318/QĐ-TTg');
      expect(i.citation.part).toBe('Phụ lục II');
      expect(i.citation.item).toBe(i.code);
      expect(i.citation.url).toMatch(/^https?:\/\//);
      expect(i.citation.note, i.code).toBeTruthy();
      expect(PROVENANCES).toContain(i.provenance);
    }
    for (const row of auditSet(xaNtmNangCao)) expect(PROVENANCES).toContain(row.provenance);
  });

  it('has exactly 59 placeholder rows: unverified, threshold not known, never decided whatever the data', () => {
    const inds = tieuChiList.flatMap((c) => [...c.indicators]);
    const placeholders = inds.filter((i) => isPlaceholder(i.label));
    expect(placeholders).toHaveLength(59);
    expect(inds.filter((i) => !isPlaceholder(i.label)).map((i) => i.code)).toEqual(NAMED);
    const audit = new Map(auditSet(xaNtmNangCao).map((a) => [a.code, a]));
    for (const p of placeholders) {
      expect(audit.get(p.code)).toMatchObject({ provenance: 'unverified', known: 'none' });
    }
    for (const value of [true, false]) {
      const values = Object.fromEntries(placeholders.map((p) => [p.code, value]));
      const r = evaluate(xaNtmNangCao, { id: 'xa-b', region: 'DBSCL', values } as Xa, { asOf: '2024-01-01' });
      for (const p of placeholders) {
        expect(chiTieu(r, p.code)).toMatchObject({ status: 'unknown', missing: [] });
        expect(chiTieu(r, p.code).reason?.vi).toMatch(/giữ chỗ để đủ 75/);
      }
    }
  });

  it('computes its provenance shares from the set (0 verified, 8 partial, 67 unverified of 75)', () => {
    expect(provenanceShares(xaNtmNangCao)).toEqual({ verified: 0, partial: 8, unverified: 67, total: 75 });
    const partial = auditSet(xaNtmNangCao).filter((r) => r.weakest === 'partial').map((r) => r.code);
    expect(partial).toEqual(['1.1', '1.2', '1.3', '2.1', '8.4', '10', '18.1', '19.2']);
  });
});

describe('QĐ 318/QĐ-TTg Phụ lục II — đánh giá xã', () => {
  it('is never met: not with no data, not with every row answered, not with the prerequisite met', () => {
    const values = Object.fromEntries(tieuChiList.flatMap((c) => c.indicators.map((i) => [i.code, i.input.kind === 'boolean' ? true : i.code === '11.1' ? 0.5 : i.input.kind === 'count' ? 5 : 99])));
    for (const xa of [
      { id: 'xa-trong', region: 'BTB', values: {} },
      { id: 'xa-day-du', region: 'BTB', recognized: ['qd-318-2022/xa-ntm'], values },
      { id: 'xa-day-du-tdmnpb', region: 'TDMNPB', recognized: ['qd-318-2022/xa-ntm'], values },
    ] as Xa[]) {
      for (const asOf of ['2022-03-08', '2023-06-01', '2025-12-31']) {
        const r = evaluate(xaNtmNangCao, xa, { asOf });
        expect(r.status).not.toBe('met');
        expect(r.summary.criteria.met).toBe(0);
      }
    }
  });

  it('a commune that is not xã NTM is not nâng cao (prerequisite not met)', () => {
    const r = evaluate(xaNtmNangCao, { id: 'xa-c', region: 'BTB', values: { '14.1': 99 } }, { asOf: '2023-06-01', prerequisites: { 'qd-318-2022/xa-ntm': 'not-met' } });
    expect(r.prerequisites).toEqual([expect.objectContaining({ set: 'qd-318-2022/xa-ntm', status: 'not-met', via: 'supplied' })]);
    expect(r.status).toBe('not-met');
  });

  it('1.1–1.3 are delegated to the province in Đông Nam Bộ: a provincial set that supplies them decides them', () => {
    const xa: Xa = { id: 'xa-d', region: 'DNB', values: { '1.1': true, '1.2': true, '1.3': false } };
    const quocGia = evaluate(xaNtmNangCao, xa, { asOf: '2023-06-01' });
    expect(chiTieu(quocGia, '1.1').status).toBe('unknown');
    expect(quocGia.issues.filter((i) => i.code === 'PARAMETER_NOT_SUPPLIED').map((i) => i.indicator)).toEqual(['1.1', '1.2', '1.3']);

    // A synthetic provincial set (test only, not law): the province has issued its rules for 1.1–1.3.
    const tinh = derive(xaNtmNangCao, {
      id: 'tinh-thu-qd-1-2023/xa-ntm-nang-cao',
      province: 'tinh-thu',
      label: { vi: 'Bộ tiêu chí giả lập (thử nghiệm)', en: 'Synthetic test set' },
      citation: { decision: '1/QĐ-UBND', issuer: 'UBND tỉnh (giả lập)', signed: '2023-01-01', provenance: 'unverified', note: 'test fixture, not law' },
      validity: { from: '2023-01-01', until: '2025-12-31' },
      regions: ['DNB'],
      changes: [change.setParameter('quy-hoach.1.1', true), change.setParameter('quy-hoach.1.2', true), change.setParameter('quy-hoach.1.3', true)],
    });
    const r = evaluate(tinh, xa as never, { asOf: '2023-06-01' });
    expect(chiTieu(r, '1.1').status).toBe('met');
    expect(chiTieu(r, '1.2').status).toBe('met');
    expect(chiTieu(r, '1.3').status).toBe('not-met');
    expect(r.criteria[0]?.status).toBe('not-met');
  });

  it('a xã đặc biệt khó khăn is held to the TDMNPB column (Điều 1), here for 18.1 and 1.1', () => {
    const values = { '18.1': 60, '1.1': true } as const;
    const btb = evaluate(xaNtmNangCao, { id: 'xa-e', region: 'BTB', values }, { asOf: '2023-06-01' });
    expect(chiTieu(btb, '18.1')).toMatchObject({ status: 'met', requirement: { value: 55 }, provenance: 'partial' });
    const dbkk = evaluate(xaNtmNangCao, { id: 'xa-e', region: 'BTB', category: ['xa-dac-biet-kho-khan'], values }, { asOf: '2023-06-01' });
    expect(dbkk.unit).toMatchObject({ effectiveRegion: 'TDMNPB', regionBy: 'xa-dac-biet-kho-khan' });
    expect(chiTieu(dbkk, '18.1').status).toBe('unknown');
    const dnbDbkk = evaluate(xaNtmNangCao, { id: 'xa-f', region: 'DNB', category: ['xa-dac-biet-kho-khan'], values }, { asOf: '2023-06-01' });
    expect(dnbDbkk.issues.some((i) => i.code === 'PARAMETER_NOT_SUPPLIED')).toBe(false);
    expect(chiTieu(dnbDbkk, '1.1').status).toBe('unknown');
  });

  it('14.1: 95% is met (flagged unverified), 94.9% is not', () => {
    const run = (v: number) => evaluate(xaNtmNangCao, { id: 'xa-g', region: 'TN', values: { '14.1': v } }, { asOf: '2024-01-01' });
    expect(chiTieu(run(95), '14.1')).toMatchObject({ status: 'met', provenance: 'unverified' });
    expect(run(95).issues.filter((i) => i.code === 'UNVERIFIED_VALUE').map((i) => i.indicator)).toEqual(['14.1']);
    expect(chiTieu(run(94.9), '14.1')).toMatchObject({ status: 'not-met', gap: 0.1 });
  });

  it('is not in force before 08/3/2022 or after 14/02/2026', () => {
    const xa: Xa = { id: 'xa-h', region: 'BTB', values: {} };
    const notInForce = (asOf: string) => evaluate(xaNtmNangCao, xa, { asOf }).issues.filter((i) => i.code === 'SET_NOT_IN_FORCE').length;
    expect(notInForce('2022-03-07')).toBe(1);
    expect(notInForce('2022-03-08')).toBe(0);
    expect(notInForce('2026-02-14')).toBe(0);
    expect(notInForce('2026-02-15')).toBe(1);
  });
});
