// Thanh Hóa QĐ 26/2024/QĐ-UBND: counts, citations, zones, the prerequisite, derivation from the national history and
// the never-looser check (including by zone).
import { describe, expect, it } from 'vitest';
import {
  auditSet,
  byZone,
  change,
  CriteriaSetError,
  derive,
  diffSets,
  evaluate,
  inForce,
  PROVENANCES,
  type DefinitionProblem,
} from '@tieuchi/core';
import { CAC_LOAI_XA_TDMNPB, xaNtmNangCaoHistory as quocGia } from '@tieuchi/qd-211-2024';
import {
  CAN_DUOI_NGAY_KY,
  LOAI_XA_VUNG_1,
  sets,
  vungCuaXa,
  XA_NTM_2024_2025_ID,
  xaNtmNangCao,
  xaNtmNangCaoDerivation,
} from '../src/index.js';

function rejected(run: () => unknown): readonly DefinitionProblem[] {
  try {
    run();
  } catch (e) {
    if (e instanceof CriteriaSetError) return e.problems;
    throw e;
  }
  throw new Error('the derivation was accepted');
}

describe('thanh-hoa-qd-26-2024/xa-ntm-nang-cao', () => {
  it('has 19 tiêu chí and 75 chỉ tiêu', () => {
    expect(sets).toEqual([xaNtmNangCao]);
    expect(xaNtmNangCao.id).toBe('thanh-hoa-qd-26-2024/xa-ntm-nang-cao');
    expect(xaNtmNangCao.criteria.length).toBe(19);
    expect(xaNtmNangCao.criteria.reduce((n, c) => n + c.indicators.length, 0)).toBe(75);
    expect(xaNtmNangCao.tier).toBe('nang-cao');
  });

  it('is a Thanh Hóa set of Bắc Trung Bộ cited to QĐ 26/2024 (partial; signing date a stated lower bound), until 31/12/2025', () => {
    expect(xaNtmNangCao.province).toBe('thanh-hoa');
    expect(xaNtmNangCao.regions).toEqual(['BTB']);
    expect(xaNtmNangCao.citation.decision).toBe('26/2024/QĐ-UBND');
    expect(xaNtmNangCao.citation.provenance).toBe('partial');
    expect(xaNtmNangCao.citation.signed).toBe(CAN_DUOI_NGAY_KY);
    expect(xaNtmNangCao.citation.note).toContain('SIGNING DATE NOT KNOWN');
    expect(xaNtmNangCao.citation.effective).toBeUndefined();
    expect(xaNtmNangCao.validity).toEqual({ from: '2024-03-01', until: '2025-12-31' });
  });

  it('derivedFrom names the national set as amended by QĐ 211 (the only version in force after 01/3/2024)', () => {
    expect(xaNtmNangCao.derivedFrom?.id).toBe('qd-318-2022/xa-ntm-nang-cao');
    expect(xaNtmNangCao.derivedFrom?.version).toBe('2024-03-01');
    expect(xaNtmNangCao.derivedFrom?.citation.decision).toBe('318/QĐ-TTg');
    expect(xaNtmNangCao.derivedFrom?.fingerprint).toBe(inForce(quocGia, '2024-03-01')?.fingerprint);
  });

  it('every indicator has a citation with a provenance — the national one: no Thanh Hóa value and no zone value is encoded', () => {
    const rows = auditSet(xaNtmNangCao);
    expect(rows.length).toBe(75);
    for (const r of rows) {
      expect(PROVENANCES).toContain(r.citation.provenance);
      expect(r.citation.decision).toBe('318/QĐ-TTg');
      for (const v of r.values) {
        expect(v.dims).not.toContain('zone'); // no byZone anywhere: no split value is known
        expect(v.citation.decision).not.toBe('26/2024/QĐ-UBND');
      }
    }
  });

  it('declares Vùng 1 and Vùng 2; Vùng 1 is exactly the QĐ 211 classes held to TDMNPB values', () => {
    expect(Object.keys(xaNtmNangCao.zones)).toEqual(['vung-1', 'vung-2']);
    expect([...LOAI_XA_VUNG_1].sort()).toEqual(Object.keys(CAC_LOAI_XA_TDMNPB).sort());
    expect([...LOAI_XA_VUNG_1].sort()).toEqual(Object.keys(xaNtmNangCao.categories).sort());
    for (const k of LOAI_XA_VUNG_1) expect(xaNtmNangCao.categories[k]?.useRegion).toBe('TDMNPB');
    expect(vungCuaXa({ category: ['xa-khu-vuc-ii-iii'] })).toBe('vung-1');
    expect(vungCuaXa({ category: ['xa-dbkk-bai-ngang-ven-bien-hai-dao'] })).toBe('vung-1');
    expect(vungCuaXa({ category: ['xa-an-toan-khu-thuoc-huyen-ngheo'] })).toBe('vung-1');
    expect(vungCuaXa({ category: ['xa-dac-biet-kho-khan'] })).toBe('vung-2'); // a QĐ 318 class, not in Vùng 1
    expect(vungCuaXa({ category: [] })).toBe('vung-2');
    expect(vungCuaXa({})).toBe('vung-2');
  });

  it('requires the Thanh Hóa xã NTM 2024–2025 set (condition 1, verified)', () => {
    expect(xaNtmNangCao.prerequisites.map((p) => p.set)).toEqual([XA_NTM_2024_2025_ID]);
    expect(xaNtmNangCao.prerequisites[0]?.source?.provenance).toBe('verified');
    expect(xaNtmNangCao.prerequisites[0]?.source?.decision).toBe('26/2024/QĐ-UBND');
    const r = evaluate(xaNtmNangCao, { id: 'x', region: 'BTB', zone: 'vung-2', values: {} }, { asOf: '2025-03-01', prerequisites: { [XA_NTM_2024_2025_ID]: 'not-met' } });
    expect(r.status).toBe('not-met');
  });

  it('changes only the prerequisite and declares the zones, compared with the national version in force (diffSets)', () => {
    const national = inForce(quocGia, '2024-03-01')!;
    const d = diffSets(national, xaNtmNangCao);
    const content = d.changes.filter((c) => !(c.kind === 'criterion-changed' && c.field === 'source'));
    expect(content.map((c) => (c.kind === 'set-changed' ? `${c.kind}:${c.field}` : c.kind))).toEqual([
      'set-changed:label',
      'set-changed:citation',
      'set-changed:regions',
      'set-changed:zones',
      'set-changed:zones',
      'set-changed:prerequisites',
      'set-changed:prerequisites',
    ]);
    expect(xaNtmNangCao.criteria.map((c) => c.indicators)).toEqual(national.criteria.map((c) => c.indicators));
    expect(xaNtmNangCao.categories).toEqual(national.categories);
  });
});

