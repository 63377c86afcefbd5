// Thanh Hóa QĐ 32/2022/QĐ-UBND: counts, citations, derivation from the national history, the never-looser check.
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
import { xaNtmHistory as quocGia } from '@tieuchi/qd-211-2024';
import { HET_HIEU_LUC, sets, xaNtm, xaNtm2024, xaNtmDerivation, xaNtmDerivation2024, xaNtmHistory } from '../src/index.js';

const soChiTieu = (s: CriteriaSet) => s.criteria.reduce((n, c) => n + c.indicators.length, 0);

/** The problems a derivation is rejected with (fails the test when it is accepted). */
function rejected(run: () => unknown): readonly DefinitionProblem[] {
  try {
    run();
  } catch (e) {
    if (e instanceof CriteriaSetError) return e.problems;
    throw e;
  }
  throw new Error('the derivation was accepted');
}

describe('thanh-hoa-qd-32-2022/xa-ntm', () => {
  it('has 19 tiêu chí and 57 chỉ tiêu in both versions', () => {
    for (const s of sets) {
      expect(s.id).toBe('thanh-hoa-qd-32-2022/xa-ntm');
      expect(s.criteria.length).toBe(19);
      expect(s.criteria.map((c) => c.number)).toEqual(Array.from({ length: 19 }, (_, n) => n + 1));
      expect(soChiTieu(s)).toBe(57);
    }
  });

  it('is a Thanh Hóa set of Bắc Trung Bộ, cited to QĐ 32 (unverified), 10/8/2022 – 31/12/2025 in two versions', () => {
    for (const s of sets) {
      expect(s.province).toBe('thanh-hoa');
      expect(s.regions).toEqual(['BTB']);
      expect(s.scope).toBe('xa');
      expect(s.tier).toBe('ntm');
      expect(s.citation.decision).toBe('32/2022/QĐ-UBND');
      expect(s.citation.issuer).toBe('UBND tỉnh Thanh Hóa');
      expect(s.citation.signed).toBe('2022-08-10');
      expect(s.citation.effective).toBeUndefined(); // not known
      expect(s.citation.provenance).toBe('unverified');
    }
    expect(xaNtmHistory.entries.map((e) => [e.set.version, e.from, e.until])).toEqual([
      ['2022-08-10', '2022-08-10', '2024-02-29'],
      ['2024-03-01', '2024-03-01', HET_HIEU_LUC],
    ]);
    expect(inForce(xaNtmHistory, '2022-08-09')).toBeUndefined();
    expect(inForce(xaNtmHistory, '2024-02-29')?.fingerprint).toBe(xaNtm.fingerprint);
    expect(inForce(xaNtmHistory, '2024-03-01')?.fingerprint).toBe(xaNtm2024.fingerprint);
    expect(inForce(xaNtmHistory, '2026-01-01')).toBeUndefined();
  });

  it('derivedFrom names the national set version it tightens', () => {
    expect(xaNtm.derivedFrom?.id).toBe('qd-318-2022/xa-ntm');
    expect(xaNtm.derivedFrom?.version).toBe('2022-03-08');
    expect(xaNtm.derivedFrom?.citation.decision).toBe('318/QĐ-TTg');
    expect(xaNtm.derivedFrom?.fingerprint).toBe(inForce(quocGia, '2022-08-10')?.fingerprint);
    expect(xaNtm2024.derivedFrom?.id).toBe('qd-318-2022/xa-ntm');
    expect(xaNtm2024.derivedFrom?.version).toBe('2024-03-01');
    expect(xaNtm2024.derivedFrom?.fingerprint).toBe(inForce(quocGia, '2024-03-01')?.fingerprint);
  });

  it('every indicator has a citation with a provenance — the national one: no Thanh Hóa value is encoded', () => {
    for (const s of sets) {
      const rows = auditSet(s);
      expect(rows.length).toBe(57);
      for (const r of rows) {
        expect(PROVENANCES).toContain(r.citation.provenance);
        expect(r.citation.decision).toBe('318/QĐ-TTg');
        expect(r.citation.part).toBe('Phụ lục I');
        for (const v of r.values) {
          expect(PROVENANCES).toContain(v.provenance);
          expect(v.citation.decision).not.toBe('32/2022/QĐ-UBND');
        }
      }
    }
  });

  it('changes no criterion, indicator or threshold of the national set (diffSets)', () => {
    for (const [national, provincial] of [
      [inForce(quocGia, '2022-08-10'), xaNtm],
      [inForce(quocGia, '2024-03-01'), xaNtm2024],
    ] as const) {
      const d = diffSets(national!, provincial);
      // Only the set's own fields differ; each criterion restates the national citation (same decision).
      const content = d.changes.filter((c) => !(c.kind === 'criterion-changed' && c.field === 'source'));
      expect(content.map((c) => (c.kind === 'set-changed' ? `${c.kind}:${c.field}` : c.kind))).toEqual([
        'set-changed:label',
        'set-changed:citation',
        'set-changed:regions',
      ]);
      for (const c of d.changes) if (c.kind === 'criterion-changed' && c.field === 'source') expect(c.after?.decision).toBe('318/QĐ-TTg');
      expect(provincial.criteria.map((c) => c.indicators)).toEqual(national!.criteria.map((c) => c.indicators));
      expect(provincial.categories).toEqual(national!.categories);
    }
  });
});

