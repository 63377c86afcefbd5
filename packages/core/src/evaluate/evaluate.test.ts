import { describe, expect, it } from 'vitest';
import { deepFreeze, evaluate } from '@tieuchi/core';
import { allMetValues, ladderNangCao, testSet } from '../../test/fixture.js';
import { ind, indicators, issuesOf, run } from '../../test/helpers.js';

describe('evaluate', () => {
  it('reports đạt x/N tiêu chí, y/M chỉ tiêu for a commune with data', () => {
    const r = evaluate(testSet, { id: 'x', region: 'BTB', zone: 'vung-1', group: 2, values: allMetValues }, { asOf: '2024-05-01' });
    expect(r.summary.indicators.total).toBe(15);
    expect(r.summary.criteria.total).toBe(8);
    // 13.3 depends on a province parameter this set does not supply.
    expect(r.criteria.find((c) => c.number === 13)?.status).toBe('unknown');
    // 13.4 has no known value for BTB (notKnown), so it is unknown too.
    expect(r.criteria.flatMap((c) => c.indicators).filter((i) => i.status === 'unknown').map((i) => i.code)).toEqual(['13.3', '13.4']);
    expect(r.summary.text.vi).toBe('Đạt 7/8 tiêu chí, 13/15 chỉ tiêu');
  });
});

// Everything below uses the made-up test set; its numbers are not law.
const demo = { id: 'xa-a', name: 'Xã A', region: 'BTB', zone: 'vung-1', group: 2 } as const;
const asOf = '2024-05-01';
const withValues = (patch: Record<string, unknown>) => run(testSet, { ...demo, values: { ...allMetValues, ...patch } }, { asOf });
const criterionStatus = (r: ReturnType<typeof run>, n: number) => r.criteria.find((c) => c.number === n)?.status;

describe('unknown propagation (Kleene)', () => {
  it('a criterion is met when every indicator is met', () => {
    const r = withValues({});
    expect(criterionStatus(r, 1)).toBe('met');
    expect(r.criteria.find((c) => c.number === 1)?.indicators.map((i) => i.status)).toEqual(['met', 'met']);
  });

  it('a criterion is not-met if any indicator is not-met, even when another is unknown', () => {
    const r = withValues({ '1.1': null, '1.2': 2 });
    expect(ind(r, '1.1').status).toBe('unknown');
    expect(ind(r, '1.2').status).toBe('not-met');
    expect(criterionStatus(r, 1)).toBe('not-met');
  });

  it('a criterion is unknown if an indicator is unknown and none is not-met', () => {
    const r = withValues({ '1.1': null });
    expect(criterionStatus(r, 1)).toBe('unknown');
  });

  it("combine {type: 'atLeast', count: 1}: met once one is met, unknown while it could be, not-met when it cannot", () => {
    expect(criterionStatus(withValues({ '12.1': 40, '12.2': null }), 12)).toBe('met');
    expect(criterionStatus(withValues({ '12.1': 70, '12.2': 'htx' }), 12)).toBe('met');
    expect(criterionStatus(withValues({ '12.1': 70, '12.2': null }), 12)).toBe('unknown');
    expect(criterionStatus(withValues({ '12.1': 70, '12.2': 'none' }), 12)).toBe('not-met');
  });

  it("the set's status is the Kleene AND of its criteria", () => {
    // 13 is unknown in the test set for BTB (parameter not supplied, value not known).
    expect(withValues({}).status).toBe('unknown');
    expect(withValues({ '1.2': 1 }).status).toBe('not-met');
    const tdm = run(testSet, { ...demo, region: 'TDMNPB', values: { ...allMetValues } }, { asOf });
    expect(criterionStatus(tdm, 13)).toBe('unknown'); // 13.3 still has no parameter
    expect(tdm.summary.status).toBe(tdm.status);
  });

  it('summary counts add up and progress is the share of indicators met', () => {
    const r = withValues({ '1.2': 1, '2.2': null });
    const { criteria: c, indicators: i } = r.summary;
    expect(i).toEqual({ met: 11, notMet: 1, unknown: 3, total: 15 });
    expect(c).toEqual({ met: 5, notMet: 1, unknown: 2, total: 8 });
    expect(r.summary.progress).toBeCloseTo(11 / 15, 12);
    expect(r.summary.text).toEqual({ vi: 'Đạt 5/8 tiêu chí, 11/15 chỉ tiêu', en: 'Met 5/8 criteria, 11/15 indicators' });
    const all = indicators(r);
    expect(all.filter((x) => x.status === 'met')).toHaveLength(i.met);
  });
});