describe('never looser than the national set in force (derive)', () => {
  it('accepts the real derivation (the same set as published)', () => {
    expect(derive(quocGia, xaNtmNangCaoDerivation).fingerprint).toBe(xaNtmNangCao.fingerprint);
  });

  it('rejects a loosened variant with LOOSER_THAN_PARENT naming the indicator and both decisions', () => {
    // Hypothetical: BHYT 14.1 at ≥ 90% instead of the national ≥ 95%.
    const problems = rejected(() => derive(quocGia, { ...xaNtmNangCaoDerivation, changes: [...xaNtmNangCaoDerivation.changes, change.setValue('14.1', 90)] }));
    for (const p of problems) expect(p.code).toBe('LOOSER_THAN_PARENT');
    const p = problems.find((x) => x.at === '14.1');
    expect(p?.message.vi).toContain('Chỉ tiêu 14.1');
    expect(p?.message.vi).toContain('318/QĐ-TTg');
    expect(p?.message.vi).toContain('26/2024/QĐ-UBND');
    expect(p?.message.vi).toContain('90 < 95');
  });

  it('rejects a split by zone that is looser in one zone only, naming the zone', () => {
    // Hypothetical (not law): 18.1 at ≥ 50% in Vùng 1 and ≥ 60% in Vùng 2, for Bắc Trung Bộ.
    const problems = rejected(() =>
      derive(quocGia, {
        ...xaNtmNangCaoDerivation,
        changes: [...xaNtmNangCaoDerivation.changes, change.setValue('18.1', byZone({ 'vung-1': 50, 'vung-2': 60 }), { where: { regions: ['BTB'] } })],
      }),
    );
    expect(problems.map((p) => p.at)).toEqual(['18.1']);
    expect(problems[0]?.code).toBe('LOOSER_THAN_PARENT');
    expect(problems[0]?.message.vi).toContain('vung-1');
    expect(problems[0]?.message.vi).toContain('50 < 55');
    expect(problems[0]?.message.vi).toContain('26/2024/QĐ-UBND');
  });

  it('accepts a stricter split by zone, which then decides differently by zone (hypothetical, not law)', () => {
    const stricter = derive(quocGia, {
      ...xaNtmNangCaoDerivation,
      changes: [...xaNtmNangCaoDerivation.changes, change.setValue('18.1', byZone({ 'vung-1': 55, 'vung-2': 60 }), { where: { regions: ['BTB'] } })],
    });
    const at = (zone: string) =>
      evaluate(stricter, { id: zone, region: 'BTB', zone, values: { '18.1': 57 } }, { asOf: '2025-03-01' }).criteria
        .flatMap((c) => [...c.indicators])
        .find((i) => i.code === '18.1')?.status;
    expect(at('vung-1')).toBe('met');
    expect(at('vung-2')).toBe('not-met');
  });
});
