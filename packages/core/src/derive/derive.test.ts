import { describe, expect, it } from 'vitest';
import {
  amend,
  byRegion,
  byZone,
  change,
  checkNotLooser,
  criterion,
  CriteriaSetError,
  defineAmendment,
  derive,
  evaluate,
  history,
  indicator,
  input,
  isTrue,
  type Derivation,
} from '@tieuchi/core';
import { allMetValues, testSet } from '../../test/fixture.js';

const province = {
  decision: '9/2022/QĐ-UBND',
  issuer: 'UBND tỉnh Thử Nghiệm',
  signed: '2022-08-10',
  provenance: 'partial' as const,
};

const base: Omit<Derivation, 'changes'> = {
  id: 'thu-nghiem-qd-9-2022/xa-demo',
  province: 'thu-nghiem',
  label: { vi: 'Bộ tiêu chí thử nghiệm của tỉnh', en: 'Provincial test set' },
  citation: province,
  validity: { from: '2022-08-10', until: '2025-12-31' },
  regions: ['BTB'],
  zones: { 'vung-1': { vi: 'Vùng 1', en: 'Zone 1' }, 'vung-2': { vi: 'Vùng 2', en: 'Zone 2' } },
};

describe('derive', () => {
  it('accepts a derivation that tightens, splits by zone, adds a 20th criterion and supplies a parameter', () => {
    const derived = derive(testSet, {
      ...base,
      changes: [
        change.setValue('2.1', byZone({ 'vung-1': 85, 'vung-2': 95 }), { where: { regions: ['BTB'] } }),
        change.setParameter('muc-13-3', 60),
        change.addCriterion(
          criterion(20, { vi: 'Khu dân cư mẫu, vườn mẫu', en: 'Model residential areas and gardens', group: 'II' }, [
            indicator('20.1', { vi: 'Có khu dân cư mẫu', en: 'Has a model residential area', input: input.boolean(), rule: isTrue() }),
          ]),
        ),
      ],
    });
    expect(derived.derivedFrom?.id).toBe(testSet.id);
    expect(derived.derivedFrom?.fingerprint).toBe(testSet.fingerprint);
    expect(derived.criteria).toHaveLength(testSet.criteria.length + 1);
    const unit = { id: 'xa-b', region: 'BTB', zone: 'vung-2', group: 2, values: { ...allMetValues, '2.1': 90, '20.1': true } } as const;
    const r = evaluate(derived, unit, { asOf: '2023-06-01' });
    const ind = (code: string) => r.criteria.flatMap((c) => c.indicators).find((i) => i.code === code);
    expect(ind('2.1')?.status).toBe('not-met'); // vùng 2 needs 95
    expect(ind('2.1')?.citation.decision).toBe('9/2022/QĐ-UBND');
    expect(ind('13.3')?.status).toBe('met'); // 90 ≥ the supplied 60
    expect(ind('20.1')?.status).toBe('met');
    expect(ind('10')?.citation.decision).toBe('1/QĐ-TEST'); // an inherited row keeps the national citation
  });

  it('rejects a derivation that loosens a value, naming the indicator and both decisions', () => {
    const attempt = (): unknown => derive(testSet, { ...base, changes: [change.setValue('2.1', 70, { where: { regions: ['BTB'] } })] });
    expect(attempt).toThrow(CriteriaSetError);
    try {
      attempt();
    } catch (e) {
      const err = e as CriteriaSetError;
      expect(err.code).toBe('LOOSER_THAN_PARENT');
      expect(err.problems[0]?.at).toBe('2.1');
      expect(err.message).toContain('1/QĐ-TEST');
      expect(err.message).toContain('9/2022/QĐ-UBND');
    }
  });

  it('rejects loosening in only one zone, one year or for one category', () => {
    expect(() => derive(testSet, { ...base, changes: [change.setValue('2.1', byZone({ 'vung-1': 79, 'vung-2': 95 }), { where: { regions: ['BTB'] } })] })).toThrow(/2\.1/);
    expect(() => derive(testSet, { ...base, changes: [change.setValue('10', 50, { where: { years: [2025], regions: ['BTB'] } })] })).toThrow(/Indicator 10/);
    // xa-bien may have up to 6% poverty nationally; a province allowing 7% is looser.
    expect(() => derive(testSet, { ...base, changes: [change.setValue('11', 7)] })).toThrow(/Indicator 11/);
  });

  it('rejects removing an indicator or making an indicator optional', () => {
    expect(() => derive(testSet, { ...base, changes: [change.removeIndicator('1.2')] })).toThrow(/1\.2.*removed/s);
    expect(() => derive(testSet, { ...base, changes: [change.updateIndicator('1.1', { applicability: 'ifPresent' })] })).toThrow(/if present/);
    expect(() => derive(testSet, { ...base, changes: [change.updateCriterion(1, { combine: { type: 'atLeast', count: 1 } })] })).toThrow(/LOOSER_THAN_PARENT/);
  });

  it('checks against every national version in force during its validity', () => {
    const raise = defineAmendment({
      citation: { decision: '2/QĐ-TEST', issuer: 'Test issuer', signed: '2024-02-20', provenance: 'verified' },
      effective: '2024-03-01',
      label: { vi: 'Nâng chuẩn', en: 'Raise' },
      changes: { 'test-1-2022/xa-demo': [change.setValue('2.1', 88, { where: { regions: ['BTB'] } })] },
    });
    const national = history(testSet, [raise]);
    // 85 is stricter than the original 80 but looser than the amended 88 from 2024-03-01.
    expect(() => derive(national, { ...base, changes: [change.setValue('2.1', 85, { where: { regions: ['BTB'] } })] })).toThrow(/2\/QĐ-TEST/);
    // A province set that ends before the amendment is only held to the original.
    expect(() =>
      derive(national, { ...base, validity: { from: '2022-08-10', until: '2024-02-29' }, changes: [change.setValue('2.1', 85, { where: { regions: ['BTB'] } })] }),
    ).not.toThrow();
    expect(checkNotLooser(amend(testSet, raise), testSet)).toEqual([]);
  });

  it('accepts a stricter value given by region', () => {
    const derived = derive(testSet, { ...base, changes: [change.setValue('2.1', byRegion({ BTB: 100 }), { where: {} })] });
    expect(derived.criteria[1]?.indicators[0]?.code).toBe('2.1');
  });
});

