import { describe, expect, it } from 'vitest';
import {
  amend,
  byRegion,
  change,
  CriteriaSetError,
  defineAmendment,
  evaluate,
  history,
  inForce,
  indicator,
  input,
  isTrue,
  atLeast,
  criterion,
  defineSet,
  timeline,
  diffSets,
  formatDiff,
  type Amendment,
} from '@tieuchi/core';
import { allMetValues, testSet } from '../../test/fixture.js';

const amendingCitation = {
  decision: '2/QĐ-TEST',
  issuer: 'Test issuer',
  signed: '2024-02-20',
  url: 'https://example.invalid/qd-2-test',
  provenance: 'verified' as const,
};

/** An illustrative amendment (not law): raises 2.1 for BTB, adds 2.3, removes 1.2, adds criterion 20. */
const amendment: Amendment = defineAmendment({
  citation: amendingCitation,
  effective: '2024-03-01',
  label: { vi: 'Sửa đổi thử nghiệm', en: 'Test amendment' },
  changes: {
    'test-1-2022/xa-demo': [
      change.setValue('2.1', 90, { where: { regions: ['BTB'] } }),
      change.addIndicator(2, indicator('2.3', { vi: 'Có bến xe', en: 'Has a bus station', input: input.boolean(), rule: isTrue() })),
      change.removeIndicator('1.2'),
      change.addCriterion(
        criterion(20, { vi: 'Khu dân cư mẫu', en: 'Model residential areas', group: 'II' }, [
          indicator('20', { vi: 'Tỷ lệ khu dân cư mẫu', en: 'Share of model areas', input: input.percent(), rule: atLeast(byRegion({ TDMNPB: 10, DBSH: 20, BTB: 15, DHNTB: 15, TN: 10, DNB: 20, DBSCL: 15 })) }),
        ]),
      ),
    ],
  },
});

const unit = { id: 'xa-a', region: 'BTB', zone: 'vung-1', group: 2, values: { ...allMetValues, '2.3': true, '20': 30 } } as const;

