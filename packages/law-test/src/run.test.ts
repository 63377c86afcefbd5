import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '@tieuchi/core';
import { allMetValues, testSet } from '../../core/test/fixture.js';
import { parseLawCases, resolveFromSets, runLawCase, runLawCases, type LawCase, type SetResolver } from './index.js';

const resolve: SetResolver = (id) => (id === testSet.id ? testSet : undefined);

const aCase = (over: Partial<LawCase> = {}): LawCase => ({
  name: 'Xã A',
  set: testSet.id,
  asOf: '2024-05-01',
  unit: { id: 'xa-a', region: 'BTB', zone: 'vung-1', group: 2, category: [], values: allMetValues },
  expect: {},
  fails: false,
  source: { file: 'inline' },
  ...over,
});

describe('runLawCase', () => {
  it('passes when every expectation holds', () => {
    const o = runLawCase(
      aCase({
        expect: {
          status: 'unknown',
          criteria: { met: 7, notMet: 0, unknown: 1, total: 8 },
          indicators: { met: 13, total: 15 },
          criterion: { '13': 'unknown', '2': 'met' },
          indicator: { '13.3': 'unknown', '10': 'met' },
          version: '2022-02-01',
          amendments: [],
          issues: ['PARAMETER_NOT_SUPPLIED'],
          noIssues: ['UNVERIFIED_VALUE'],
          gap: { '10': 0, '13.3': null },
          effectiveRegion: 'BTB',
        },
      }),
      resolve,
    );
    expect(o).toMatchObject({ name: 'Xã A', passed: true, failures: [], expectedToFail: false });
    expect(o.result?.summary.text.vi).toBe('Đạt 7/8 tiêu chí, 13/15 chỉ tiêu');
  });

  it('reports each expectation that does not hold, in plain words naming the field', () => {
    const o = runLawCase(
      aCase({
        asOf: '2025-03-01',
        unit: { id: 'xa-a', region: 'BTB', zone: 'vung-1', group: 2, category: [], values: { ...allMetValues, '2.1': 70 } },
        expect: {
          status: 'met',
          criteria: { met: 7, notMet: 0, total: 9 },
          indicators: { unknown: 2 },
          criterion: { '2': 'met', '99': 'met', '13': 'met' },
          indicator: { '10': 'met', '13.3': 'met', '2.1': 'met', '9.9': 'unknown' },
          version: '2024-01-01',
          amendments: ['211/QĐ-TTg'],
          issues: ['MISSING_REGION'],
          noIssues: ['PARAMETER_NOT_SUPPLIED'],
          gap: { '10': 0, '2.1': 9, '13.3': 1, '9.9': 0 },
          effectiveRegion: 'TDMNPB',
        },
      }),
      resolve,
    );
    expect(o.passed).toBe(false);
    expect(o.failures).toEqual([
      'status: expected met, received not-met (Met 5/8 criteria, 11/15 indicators)',
      'criteria.met: expected 7, received 5',
      'criteria.notMet: expected 0, received 2',
      'criteria.total: expected 9, received 8',
      'criterion 2: expected met, received not-met (not met: 2.1)',
      // Integer-like keys come in ascending order (JavaScript objects), whatever the file's order.
      'criterion 13: expected met, received unknown (unknown: 13.3, 13.4)',
      'criterion 99: expected met, received no criterion 99 in set test-1-2022/xa-demo version 2022-02-01',
      'indicator 10: expected met, received not-met (actual 50, requirement ≥ 55 million VND/person/year)',
      'indicator 13.3: expected met, received unknown (The value "Minimum share 13.3" is set by the province and has not been supplied)',
      'indicator 2.1: expected met, received not-met (actual 70, requirement ≥ 80%)',
      'indicator 9.9: expected unknown, received no indicator 9.9 in set test-1-2022/xa-demo version 2022-02-01',
      'version: expected 2024-01-01, received 2022-02-01',
      'amendments: expected [211/QĐ-TTg], received none',
      'issues: expected an issue MISSING_REGION, received none (issues present: PARAMETER_NOT_SUPPLIED, VALUE_NOT_KNOWN)',
      'noIssues: expected no issue PARAMETER_NOT_SUPPLIED, received one at values.13.3',
      'gap 10: expected 0, received 5',
      'gap 2.1: expected 9, received 10',
      'gap 13.3: expected 1, received none (status unknown)',
      'gap 9.9: expected 0, received no indicator 9.9 in set test-1-2022/xa-demo version 2022-02-01',
      'effectiveRegion: expected TDMNPB, received BTB',
    ]);
    expect(o.result?.status).toBe('not-met');
  });

  it('explains an unknown indicator by its missing input', () => {
    const o = runLawCase(aCase({ unit: { id: 'x', region: 'BTB', values: {} }, expect: { indicator: { '10': 'met' } } }), resolve);
    expect(o.failures).toEqual(['indicator 10: expected met, received unknown (missing values.10)']);
  });

  it('treats a set that cannot be resolved as a failure, not a throw', () => {
    expect(runLawCase(aCase({ set: 'nope/none', expect: { status: 'met' } }), resolve)).toEqual({
      name: 'Xã A',
      passed: false,
      expectedToFail: false,
      failures: ['set: expected criteria set nope/none in force on 2024-05-01, received none from resolveSet'],
    });
    const throwing: SetResolver = () => {
      throw new Error('catalog offline');
    };
    expect(runLawCase(aCase({ expect: { status: 'met' } }), throwing).failures).toEqual([
      'set: expected criteria set test-1-2022/xa-demo in force on 2024-05-01, received an error from resolveSet: Error: catalog offline',
    ]);
    const wrong: SetResolver = () => testSet;
    expect(runLawCase(aCase({ set: 'other/set', expect: { status: 'met' } }), wrong).failures).toEqual([
      'set: expected criteria set other/set, received test-1-2022/xa-demo from resolveSet',
    ]);
    // Even a case marked `fails: true` does not pass on a missing set.
    expect(runLawCase(aCase({ set: 'nope/none', fails: true, expect: { status: 'met' } }), resolve).passed).toBe(false);
  });

  it('inverts the verdict for a case marked fails: true', () => {
    const wrong = runLawCase(aCase({ fails: true, expect: { status: 'met' } }), resolve);
    expect(wrong).toMatchObject({ passed: true, expectedToFail: true, failures: ['status: expected met, received unknown (Met 7/8 criteria, 13/15 indicators)'] });
    const right = runLawCase(aCase({ fails: true, expect: { status: 'unknown' } }), resolve);
    expect(right).toMatchObject({
      passed: false,
      failures: ['fails: expected at least one expectation to fail (the case is marked `fails: true`), received all expectations held'],
    });
  });

  it('passes supplied prerequisite statuses to the evaluator', () => {
    const withPrereq = { ...testSet, prerequisites: [{ set: 'base/set', label: { vi: 'NTM', en: 'NTM' } }] } as CriteriaSet;
    const r: SetResolver = () => withPrereq;
    const c = aCase({ unit: { id: 'x', region: 'BTB', values: {} }, expect: { noIssues: ['PREREQUISITE_UNKNOWN'] } });
    expect(runLawCase({ ...c, prerequisites: { 'base/set': 'met' } }, r).passed).toBe(true);
    expect(runLawCase(c, r).failures).toEqual(['noIssues: expected no issue PREREQUISITE_UNKNOWN, received one at recognized']);
  });
});