describe('prerequisites', () => {
  const met = { '1': 70, '2': true, '3': 95 };

  it('unknown without a source, with a PREREQUISITE_UNKNOWN warning; the set is then unknown', () => {
    const r = run(ladderNangCao, { id: 'xa-a', values: met }, { asOf });
    expect(r.criteria.every((c) => c.status === 'met')).toBe(true);
    expect(r.prerequisites).toEqual([{ set: 'test-1-2022/xa-ntm', label: { vi: 'Đạt chuẩn NTM', en: 'Recognised as NTM' }, status: 'unknown', via: 'none' }]);
    expect(r.status).toBe('unknown');
    const w = issuesOf(r, 'PREREQUISITE_UNKNOWN');
    expect(w).toEqual([expect.objectContaining({ severity: 'warning', path: 'recognized' })]);
    expect(w[0]?.message.vi).toContain('Đạt chuẩn NTM');
    expect(w[0]?.message.en).toContain('Recognised as NTM');
  });

  it('satisfied by unit.recognized', () => {
    const r = run(ladderNangCao, { id: 'xa-a', recognized: ['test-1-2022/xa-ntm'], values: met }, { asOf });
    expect(r.prerequisites[0]).toMatchObject({ status: 'met', via: 'recognized' });
    expect(r.status).toBe('met');
    expect(issuesOf(r, 'PREREQUISITE_UNKNOWN')).toHaveLength(0);
  });

  it('satisfied (or not) by options.prerequisites', () => {
    const yes = run(ladderNangCao, { id: 'xa-a', values: met }, { asOf, prerequisites: { 'test-1-2022/xa-ntm': 'met' } });
    expect(yes.prerequisites[0]).toMatchObject({ status: 'met', via: 'supplied' });
    expect(yes.status).toBe('met');
    const no = run(ladderNangCao, { id: 'xa-a', values: met }, { asOf, prerequisites: { 'test-1-2022/xa-ntm': 'not-met' } });
    expect(no.prerequisites[0]).toMatchObject({ status: 'not-met', via: 'supplied' });
    expect(no.status).toBe('not-met');
    // Prerequisites are not criteria: the criteria counts are untouched.
    expect(no.summary.criteria).toEqual({ met: 3, notMet: 0, unknown: 0, total: 3 });
  });

  it('ignores a supplied status that is not a status', () => {
    const r = run(ladderNangCao, { id: 'xa-a', values: met }, { asOf, prerequisites: { 'test-1-2022/xa-ntm': 'yes' } });
    expect(r.prerequisites[0]).toMatchObject({ status: 'unknown', via: 'none' });
  });

  it('recognition of another set does not satisfy it', () => {
    const r = run(ladderNangCao, { id: 'xa-a', recognized: ['test-1-2022/xa-khac'], values: met }, { asOf });
    expect(r.prerequisites[0]?.status).toBe('unknown');
  });
});