describe('deriveHistory', () => {
  it('derives one provincial version per national version, each checked for the days they share', async () => {
    const { deriveHistory, inForce, setCategoryChange } = await import('@tieuchi/core').then((m) => ({ ...m, setCategoryChange: m.change.setCategory }));
    // A national amendment from 2024-03-01 makes a new class of commune use the TDMNPB values.
    const reclass = defineAmendment({
      citation: { decision: '2/QĐ-TEST', issuer: 'Test issuer', signed: '2024-02-20', provenance: 'verified' },
      effective: '2024-03-01',
      label: { vi: 'Đổi lớp xã', en: 'New commune class' },
      changes: { 'test-1-2022/xa-demo': [setCategoryChange('xa-kv3', { label: { vi: 'Xã khu vực III', en: 'Area III commune' }, useRegion: 'TDMNPB' })] },
    });
    const national = history(testSet, [reclass]);
    const provincial = deriveHistory(national, { ...base, changes: [change.setValue('2.1', 85, { where: { regions: ['BTB'] } })] });
    expect(provincial.entries.map((e) => [e.set.version, e.from, e.until, e.set.derivedFrom?.version])).toEqual([
      ['2022-08-10', '2022-08-10', '2024-02-29', '2022-02-01'],
      ['2024-03-01', '2024-03-01', '2025-12-31', '2024-03-01'],
    ]);
    // From 2024-03-01 the province's set knows the national class too.
    expect(Object.keys(inForce(provincial, '2024-06-01')?.categories ?? {})).toContain('xa-kv3');
    expect(Object.keys(inForce(provincial, '2023-06-01')?.categories ?? {})).not.toContain('xa-kv3');
    // Each version keeps the province's own change and cites it.
    const unit = { id: 'x', region: 'BTB', zone: 'vung-1', group: 2, values: { ...allMetValues, '2.1': 84 } } as const;
    for (const d of ['2023-06-01', '2024-06-01']) {
      const r = evaluate(inForce(provincial, d)!, unit, { asOf: d });
      const i21 = r.criteria.flatMap((c) => c.indicators).find((i) => i.code === '2.1');
      expect(i21?.status).toBe('not-met');
      expect(i21?.citation.decision).toBe('9/2022/QĐ-UBND');
    }
  });

  it('rejects a provincial change looser than any national version', async () => {
    const { deriveHistory } = await import('@tieuchi/core');
    const raise = defineAmendment({
      citation: { decision: '2/QĐ-TEST', issuer: 'Test issuer', signed: '2024-02-20', provenance: 'verified' },
      effective: '2024-03-01',
      label: { vi: 'Nâng chuẩn', en: 'Raise' },
      changes: { 'test-1-2022/xa-demo': [change.setValue('2.1', 88, { where: { regions: ['BTB'] } })] },
    });
    expect(() => deriveHistory(history(testSet, [raise]), { ...base, changes: [change.setValue('2.1', 85, { where: { regions: ['BTB'] } })] })).toThrow(/2\/QĐ-TEST/);
  });
});
