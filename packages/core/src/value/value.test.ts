import { describe, expect, it } from 'vitest';
import {
  atLeast,
  atMost,
  byCategory,
  byGroup,
  byRegion,
  byYear,
  byZone,
  indicator,
  input,
  notKnown,
  provinceParameter,
  resolveValue,
  sourced,
  type BetweenYears,
  type AfterLastYear,
  type ValueContext,
} from '@tieuchi/core';
import { allMetValues, testSet } from '../../test/fixture.js';
import { ind, issuesOf, run, setWith } from '../../test/helpers.js';

// Every threshold below is made up for the test; none of them is law.
const ctx = (over: Partial<ValueContext> = {}): ValueContext => ({
  region: 'BTB',
  year: 2024,
  categories: [],
  zone: undefined,
  group: undefined,
  parameters: {},
  ...over,
});

const demo = { id: 'xa-a', region: 'BTB', zone: 'vung-1', group: 2 } as const;

describe('byRegion', () => {
  const v = byRegion({ TDMNPB: 70, DBSH: 100, BTB: 80, DHNTB: 80, TN: 75, DNB: 100, DBSCL: 60 });

  it('chooses the unit region’s value', () => {
    expect(resolveValue(v, ctx({ region: 'TDMNPB' }))).toMatchObject({ ok: true, value: 70 });
    expect(resolveValue(v, ctx({ region: 'DNB' }))).toMatchObject({ ok: true, value: 100 });
  });

  it('needs a region', () => {
    expect(resolveValue(v, ctx({ region: undefined }))).toMatchObject({ ok: false, problem: { code: 'REGION_REQUIRED' } });
  });

  it('applies per region in an evaluation', () => {
    const tdm = run(testSet, { ...demo, region: 'TDMNPB', values: { '2.1': 75 } });
    const btb = run(testSet, { ...demo, values: { '2.1': 75 } });
    expect(ind(tdm, '2.1')).toMatchObject({ status: 'met', requirement: { value: 70 } });
    expect(ind(btb, '2.1')).toMatchObject({ status: 'not-met', gap: 5, requirement: { value: 80 } });
  });

  it('leaves a region-dependent indicator unknown without a region, with a MISSING_REGION issue', () => {
    const r = run(testSet, { id: 'xa-a', zone: 'vung-1', group: 2, values: allMetValues });
    expect(ind(r, '2.1')).toMatchObject({ status: 'unknown', requirement: null });
    expect(ind(r, '2.1').reason?.en).toMatch(/region/i);
    // Reported once, not once per indicator.
    expect(issuesOf(r, 'MISSING_REGION')).toHaveLength(1);
    expect(issuesOf(r, 'MISSING_REGION')[0]).toMatchObject({ severity: 'error', path: 'region' });
    // Indicators that do not depend on the region are still decided.
    expect(ind(r, '1.1').status).toBe('met');
  });
});

