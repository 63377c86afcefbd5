// Thanh Hóa QĐ 33/2022/QĐ-UBND: counts, citations, the prerequisite, derivation from the national history, the
// never-looser check.
import { describe, expect, it } from 'vitest';
import {
  auditSet,
  change,
  CriteriaSetError,
  derive,
  diffSets,
  evaluate,
  inForce,
  PROVENANCES,
  type CriteriaSet,
  type DefinitionProblem,
} from '@tieuchi/core';
import { xaNtmNangCaoHistory as quocGia } from '@tieuchi/qd-211-2024';
import { xaNtm as xaNtmThanhHoa } from '@tieuchi/thanh-hoa-qd-32-2022';
import { sets, xaNtmNangCao, xaNtmNangCao2024, xaNtmNangCaoDerivation, xaNtmNangCaoDerivation2024, xaNtmNangCaoHistory } from '../src/index.js';

const soChiTieu = (s: CriteriaSet) => s.criteria.reduce((n, c) => n + c.indicators.length, 0);

function rejected(run: () => unknown): readonly DefinitionProblem[] {
  try {
    run();
  } catch (e) {
    if (e instanceof CriteriaSetError) return e.problems;
    throw e;
  }
  throw new Error('the derivation was accepted');
}

describe('thanh-hoa-qd-33-2022/xa-ntm-nang-cao', () => {
  it('has 19 tiêu chí and 75 chỉ tiêu in both versions', () => {
    for (const s of sets) {
      expect(s.id).toBe('thanh-hoa-qd-33-2022/xa-ntm-nang-cao');
      expect(s.criteria.length).toBe(19);
      expect(soChiTieu(s)).toBe(75);
      expect(s.tier).toBe('nang-cao');
    }
  });

  it('is a Thanh Hóa set of Bắc Trung Bộ cited to QĐ 33 (partial), 10/8/2022 – 31/12/2025 in two versions', () => {
    for (const s of sets) {
      expect(s.province).toBe('thanh-hoa');
      expect(s.regions).toEqual(['BTB']);
      expect(s.citation.decision).toBe('33/2022/QĐ-UBND');
      expect(s.citation.signed).toBe('2022-08-10');
      expect(s.citation.effective).toBeUndefined();
      expect(s.citation.provenance).toBe('partial');
      expect(s.citation.url).toMatch(/^https:\/\//);
    }
    expect(xaNtmNangCaoHistory.entries.map((e) => [e.set.version, e.from, e.until])).toEqual([
      ['2022-08-10', '2022-08-10', '2024-02-29'],
      ['2024-03-01', '2024-03-01', '2025-12-31'],
    ]);
  });

  it('requires the Thanh Hóa xã NTM set (QĐ 32), not the national one', () => {
    for (const s of sets) {
      expect(s.prerequisites.map((p) => p.set)).toEqual([xaNtmThanhHoa.id]);
      expect(s.prerequisites[0]?.source?.provenance).toBe('unverified');
    }
    const unit = { id: 'x', region: 'BTB' as const, values: {} };
    expect(evaluate(xaNtmNangCao, unit, { asOf: '2023-06-01', prerequisites: { 'thanh-hoa-qd-32-2022/xa-ntm': 'not-met' } }).status).toBe('not-met');
    const nationalOnly = evaluate(xaNtmNangCao, { ...unit, recognized: ['qd-318-2022/xa-ntm'] }, { asOf: '2023-06-01' });
    expect(nationalOnly.issues.map((i) => i.code)).toContain('PREREQUISITE_UNKNOWN');
  });

  it('derivedFrom names the national set version it tightens', () => {
    expect(xaNtmNangCao.derivedFrom?.id).toBe('qd-318-2022/xa-ntm-nang-cao');
    expect(xaNtmNangCao.derivedFrom?.version).toBe('2022-03-08');
    expect(xaNtmNangCao.derivedFrom?.citation.decision).toBe('318/QĐ-TTg');
    expect(xaNtmNangCao2024.derivedFrom?.id).toBe('qd-318-2022/xa-ntm-nang-cao');
    expect(xaNtmNangCao2024.derivedFrom?.version).toBe('2024-03-01');
    expect(xaNtmNangCao2024.derivedFrom?.fingerprint).toBe(inForce(quocGia, '2024-03-01')?.fingerprint);
  });

  it('every indicator has a citation with a provenance — the national one (Phụ lục II): no Thanh Hóa value is encoded', () => {
    for (const s of sets) {
      const rows = auditSet(s);
      expect(rows.length).toBe(75);
      for (const r of rows) {
        expect(PROVENANCES).toContain(r.citation.provenance);
        expect(r.citation.decision).toBe('318/QĐ-TTg');
        expect(r.citation.part).toBe('Phụ lục II');
        for (const v of r.values) expect(v.citation.decision).not.toBe('33/2022/QĐ-UBND');
      }
    }
  });

  it('changes only the prerequisite compared with the national version in force (diffSets)', () => {
    for (const [national, provincial] of [
      [inForce(quocGia, '2022-08-10'), xaNtmNangCao],
      [inForce(quocGia, '2024-03-01'), xaNtmNangCao2024],
    ] as const) {
      const d = diffSets(national!, provincial);
      const content = d.changes.filter((c) => !(c.kind === 'criterion-changed' && c.field === 'source'));
      expect(content.map((c) => (c.kind === 'set-changed' ? `${c.kind}:${c.field}` : c.kind))).toEqual([
        'set-changed:label',
        'set-changed:citation',
        'set-changed:regions',
        'set-changed:prerequisites', // qd-318-2022/xa-ntm removed
        'set-changed:prerequisites', // thanh-hoa-qd-32-2022/xa-ntm added
      ]);
      expect(provincial.criteria.map((c) => c.indicators)).toEqual(national!.criteria.map((c) => c.indicators));
      expect(provincial.categories).toEqual(national!.categories);
    }
  });
});

describe('never looser than the national set in force (derive)', () => {
  it('accepts the real derivations (the same sets as published)', () => {
    expect(derive(quocGia, xaNtmNangCaoDerivation).fingerprint).toBe(xaNtmNangCao.fingerprint);
    expect(derive(quocGia, xaNtmNangCaoDerivation2024).fingerprint).toBe(xaNtmNangCao2024.fingerprint);
  });

  it('rejects a loosened variant with LOOSER_THAN_PARENT naming the indicator and both decisions', () => {
    // Hypothetical: BHYT 14.1 at ≥ 90% instead of the national ≥ 95%.
    const problems = rejected(() => derive(quocGia, { ...xaNtmNangCaoDerivation, changes: [...xaNtmNangCaoDerivation.changes, change.setValue('14.1', 90)] }));
    for (const p of problems) expect(p.code).toBe('LOOSER_THAN_PARENT');
    const p = problems.find((x) => x.at === '14.1');
    expect(p?.message.vi).toContain('Chỉ tiêu 14.1');
    expect(p?.message.vi).toContain('318/QĐ-TTg');
    expect(p?.message.vi).toContain('33/2022/QĐ-UBND');
    expect(p?.message.vi).toContain('90 < 95');
  });

  it('rejects loosening against the amended national version (from 01/3/2024)', () => {
    // Hypothetical: centralised clean water 18.1 at ≥ 50% in Bắc Trung Bộ instead of ≥ 55%.
    const problems = rejected(() =>
      derive(quocGia, {
        ...xaNtmNangCaoDerivation2024,
        changes: [...xaNtmNangCaoDerivation2024.changes, change.setValue('18.1', 50, { where: { regions: ['BTB'] } })],
      }),
    );
    const p = problems.find((x) => x.at === '18.1');
    expect(p?.code).toBe('LOOSER_THAN_PARENT');
    expect(p?.message.vi).toContain('(BTB, 2024)');
    expect(p?.message.vi).toContain('33/2022/QĐ-UBND');
    expect(p?.message.vi).toContain('50 < 55');
  });
});