describe('empty values', () => {
  it('leaves every indicator unknown and missing, nothing met, and counts right', () => {
    const r = run(testSet, { ...demo, values: {} }, { asOf });
    for (const i of indicators(r)) {
      expect(i.status).toBe('unknown');
      expect(i.actual).toBeNull();
      expect(i.missing).toEqual([`values.${i.code}`]);
      expect(i.invalid).toEqual([]);
    }
    expect(r.summary.indicators).toEqual({ met: 0, notMet: 0, unknown: 15, total: 15 });
    expect(r.summary.criteria).toEqual({ met: 0, notMet: 0, unknown: 8, total: 8 });
    expect(r.summary.progress).toBe(0);
    expect(r.status).toBe('unknown');
    expect(r.summary.text).toEqual({ vi: 'Đạt 0/8 tiêu chí, 0/15 chỉ tiêu', en: 'Met 0/8 criteria, 0/15 indicators' });
    // Missing data is not an error in itself.
    expect(r.issues.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('still shows the requirement of a missing indicator', () => {
    expect(ind(run(testSet, { ...demo, values: {} }, { asOf }), '2.1').requirement?.text).toEqual({ vi: '≥ 80%', en: '≥ 80%' });
  });

  it('treats null as missing and undefined as missing', () => {
    const r = withValues({ '1.1': null, '1.2': undefined });
    expect(ind(r, '1.1')).toMatchObject({ status: 'unknown', missing: ['values.1.1'] });
    expect(ind(r, '1.2')).toMatchObject({ status: 'unknown', missing: ['values.1.2'] });
  });

  it('a unit without values at all is like empty values', () => {
    const r = run(testSet, { ...demo }, { asOf });
    expect(r.summary.indicators.unknown).toBe(15);
    expect(r.issues.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe("'n/a' (không áp dụng)", () => {
  it("is met with notApplicable for an applicability: 'ifPresent' indicator", () => {
    const r = withValues({ '13.2': 'n/a' });
    expect(ind(r, '13.2')).toMatchObject({ status: 'met', notApplicable: true, actual: 'n/a', gap: 0, missing: [], invalid: [] });
    expect(issuesOf(r, 'NOT_APPLICABLE_NOT_ALLOWED')).toHaveLength(0);
  });

  it("an 'ifPresent' indicator is still judged when the unit has the object", () => {
    expect(ind(withValues({ '13.2': false }), '13.2').status).toBe('not-met');
    expect(ind(withValues({ '13.2': true }), '13.2').notApplicable).toBeUndefined();
  });

  it('is NOT_APPLICABLE_NOT_ALLOWED and unknown for a normal indicator', () => {
    const r = withValues({ '2.1': 'n/a' });
    expect(ind(r, '2.1')).toMatchObject({ status: 'unknown', invalid: ['values.2.1'] });
    expect(issuesOf(r, 'NOT_APPLICABLE_NOT_ALLOWED')).toEqual([expect.objectContaining({ severity: 'error', path: 'values.2.1', indicator: '2.1' })]);
  });

  it('is not decided without a valid evaluation date', () => {
    const r = run(testSet, { ...demo, values: allMetValues }, { asOf: 'not a date' });
    expect(ind(r, '13.2')).toMatchObject({ status: 'unknown', actual: 'n/a' });
  });
});

describe('the result', () => {
  it('names the set, its version, citation and fingerprint, and the date', () => {
    const r = withValues({});
    expect(r.set).toEqual({
      id: testSet.id,
      version: testSet.version,
      label: testSet.label,
      citation: testSet.citation,
      fingerprint: testSet.fingerprint,
      amendments: [],
    });
    expect(r.asOf).toBe(asOf);
    expect(r.unit).toEqual({ id: 'xa-a', name: 'Xã A', region: 'BTB', effectiveRegion: 'BTB', zone: 'vung-1', group: 2, category: [] });
  });

  it('accepts a Date for asOf', () => {
    const r = run(testSet, { ...demo, values: allMetValues }, { asOf: new Date('2024-05-01T00:00:00Z') });
    expect(r.asOf).toBe('2024-05-01');
    expect(r.summary).toEqual(withValues({}).summary);
  });

  it('warns when the set is not in force on the date, but still evaluates', () => {
    const before = run(testSet, { ...demo, values: allMetValues }, { asOf: '2022-01-15' });
    expect(issuesOf(before, 'SET_NOT_IN_FORCE')).toEqual([expect.objectContaining({ severity: 'warning', path: 'asOf' })]);
    expect(issuesOf(before, 'SET_NOT_IN_FORCE')[0]?.message.en).toContain('2022-02-01');
    expect(before.summary.indicators.met).toBe(13);
    const after = run(testSet, { ...demo, values: allMetValues }, { asOf: '2026-01-01' });
    expect(issuesOf(after, 'SET_NOT_IN_FORCE')).toHaveLength(1);
    // After the last listed year the income threshold stays at 2025's (after: 'last').
    expect(ind(after, '10')).toMatchObject({ status: 'not-met', requirement: { value: 55 } });
  });

  it('per indicator: citation, provenance and criterion number', () => {
    const i = ind(withValues({}), '10');
    expect(i).toMatchObject({ code: '10', criterion: 10, provenance: 'verified', label: { vi: 'Thu nhập bình quân đầu người', en: 'Income per capita' } });
    expect(i.citation.decision).toBe(testSet.citation.decision);
  });

  it('gives the same answer whatever was evaluated before (per-context plans are not mixed up)', () => {
    const units = [
      { ...demo, values: allMetValues },
      { ...demo, region: 'TDMNPB', values: allMetValues },
      { ...demo, region: 'DBSCL', zone: 'vung-2', group: 1, values: allMetValues },
      { ...demo, category: ['xa-dbkk'], values: allMetValues },
      { ...demo, category: ['xa-bien', 'xa-dbkk'], values: allMetValues },
    ];
    const dates = ['2022-06-01', '2024-05-01', '2025-06-01'];
    const alone = (u: object, d: string) => JSON.stringify(run(testSet, structuredClone(u), { asOf: d }));
    const expected = new Map(units.flatMap((u, i) => dates.map((d) => [`${i}@${d}`, alone(u, d)] as const)));
    // Interleave in another order and compare with the isolated results.
    for (const d of [...dates].reverse()) {
      for (let i = units.length - 1; i >= 0; i--) expect(alone(units[i]!, d)).toBe(expected.get(`${i}@${d}`));
    }
    expect(new Set(expected.values()).size).toBe(expected.size);
  });

  it('is pure: frozen input is fine, repeated calls agree, the input is untouched', () => {
    const unit = deepFreeze(structuredClone({ ...demo, values: { ...allMetValues } }));
    const copy = structuredClone(unit);
    const a = evaluate(testSet, unit, { asOf });
    const b = evaluate(testSet, unit, { asOf });
    expect(a).toEqual(b);
    expect(unit).toEqual(copy);
  });
});

describe('conditions (điều kiện)', () => {
  it('decide the status but are not counted among the tiêu chí', async () => {
    const { condition, criterion, defineSet, evaluate, indicator, input, isTrue, shareOfChildren, canonicalJSON } = await import('@tieuchi/core');
    const { testCitation } = await import('../../test/fixture.js');
    const set = defineSet({
      id: 'test-3-2022/huyen-demo',
      label: { vi: 'Huyện thử nghiệm', en: 'Test district' },
      scope: 'huyen',
      tier: 'ntm',
      citation: testCitation,
      validity: { from: '2022-02-01' },
      criteria: [
        condition(0, { vi: 'Điều kiện', en: 'Conditions' }, [
          indicator('DK.1', { vi: '100% số xã đạt chuẩn', en: '100% of communes met', input: input.children({ vi: 'xã', en: 'communes' }), rule: shareOfChildren(100) }),
        ]),
        criterion(1, { vi: 'Quy hoạch', en: 'Planning' }, [indicator('1.1', { vi: 'Có quy hoạch', en: 'Has a plan', input: input.boolean(), rule: isTrue() })]),
      ],
    });
    const communes = [
      { id: 'xa-a', name: 'Xã A', status: 'met' },
      { id: 'xa-b', name: 'Xã B', status: 'not-met' },
    ] as const;
    const r = evaluate(set, { id: 'h', values: { 'DK.1': communes, '1.1': true } }, { asOf: '2024-01-01' });
    expect(r.summary.criteria).toEqual({ met: 1, notMet: 0, unknown: 0, total: 1 });
    expect(r.summary.indicators.total).toBe(1);
    expect(r.summary.conditions).toEqual({ met: 0, notMet: 1, unknown: 0, total: 1 });
    expect(r.status).toBe('not-met');
    expect(r.summary.text.vi).toBe('Đạt 0/1 điều kiện, 1/1 tiêu chí, 1/1 chỉ tiêu');
    expect(r.criteria[0]?.role).toBe('condition');
    expect(r.criteria[0]?.indicators[0]?.blocking?.map((c) => c.name)).toEqual(['Xã B']);
    expect(canonicalJSON(set)).toContain('"role":"condition"');
  });
});