describe('runLawCases and resolveFromSets', () => {
  it('runs a parsed file against the version in force', () => {
    const file = parseLawCases(
      `set: test-1-2022/xa-demo
cases:
  - name: in force
    asOf: 2025-03-01
    unit: { id: d, region: BTB, values: { "10": 50 } }
    expect: { indicator: { "10": not-met }, gap: { "10": 5 } }
  - name: after the set ended
    asOf: 2026-01-01
    unit: { id: d, region: BTB, values: { "10": 50 } }
    expect: { indicator: { "10": not-met } }
`,
      'inline.yaml',
    );
    const outcomes = runLawCases(file, resolveFromSets([testSet]));
    expect(outcomes.map((o) => [o.name, o.passed, o.failures])).toEqual([
      ['in force', true, []],
      ['after the set ended', false, ['set: expected criteria set test-1-2022/xa-demo in force on 2026-01-01, received none from resolveSet']],
    ]);
  });

  it('picks the latest version that has started', () => {
    const v2 = { ...testSet, version: '2024-03-01', validity: { from: '2024-03-01' } } as CriteriaSet;
    const r = resolveFromSets([testSet, v2]);
    expect(r(testSet.id, '2024-02-29')?.version).toBe('2022-02-01');
    expect(r(testSet.id, '2024-03-01')?.version).toBe('2024-03-01');
    expect(r(testSet.id, '2022-01-31')).toBeUndefined();
    expect(r('other', '2024-03-01')).toBeUndefined();
  });
});