describe('amend', () => {
  const amended = amend(testSet, amendment);

  it('produces a new version that records the amendment and starts on its effective date', () => {
    expect(amended.version).toBe('2024-03-01');
    expect(amended.validity.from).toBe('2024-03-01');
    expect(amended.amendedBy.map((c) => c.decision)).toEqual(['2/QĐ-TEST']);
    expect(amended.fingerprint).not.toBe(testSet.fingerprint);
    expect(Object.isFrozen(amended.criteria)).toBe(true);
  });

  it('changes only the chosen region and cites the amending decision on the new value', () => {
    const btb = evaluate(amended, { ...unit, values: { ...unit.values, '2.1': 85 } }, { asOf: '2024-06-01' });
    const i21 = btb.criteria.flatMap((c) => c.indicators).find((i) => i.code === '2.1');
    expect(i21?.status).toBe('not-met');
    expect(i21?.requirement?.value).toBe(90);
    expect(i21?.citation.decision).toBe('2/QĐ-TEST');
    const tn = evaluate(amended, { ...unit, region: 'TN', values: { ...unit.values, '2.1': 85 } }, { asOf: '2024-06-01' });
    const tn21 = tn.criteria.flatMap((c) => c.indicators).find((i) => i.code === '2.1');
    expect(tn21?.requirement?.value).toBe(75);
    expect(tn21?.citation.decision).toBe('1/QĐ-TEST');
  });

  it('adds and removes rows and criteria', () => {
    const codes = amended.criteria.flatMap((c) => c.indicators.map((i) => i.code));
    expect(codes).toContain('2.3');
    expect(codes).not.toContain('1.2');
    expect(amended.criteria.map((c) => c.number)).toContain(20);
  });

  it('the diff of the set and its amended version lists exactly the amended items', () => {
    const d = diffSets(testSet, amended);
    expect(d.changes.map((e) => [e.kind, 'code' in e ? e.code : 'number' in e ? e.number : undefined])).toEqual([
      ['indicator-removed', '1.2'],
      ['value-changed', '2.1'],
      ['indicator-added', '2.3'],
      ['criterion-added', 20],
    ]);
    expect(d.changes[1]).toMatchObject({ at: ['BTB'], before: 80, after: 90 });
    expect(d.meta.map((m) => m.field)).toEqual(['version', 'validity', 'amendedBy']);
    const text = formatDiff(d, 'vi');
    expect(text).toContain('2.1');
    expect(text).toContain('80 → 90');
  });

  it('every result records the amendments applied', () => {
    const r = evaluate(amended, unit, { asOf: '2024-06-01' });
    expect(r.set.amendments.map((a) => a.decision)).toEqual(['2/QĐ-TEST']);
    expect(r.set.fingerprint).toBe(amended.fingerprint);
  });

  it('rejects a change to a code that does not exist, naming the decision and the code', () => {
    const bad = defineAmendment({ ...amendment, changes: { 'test-1-2022/xa-demo': [change.setValue('99.9', 5)] } });
    expect(() => amend(testSet, bad)).toThrow(CriteriaSetError);
    try {
      amend(testSet, bad);
    } catch (e) {
      const err = e as CriteriaSetError;
      expect(err.code).toBe('AMENDMENT_TARGET_NOT_FOUND');
      expect(err.problems[0]?.at).toBe('99.9');
      expect(err.message).toContain('2/QĐ-TEST');
      expect(err.message).toContain('99.9');
    }
  });

  it('rejects an amendment that produces an invalid set, naming the decision', () => {
    const bad = defineAmendment({ ...amendment, changes: { 'test-1-2022/xa-demo': [change.setValue('2.1', 120, { where: { regions: ['BTB'] } })] } });
    expect(() => amend(testSet, bad)).toThrow(/2\/QĐ-TEST.*120|120.*2\/QĐ-TEST/s);
    const dup = defineAmendment({
      ...amendment,
      changes: { 'test-1-2022/xa-demo': [change.addIndicator(1, indicator('2.1', { vi: 'x', en: 'x', input: input.boolean(), rule: isTrue() }))] },
    });
    expect(() => amend(testSet, dup)).toThrow(/INVALID_AMENDMENT/);
  });

  it('rejects amendments of other sets and with a bad date', () => {
    const other = defineAmendment({ ...amendment, changes: { 'other-1-2022/set': [change.removeIndicator('1.1')] } });
    expect(() => amend(testSet, other)).toThrow(/does not amend/);
    expect(() => defineAmendment({ ...amendment, effective: '2024-02-30' })).toThrow(/INVALID_AMENDMENT/);
    expect(() => amend(testSet, defineAmendment({ ...amendment, effective: '2030-01-01' }))).toThrow(/outside the set's validity/);
  });
});

describe('an amendment that issues a new set', () => {
  const special = defineSet({
    ...{ id: 'test-2-2024/huyen-dac-thu', label: { vi: 'Huyện đặc thù (thử nghiệm)', en: 'Special district (test)' } },
    scope: 'huyen',
    tier: 'ntm',
    citation: { ...amendingCitation, effective: '2024-03-01' },
    validity: { from: '2024-03-01' },
    criteria: [criterion(1, { vi: 'Quy hoạch', en: 'Planning' }, [indicator('1.1', { vi: 'Có quy hoạch', en: 'Has a plan', input: input.boolean(), rule: isTrue() })])],
  });

  it('carries the new set, in force from the effective date', () => {
    const a = defineAmendment({ ...amendment, introduces: [special] });
    expect(a.introduces?.map((s) => s.id)).toEqual(['test-2-2024/huyen-dac-thu']);
    expect(inForce(timeline(a.introduces ?? []), '2024-02-29')).toBeUndefined();
    expect(inForce(timeline(a.introduces ?? []), '2024-03-01')?.id).toBe('test-2-2024/huyen-dac-thu');
  });

  it('rejects a new set in force before the decision', () => {
    expect(() => defineAmendment({ ...amendment, effective: '2024-04-01', introduces: [special] })).toThrow(/before the decision/);
  });
});

describe('history and resolution by date', () => {
  const h = history(testSet, [amendment]);

  it('holds the original until the day before the amendment, then the amended version', () => {
    expect(h.entries.map((e) => [e.set.version, e.from, e.until])).toEqual([
      ['2022-02-01', '2022-02-01', '2024-02-29'],
      ['2024-03-01', '2024-03-01', '2025-12-31'],
    ]);
    expect(inForce(h, '2022-01-31')).toBeUndefined();
    expect(inForce(h, '2026-01-01')).toBeUndefined();
  });

  it('an amendment changes a verdict exactly from its effective date', () => {
    const values = { ...unit.values, '2.1': 85 };
    const before = inForce(h, '2024-02-29');
    const on = inForce(h, '2024-03-01');
    expect(before && on).toBeTruthy();
    const rBefore = evaluate(before!, { ...unit, values }, { asOf: '2024-02-29' });
    const rOn = evaluate(on!, { ...unit, values }, { asOf: '2024-03-01' });
    const status = (r: typeof rBefore): string | undefined => r.criteria.find((c) => c.number === 2)?.status;
    expect(status(rBefore)).toBe('met'); // 85 ≥ 80 under the original
    expect(status(rOn)).toBe('not-met'); // 85 < 90 under the amendment
    expect(rBefore.set.amendments).toEqual([]);
    expect(rOn.set.amendments.map((a) => a.decision)).toEqual(['2/QĐ-TEST']);
  });
});