describe('byYear', () => {
  const income = (between: BetweenYears, after: AfterLastYear) =>
    setWith(
      indicator('1', {
        vi: 'Thu nhập',
        en: 'Income',
        input: input.number({ unit: 'triệu đồng' }),
        rule: atLeast(byYear({ 2022: 40, 2025: 60 }, { between, after })),
      }),
      { validity: { from: '2022-01-01' } },
    );
  const at = (set: ReturnType<typeof income>, asOf: string, value = 50) => run(set, { id: 'xa-a', region: 'BTB', values: { '1': value } }, { asOf });

  it('uses the listed year exactly', () => {
    expect(ind(at(income('unknown', 'unknown'), '2022-06-30'), '1').requirement?.value).toBe(40);
    expect(ind(at(income('unknown', 'unknown'), '2025-01-01'), '1').requirement?.value).toBe(60);
  });

  it("between: 'previous' takes the latest listed year before", () => {
    const r = at(income('previous', 'last'), '2023-05-01');
    expect(ind(r, '1')).toMatchObject({ status: 'met', requirement: { value: 40 } });
  });

  it("between: 'next' takes the next listed year after", () => {
    const r = at(income('next', 'last'), '2023-05-01');
    expect(ind(r, '1')).toMatchObject({ status: 'not-met', gap: 10, requirement: { value: 60 } });
  });

  it("between: 'unknown' leaves the indicator unknown with YEAR_NOT_COVERED", () => {
    const r = at(income('unknown', 'last'), '2024-05-01');
    expect(ind(r, '1')).toMatchObject({ status: 'unknown', requirement: null, actual: 50 });
    expect(ind(r, '1').reason?.vi).toContain('2024');
    expect(issuesOf(r, 'YEAR_NOT_COVERED')).toEqual([expect.objectContaining({ severity: 'warning', path: 'values.1', indicator: '1' })]);
  });

  it("after: 'last' keeps the last listed year's value", () => {
    expect(ind(at(income('previous', 'last'), '2027-01-01', 65), '1')).toMatchObject({ status: 'met', requirement: { value: 60 } });
  });

  it("after: 'unknown' leaves years after the last unknown", () => {
    const r = at(income('previous', 'unknown'), '2027-01-01', 65);
    expect(ind(r, '1').status).toBe('unknown');
    expect(issuesOf(r, 'YEAR_NOT_COVERED')).toHaveLength(1);
  });

  it('a year before the first listed one is YEAR_NOT_COVERED, whatever the policy', () => {
    for (const between of ['previous', 'next', 'unknown'] as const) {
      const r = at(income(between, 'last'), '2021-06-01', 100);
      expect(ind(r, '1').status).toBe('unknown');
      expect(issuesOf(r, 'YEAR_NOT_COVERED')[0]?.message.en).toContain('2021');
      // …and the set was not in force then either.
      expect(issuesOf(r, 'SET_NOT_IN_FORCE')).toHaveLength(1);
    }
  });

  it('resolves directly with each policy', () => {
    const v = (between: BetweenYears, after: AfterLastYear) => byYear({ 2022: 1, 2025: 2, 2030: 3 }, { between, after });
    expect(resolveValue(v('previous', 'last'), ctx({ year: 2027 }))).toMatchObject({ ok: true, value: 2 });
    expect(resolveValue(v('next', 'last'), ctx({ year: 2027 }))).toMatchObject({ ok: true, value: 3 });
    expect(resolveValue(v('next', 'last'), ctx({ year: 2031 }))).toMatchObject({ ok: true, value: 3 });
    expect(resolveValue(v('next', 'unknown'), ctx({ year: 2031 }))).toMatchObject({ ok: false, problem: { code: 'YEAR_NOT_COVERED', year: 2031 } });
    expect(resolveValue(v('previous', 'last'), ctx({ year: 2021 }))).toMatchObject({ ok: false, problem: { code: 'YEAR_NOT_COVERED', year: 2021 } });
  });

  it('nests with byRegion (income by year, then by region)', () => {
    const r2023 = run(testSet, { ...demo, values: { '10': 46 } }, { asOf: '2023-03-01' });
    const r2025 = run(testSet, { ...demo, values: { '10': 46 } }, { asOf: '2025-03-01' });
    expect(ind(r2023, '10')).toMatchObject({ status: 'met', requirement: { value: 45 } });
    expect(ind(r2025, '10')).toMatchObject({ status: 'not-met', gap: 9, requirement: { value: 55 } });
    expect(ind(r2025, '10').requirement?.text).toEqual({ vi: '≥ 55 triệu đồng/người/năm', en: '≥ 55 million VND/person/year' });
  });
});