describe('never looser than the national set in force (derive)', () => {
  it('accepts the real derivations (the same sets as published)', () => {
    expect(derive(quocGia, xaNtmDerivation).fingerprint).toBe(xaNtm.fingerprint);
    expect(derive(quocGia, xaNtmDerivation2024).fingerprint).toBe(xaNtm2024.fingerprint);
  });

  it('rejects a loosened variant with LOOSER_THAN_PARENT naming the indicator and both decisions', () => {
    // Hypothetical: lowering tiêu chí 16 (national ≥ 70%) to 60% would lower the bar.
    const problems = rejected(() => derive(quocGia, { ...xaNtmDerivation, changes: [change.setValue('16', 60)] }));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.code).toBe('LOOSER_THAN_PARENT');
    const p16 = problems.find((p) => p.at === '16');
    expect(p16?.message.vi).toContain('Chỉ tiêu 16');
    expect(p16?.message.vi).toContain('318/QĐ-TTg');
    expect(p16?.message.vi).toContain('32/2022/QĐ-UBND');
    expect(p16?.message.vi).toContain('60 < 70');
    expect(p16?.message.en).toContain('may not lower the bar');
  });

  it('rejects loosening against the amended national version too (from 01/3/2024), naming that decision', () => {
    // Hypothetical: raising the stunting ceiling 15.3 (BTB ≤ 25%) to 30% for Bắc Trung Bộ.
    const problems = rejected(() =>
      derive(quocGia, { ...xaNtmDerivation2024, changes: [change.setValue('15.3', 30, { where: { regions: ['BTB'] } })] }),
    );
    const p = problems.find((x) => x.at === '15.3');
    expect(p?.code).toBe('LOOSER_THAN_PARENT');
    expect(p?.message.vi).toContain('318/QĐ-TTg');
    expect(p?.message.vi).toContain('32/2022/QĐ-UBND');
    expect(p?.message.vi).toContain('30 > 25');
  });

  it('accepts a stricter variant, which then decides verdicts', () => {
    // Hypothetical tightening (not law): tiêu chí 16 at ≥ 75%.
    const stricter = derive(quocGia, { ...xaNtmDerivation, changes: [change.setValue('16', 75)] });
    const r = evaluate(stricter, { id: 'x', region: 'BTB', values: { '16': 72 } }, { asOf: '2023-06-01' });
    expect(r.criteria.find((c) => c.number === 16)?.status).toBe('not-met');
  });

  it('rejects one set over 2022–2025: the QĐ 318 classes it copied are looser than QĐ 211 for some rows', () => {
    const problems = rejected(() => derive(quocGia, { ...xaNtmDerivation, validity: { from: '2022-08-10', until: HET_HIEU_LUC } }));
    const at = problems.map((p) => p.at);
    // Income (10) is not among them: from 01/3/2024 the national set states no income level (2024: none stated; 2025: not
    // known), so the two versions cannot differ there.
    expect(at).not.toContain('10');
    expect(at).toContain('15.3'); // xã khu vực II/III: QĐ 211 holds them to TDMNPB ≤ 24%, stricter than BTB ≤ 25%
    for (const p of problems) expect(p.code).toBe('LOOSER_THAN_PARENT');
  });
});