describe('by category', () => {
  it('a category with useRegion makes a BTB commune use TDMNPB values, and says so', () => {
    const plain = run(testSet, { ...demo, values: { '2.1': 75, '10': 40 } });
    const dbkk = run(testSet, { ...demo, category: ['xa-dbkk'], values: { '2.1': 75, '10': 40 } });
    expect(ind(plain, '2.1')).toMatchObject({ status: 'not-met', requirement: { value: 80 } });
    expect(ind(dbkk, '2.1')).toMatchObject({ status: 'met', requirement: { value: 70 } });
    expect(ind(plain, '10').status).toBe('not-met');
    expect(ind(dbkk, '10')).toMatchObject({ status: 'met', requirement: { value: 39 } });
    expect(dbkk.unit).toMatchObject({ region: 'BTB', effectiveRegion: 'TDMNPB', regionBy: 'xa-dbkk', category: ['xa-dbkk'] });
    expect(plain.unit.effectiveRegion).toBe('BTB');
    expect(plain.unit.regionBy).toBeUndefined();
  });

  it('byCategory nodes choose the category value, or the otherwise value', () => {
    const bien = run(testSet, { ...demo, category: ['xa-bien'], values: { '11': 5 } });
    const other = run(testSet, { ...demo, values: { '11': 5 } });
    expect(ind(bien, '11')).toMatchObject({ status: 'met', requirement: { value: 6 } });
    expect(ind(other, '11')).toMatchObject({ status: 'not-met', gap: 1, requirement: { value: 4 } });
    // A category that does not change the region leaves effectiveRegion alone.
    expect(bien.unit.regionBy).toBeUndefined();
  });

  it('the category declared first by the set wins, whatever order the unit lists them in', () => {
    const set = setWith(
      indicator('1', { vi: 'Tỷ lệ', en: 'Share', input: input.percent(), rule: atMost(byCategory({ b: 8, a: 6 }, 4)) }),
      { categories: { a: { label: { vi: 'A', en: 'A' } }, b: { label: { vi: 'B', en: 'B' } } } },
    );
    expect(ind(run(set, { id: 'x', category: ['b', 'a'], values: { '1': 1 } }), '1').requirement?.value).toBe(6);
    expect(ind(run(set, { id: 'x', category: ['b'], values: { '1': 1 } }), '1').requirement?.value).toBe(8);
  });

  it('resolves directly', () => {
    const v = byCategory({ 'xa-bien': 6 }, 4);
    expect(resolveValue(v, ctx({ categories: ['xa-bien'] }))).toMatchObject({ ok: true, value: 6 });
    expect(resolveValue(v, ctx())).toMatchObject({ ok: true, value: 4 });
  });
});

describe('byZone', () => {
  it('chooses the provincial zone value', () => {
    expect(ind(run(testSet, { ...demo, zone: 'vung-1', values: { '2.2': 60 } }), '2.2')).toMatchObject({ status: 'met', requirement: { value: 50 } });
    expect(ind(run(testSet, { ...demo, zone: 'vung-2', values: { '2.2': 60 } }), '2.2')).toMatchObject({ status: 'not-met', gap: 10 });
  });

  it('is unknown without a zone, with MISSING_ZONE', () => {
    const r = run(testSet, { id: 'xa-a', region: 'BTB', group: 2, values: { '2.2': 99 } });
    expect(ind(r, '2.2').status).toBe('unknown');
    expect(issuesOf(r, 'MISSING_ZONE')).toEqual([expect.objectContaining({ severity: 'error', path: 'zone' })]);
  });

  it('resolves directly', () => {
    const v = byZone({ 'vung-1': 1, 'vung-2': 2 });
    expect(resolveValue(v, ctx({ zone: 'vung-2' }))).toMatchObject({ ok: true, value: 2 });
    expect(resolveValue(v, ctx({ zone: 'vung-9' }))).toMatchObject({ ok: false, problem: { code: 'NO_VALUE_FOR_ZONE', zone: 'vung-9' } });
    expect(resolveValue(v, ctx())).toMatchObject({ ok: false, problem: { code: 'ZONE_REQUIRED' } });
  });
});

describe('byGroup', () => {
  const villages = [
    { id: 't1', status: 'met' },
    { id: 't2', status: 'met' },
    { id: 't3', status: 'met' },
    { id: 't4', status: 'met' },
    { id: 't5', status: 'not-met' },
  ];

  it('chooses the commune group value (nhóm xã)', () => {
    const g = (group: number) => ind(run(testSet, { ...demo, group, values: { '15': villages } }), '15');
    expect(g(1)).toMatchObject({ status: 'not-met', requirement: { value: 100 }, gap: 20 });
    expect(g(2)).toMatchObject({ status: 'met', requirement: { value: 80 } });
    expect(g(3)).toMatchObject({ status: 'met', requirement: { value: 70 } });
  });

  it('is unknown without a group, with MISSING_GROUP', () => {
    const r = run(testSet, { id: 'xa-a', region: 'BTB', zone: 'vung-1', values: { '15': villages } });
    expect(ind(r, '15').status).toBe('unknown');
    expect(issuesOf(r, 'MISSING_GROUP')).toEqual([expect.objectContaining({ severity: 'error', path: 'group' })]);
  });

  it('keys groups as strings', () => {
    expect(byGroup({ 1: 10, 2: 20, 3: 30 })).toEqual({ type: 'byGroup', values: { '1': 10, '2': 20, '3': 30 } });
    expect(resolveValue(byGroup({ 1: 10, 2: 20, 3: 30 }), ctx({ group: 3 }))).toMatchObject({ ok: true, value: 30 });
  });
});

describe('provinceParameter', () => {
  const param = provinceParameter('muc-1', { vi: 'Mức tối thiểu do tỉnh quy định', en: 'Province-set minimum' });

  it('not supplied: the indicator is unknown, with a PARAMETER_NOT_SUPPLIED warning naming it', () => {
    const r = run(testSet, { ...demo, values: allMetValues });
    expect(ind(r, '13.3')).toMatchObject({ status: 'unknown', requirement: null, actual: 90 });
    const w = issuesOf(r, 'PARAMETER_NOT_SUPPLIED');
    expect(w).toEqual([expect.objectContaining({ severity: 'warning', path: 'values.13.3', indicator: '13.3' })]);
    expect(w[0]?.message.vi).toContain('Tỷ lệ tối thiểu 13.3');
    expect(w[0]?.message.en).toContain('Minimum share 13.3');
    expect(ind(r, '13.3').reason).toEqual(w[0]?.message);
  });

  it("supplied through the set's parameters: used", () => {
    const set = setWith(indicator('1', { vi: 'Tỷ lệ', en: 'Share', input: input.percent(), rule: atLeast(param) }), { parameters: { 'muc-1': 85 } });
    expect(ind(run(set, { id: 'x', values: { '1': 85 } }), '1')).toMatchObject({ status: 'met', requirement: { value: 85 } });
    expect(ind(run(set, { id: 'x', values: { '1': 84 } }), '1')).toMatchObject({ status: 'not-met', gap: 1 });
    expect(issuesOf(run(set, { id: 'x', values: { '1': 84 } }), 'PARAMETER_NOT_SUPPLIED')).toHaveLength(0);
  });

  it('a supplied parameter may itself vary by region', () => {
    const set = setWith(indicator('1', { vi: 'Tỷ lệ', en: 'Share', input: input.percent(), rule: atLeast(param) }), {
      regions: ['BTB', 'DBSH'],
      parameters: { 'muc-1': byRegion({ BTB: 60, DBSH: 90 }) },
    });
    expect(ind(run(set, { id: 'x', region: 'BTB', values: { '1': 70 } }), '1').status).toBe('met');
    expect(ind(run(set, { id: 'x', region: 'DBSH', values: { '1': 70 } }), '1').status).toBe('not-met');
  });

  it('is never read from the prototype chain', () => {
    const v = provinceParameter('toString', { vi: 'x', en: 'x' });
    expect(resolveValue(v, ctx())).toMatchObject({ ok: false, problem: { code: 'PARAMETER_NOT_SUPPLIED', name: 'toString' } });
  });
});

describe('notKnown', () => {
  it('leaves the indicator unknown with VALUE_NOT_KNOWN and the reason', () => {
    const r = run(testSet, { ...demo, values: { '13.4': 99 } });
    expect(ind(r, '13.4')).toMatchObject({ status: 'unknown', requirement: null });
    const w = issuesOf(r, 'VALUE_NOT_KNOWN');
    expect(w).toEqual([expect.objectContaining({ severity: 'warning', path: 'values.13.4', indicator: '13.4' })]);
    expect(w[0]?.message.vi).toContain('bảng bị cắt');
    expect(w[0]?.message.en).toContain('table cut off');
  });

  it('only where the law’s value is unknown: a known region still decides', () => {
    const r = run(testSet, { ...demo, region: 'TDMNPB', values: { '13.4': 49 } });
    expect(ind(r, '13.4')).toMatchObject({ status: 'not-met', requirement: { value: 50 } });
    expect(issuesOf(r, 'VALUE_NOT_KNOWN')).toHaveLength(0);
  });

  it('resolves to a problem, never to a guess', () => {
    expect(resolveValue(notKnown({ vi: 'chưa rõ', en: 'unclear' }), ctx())).toMatchObject({ ok: false, problem: { code: 'VALUE_NOT_KNOWN' } });
  });
});

describe('sourced', () => {
  const dbscl = { ...demo, region: 'DBSCL' } as const;

  it("an unverified value makes the indicator's provenance unverified and warns when it decides a verdict", () => {
    for (const value of [65, 50]) {
      const r = run(testSet, { ...dbscl, values: { '2.1': value } });
      expect(ind(r, '2.1').status).toBe(value >= 60 ? 'met' : 'not-met');
      expect(ind(r, '2.1').provenance).toBe('unverified');
      expect(ind(r, '2.1').citation.provenance).toBe('unverified');
      expect(issuesOf(r, 'UNVERIFIED_VALUE')).toEqual([expect.objectContaining({ severity: 'warning', path: 'values.2.1', indicator: '2.1' })]);
      expect(r.summary.unverifiedVerdicts).toBe(1);
    }
  });

  it('is not counted when the value decided nothing (indicator unknown)', () => {
    const r = run(testSet, { ...dbscl, values: {} });
    expect(ind(r, '2.1')).toMatchObject({ status: 'unknown', provenance: 'unverified' });
    expect(issuesOf(r, 'UNVERIFIED_VALUE')).toHaveLength(0);
    expect(r.summary.unverifiedVerdicts).toBe(0);
  });

  it('is not counted in a region whose value is verified', () => {
    const r = run(testSet, { ...demo, values: { '2.1': 85 } });
    expect(ind(r, '2.1').provenance).toBe('verified');
    expect(r.summary.unverifiedVerdicts).toBe(0);
  });

  it('an indicator source overrides the set citation field by field', () => {
    const r = run(testSet, { ...demo, values: { '2.2': 60 } });
    expect(ind(r, '2.2').provenance).toBe('partial');
    expect(ind(r, '2.2').citation).toMatchObject({ decision: '1/QĐ-TEST', item: '2.2', provenance: 'partial' });
  });

  it('carries the citation patch to the chosen value', () => {
    const v = byRegion({ TDMNPB: 1, DBSH: 2, BTB: sourced(3, { url: 'https://example.invalid/x', provenance: 'partial' }), DHNTB: 4, TN: 5, DNB: 6, DBSCL: 7 });
    expect(resolveValue(v, ctx())).toEqual({ ok: true, value: 3, sources: [{ url: 'https://example.invalid/x', provenance: 'partial' }] });
    expect(resolveValue(v, ctx({ region: 'TN' }))).toEqual({ ok: true, value: 5, sources: [] });
  });
});
