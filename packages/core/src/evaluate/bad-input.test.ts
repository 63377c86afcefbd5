import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type CriteriaSet, type EvaluationResult, type IssueCode, type Severity } from '@tieuchi/core';
import { allMetValues, btbOnlySet, ladderNangCao, recordsSet, testSet } from '../../test/fixture.js';
import { ind, indicators, run } from '../../test/helpers.js';

// Bad data must never throw and never be "met": each case is a coded issue, with the path to the bad value.

const demo = { id: 'xa-a', name: 'Xã A', region: 'BTB', zone: 'vung-1', group: 2, values: allMetValues } as const;
const withValues = (patch: Record<string, unknown>) => ({ ...demo, values: { ...allMetValues, ...patch } });
const villages = (n: number) => Array.from({ length: n }, (_, k) => ({ id: `thon-${k + 1}`, status: 'met' }));

/** A base unit per set, valid and meeting the indicators each case will spoil. */
const BASE = new Map<CriteriaSet, { unit: unknown; options: Record<string, unknown> }>([
  [testSet, { unit: demo, options: { asOf: '2024-05-01' } }],
  [recordsSet, { unit: { id: 'xa-a', values: { '1': '2020-05-01', '2': true } }, options: { asOf: '2024-05-01' } }],
  [btbOnlySet, { unit: { id: 'xa-a', region: 'BTB', values: { '1': 90, '2': true } }, options: { asOf: '2024-05-01' } }],
  [ladderNangCao, { unit: { id: 'xa-a', recognized: ['test-1-2022/xa-ntm'], values: { '1': 70, '2': true, '3': 95 } }, options: { asOf: '2024-05-01' } }],
]);

interface BadCase {
  readonly name: string;
  readonly set?: CriteriaSet;
  readonly unit?: unknown;
  readonly options?: Record<string, unknown>;
  readonly code: IssueCode;
  readonly path: string;
  readonly severity?: Severity;
  /** Indicators the bad input concerns: met in the base unit, never met here ('all': every indicator). */
  readonly affected: readonly string[] | 'all';
  /** The set as a whole is met in the base unit and must not be met here. */
  readonly setAffected?: boolean;
  /** Further issues expected in the same result. */
  readonly also?: readonly { readonly code: IssueCode; readonly path: string; readonly severity: Severity }[];
}

const CASES: readonly BadCase[] = [
  // The unit itself
  { name: 'unit is null', unit: null, code: 'UNIT_NOT_OBJECT', path: '', affected: 'all' },
  { name: 'unit is a string', unit: 'xa-a', code: 'UNIT_NOT_OBJECT', path: '', affected: 'all' },
  { name: 'unit is an array', unit: [demo], code: 'UNIT_NOT_OBJECT', path: '', affected: 'all' },
  { name: 'unit is a number', unit: 42, code: 'UNIT_NOT_OBJECT', path: '', affected: 'all' },
  { name: 'unit is undefined', unit: undefined, code: 'UNIT_NOT_OBJECT', path: '', affected: 'all' },
  { name: 'unit only has "__proto__" (never read through)', unit: JSON.parse(`{"__proto__": ${JSON.stringify(demo)}}`), code: 'INVALID_UNIT_ID', path: 'id', affected: 'all' },
  // Identity
  { name: 'missing id', unit: { ...demo, id: undefined }, code: 'INVALID_UNIT_ID', path: 'id', affected: [] },
  { name: 'id of wrong type (boolean)', unit: { ...demo, id: true }, code: 'INVALID_UNIT_ID', path: 'id', affected: [] },
  { name: 'id of wrong type (object)', unit: { ...demo, id: { x: 1 } }, code: 'INVALID_UNIT_ID', path: 'id', affected: [] },
  { name: 'blank id', unit: { ...demo, id: '   ' }, code: 'INVALID_UNIT_ID', path: 'id', affected: [] },
  { name: 'name not a string', unit: { ...demo, name: 7 }, code: 'INVALID_NAME', path: 'name', severity: 'warning', affected: [] },
  { name: 'province not a string', unit: { ...demo, province: ['thanh-hoa'] }, code: 'INVALID_PROVINCE', path: 'province', severity: 'warning', affected: [] },
  // Context: region, category, zone, group
  { name: 'unknown region "XYZ"', unit: { ...demo, region: 'XYZ' }, code: 'UNKNOWN_REGION', path: 'region', affected: ['2.1', '10'] },
  { name: 'region in lower case', unit: { ...demo, region: 'btb' }, code: 'UNKNOWN_REGION', path: 'region', affected: ['2.1', '10'] },
  { name: 'region not covered by a BTB-only set', set: btbOnlySet, unit: { id: 'xa-a', region: 'DBSH', values: { '1': 90, '2': true } }, code: 'REGION_NOT_COVERED', path: 'region', affected: 'all' },
  { name: 'category not an array', unit: { ...demo, category: 'xa-dbkk' }, code: 'INVALID_CATEGORY', path: 'category', affected: ['2.1', '10', '11'] },
  { name: 'category with a non-string entry', unit: { ...demo, category: ['xa-bien', 5] }, code: 'INVALID_CATEGORY', path: 'category', affected: ['2.1', '10', '11'] },
  { name: 'unknown category (ignored, warned)', unit: { ...demo, category: ['xa-la'] }, code: 'UNKNOWN_CATEGORY', path: 'category[0]', severity: 'warning', affected: [] },
  { name: 'unknown zone', unit: { ...demo, zone: 'vung-9' }, code: 'UNKNOWN_ZONE', path: 'zone', affected: ['2.2'] },
  { name: 'zone not a string', unit: { ...demo, zone: 1 }, code: 'UNKNOWN_ZONE', path: 'zone', affected: ['2.2'] },
  { name: 'group 4', unit: { ...demo, group: 4 }, code: 'INVALID_GROUP', path: 'group', affected: ['15'] },
  { name: 'group as a string "2"', unit: { ...demo, group: '2' }, code: 'INVALID_GROUP', path: 'group', affected: ['15'] },
  { name: '"recognized" not an array', set: ladderNangCao, unit: { id: 'xa-a', recognized: 'test-1-2022/xa-ntm', values: { '1': 70, '2': true, '3': 95 } }, code: 'INVALID_RECOGNIZED', path: 'recognized', affected: [], setAffected: true, also: [{ code: 'PREREQUISITE_UNKNOWN', path: 'recognized', severity: 'warning' }] },
  { name: '"recognized" with a non-string', set: ladderNangCao, unit: { id: 'xa-a', recognized: ['test-1-2022/xa-ntm', 1], values: { '1': 70, '2': true, '3': 95 } }, code: 'INVALID_RECOGNIZED', path: 'recognized', affected: [], setAffected: true },
  // The values object
  { name: 'values is an array', unit: { ...demo, values: [allMetValues] }, code: 'VALUES_NOT_OBJECT', path: 'values', affected: 'all' },
  { name: 'values is a string', unit: { ...demo, values: JSON.stringify(allMetValues) }, code: 'VALUES_NOT_OBJECT', path: 'values', affected: 'all' },
  { name: 'unknown indicator code (ignored, warned)', unit: withValues({ '99': 1 }), code: 'UNKNOWN_CODE', path: 'values.99', severity: 'warning', affected: [] },
  { name: '"__proto__" key from JSON.parse', unit: { ...demo, values: JSON.parse('{"__proto__": 1}') }, code: 'FORBIDDEN_KEY', path: 'values.__proto__', affected: 'all' },
  { name: '"__proto__" key hiding values (never read through)', unit: { ...demo, values: JSON.parse(`{"__proto__": ${JSON.stringify(allMetValues)}}`) }, code: 'FORBIDDEN_KEY', path: 'values.__proto__', affected: 'all' },
  { name: '"constructor" key', unit: withValues({ constructor: { '1.1': true } }), code: 'FORBIDDEN_KEY', path: 'values.constructor', affected: [] },
  { name: '"prototype" key', unit: withValues({ prototype: 1 }), code: 'FORBIDDEN_KEY', path: 'values.prototype', affected: [] },
  // Numbers
  { name: 'string "52,3" in a numeric cell', unit: withValues({ '10': '52,3' }), code: 'WRONG_TYPE', path: 'values.10', affected: ['10'] },
  { name: 'numeric string "85" in a percent cell', unit: withValues({ '2.1': '85' }), code: 'WRONG_TYPE', path: 'values.2.1', affected: ['2.1'] },
  { name: 'NaN', unit: withValues({ '2.1': Number.NaN }), code: 'NOT_FINITE', path: 'values.2.1', affected: ['2.1'] },
  { name: 'Infinity', unit: withValues({ '10': Number.POSITIVE_INFINITY }), code: 'NOT_FINITE', path: 'values.10', affected: ['10'] },
  { name: '-Infinity (would pass "≤ 4%")', unit: withValues({ '11': Number.NEGATIVE_INFINITY }), code: 'NOT_FINITE', path: 'values.11', affected: ['11'] },
  { name: 'negative count (would pass "Không")', unit: withValues({ '1.2': -1 }), code: 'NEGATIVE', path: 'values.1.2', affected: ['1.2'] },
  { name: 'non-integer count', unit: withValues({ '1.2': 0.5 }), code: 'NOT_INTEGER', path: 'values.1.2', affected: ['1.2'] },
  { name: 'percent 101', unit: withValues({ '2.1': 101 }), code: 'OUT_OF_RANGE', path: 'values.2.1', affected: ['2.1'] },
  { name: 'percent -1 (would pass "≤ 4%")', unit: withValues({ '11': -1 }), code: 'OUT_OF_RANGE', path: 'values.11', affected: ['11'] },
  { name: 'number below its declared min', unit: withValues({ '10': -5 }), code: 'OUT_OF_RANGE', path: 'values.10', affected: [] },
  { name: 'number above its declared max (would reach a band)', unit: withValues({ '14.2': 101 }), code: 'OUT_OF_RANGE', path: 'values.14.2', affected: ['14.2'] },
  // Booleans and choices
  { name: 'boolean given as "true"', unit: withValues({ '1.1': 'true' }), code: 'WRONG_TYPE', path: 'values.1.1', affected: ['1.1'] },
  { name: 'boolean given as 1', unit: withValues({ '1.1': 1 }), code: 'WRONG_TYPE', path: 'values.1.1', affected: ['1.1'] },
  { name: 'boolean given as "Đạt"', unit: withValues({ '1.1': 'Đạt' }), code: 'WRONG_TYPE', path: 'values.1.1', affected: ['1.1'] },
  { name: 'choice not among the options', unit: withValues({ '13.1': 'c' }), code: 'NOT_AN_OPTION', path: 'values.13.1', affected: ['13.1'] },
  { name: 'choice of the wrong type', unit: withValues({ '12.2': ['htx'] }), code: 'WRONG_TYPE', path: 'values.12.2', affected: ['12.2'] },
  { name: '"n/a" for an indicator that always applies', unit: withValues({ '1.1': 'n/a' }), code: 'NOT_APPLICABLE_NOT_ALLOWED', path: 'values.1.1', affected: ['1.1'] },
  // Dates
  { name: "invalid date '2024-02-30'", set: recordsSet, unit: { id: 'xa-a', values: { '1': '2024-02-30', '2': true } }, code: 'INVALID_DATE', path: 'values.1', affected: ['1'] },
  { name: 'date in another format', set: recordsSet, unit: { id: 'xa-a', values: { '1': '01/05/2020', '2': true } }, code: 'INVALID_DATE', path: 'values.1', affected: ['1'] },
  { name: 'date before the input’s min', set: recordsSet, unit: { id: 'xa-a', values: { '1': '1999-12-31', '2': true } }, code: 'INVALID_DATE', path: 'values.1', affected: [] },
  { name: 'date as a Date object', set: recordsSet, unit: { id: 'xa-a', values: { '1': new Date('2020-05-01'), '2': true } }, code: 'INVALID_DATE', path: 'values.1', affected: ['1'] },
  // Children
  { name: 'children not an array', unit: withValues({ '15': { 'thon-1': 'met' } }), code: 'WRONG_TYPE', path: 'values.15', affected: ['15'] },
  { name: 'child without id', unit: withValues({ '15': [...villages(5), { status: 'met' }] }), code: 'INVALID_CHILD', path: 'values.15[5]', affected: ['15'] },
  { name: 'child not an object', unit: withValues({ '15': [...villages(5), 'thon-6'] }), code: 'INVALID_CHILD', path: 'values.15[5]', affected: ['15'] },
  { name: 'child with a bad status', unit: withValues({ '15': [...villages(5), { id: 'thon-6', status: 'đạt' }] }), code: 'INVALID_CHILD', path: 'values.15[5].status', affected: ['15'] },
  { name: 'duplicate child id', unit: withValues({ '15': [...villages(4), { id: 'thon-1', status: 'met' }] }), code: 'DUPLICATE_CHILD', path: 'values.15[4]', affected: ['15'] },
  // Fields
  {
    name: 'fields with a forbidden key and an unknown field',
    unit: withValues({ '14': JSON.parse('{"schools": 3, "level1": 2, "__proto__": {"x": 1}, "extra": 1}') }),
    code: 'FORBIDDEN_KEY',
    path: 'values.14.__proto__',
    affected: ['14'],
    also: [{ code: 'UNKNOWN_FIELD', path: 'values.14.extra', severity: 'warning' }],
  },
  { name: 'fields with "constructor"', unit: withValues({ '14': { schools: 3, level1: 2, constructor: 1 } }), code: 'FORBIDDEN_KEY', path: 'values.14.constructor', affected: ['14'] },
  { name: 'fields with only an unknown field (warned, still decided)', unit: withValues({ '14': { schools: 3, level1: 2, extra: 1 } }), code: 'UNKNOWN_FIELD', path: 'values.14.extra', severity: 'warning', affected: [] },
  { name: 'fields not an object', unit: withValues({ '14': [3, 2] }), code: 'WRONG_TYPE', path: 'values.14', affected: ['14'] },
  { name: 'a field of the wrong kind', unit: withValues({ '14': { schools: 3, level1: -2 } }), code: 'NEGATIVE', path: 'values.14.level1', affected: ['14'] },
  // The evaluation date
  { name: "asOf '2024-13-01'", options: { asOf: '2024-13-01' }, code: 'INVALID_AS_OF', path: 'asOf', affected: 'all' },
  { name: "asOf 'yesterday'", options: { asOf: 'yesterday' }, code: 'INVALID_AS_OF', path: 'asOf', affected: 'all' },
  { name: "asOf new Date('x')", options: { asOf: new Date('x') }, code: 'INVALID_AS_OF', path: 'asOf', affected: 'all' },
  { name: 'asOf year 1800', options: { asOf: '1800-06-01' }, code: 'INVALID_AS_OF', path: 'asOf', affected: 'all' },
  { name: 'asOf missing', options: {}, code: 'INVALID_AS_OF', path: 'asOf', affected: 'all' },
  { name: 'asOf a number', options: { asOf: 20240501 }, code: 'INVALID_AS_OF', path: 'asOf', affected: 'all' },
];

function statusOf(r: EvaluationResult, code: string): string {
  return ind(r, code).status;
}

describe('bad input: coded issues, no throw, never met', () => {
  it('has at least 20 distinct cases', () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CASES.map((c) => c.code)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('$name → $code at "$path"', (c) => {
    const set = c.set ?? testSet;
    const base = BASE.get(set);
    if (!base) throw new Error('no base unit for this set');
    const unit = 'unit' in c ? c.unit : base.unit;
    const options = c.options ?? base.options;

    let r: EvaluationResult | undefined;
    expect(() => {
      r = run(set, unit, options);
    }).not.toThrow();
    const result = r as EvaluationResult;

    // The coded issue, at the path of the bad value, in both languages.
    const found = result.issues.filter((i) => i.code === c.code && i.path === c.path);
    expect(found, JSON.stringify(result.issues.map((i) => [i.code, i.path]))).toHaveLength(1);
    const issue = found[0]!;
    expect(issue.severity).toBe(c.severity ?? 'error');
    expect(issue.message.vi.trim()).not.toBe('');
    expect(issue.message.en.trim()).not.toBe('');
    expect(issue.message.vi).not.toBe(issue.message.en);
    const under = /^values\.(.+?)(?:\[|$|\.(?:[a-z_]|constructor|__proto__))/.exec(c.path);
    if (under && set.criteria.some((cr) => cr.indicators.some((i) => i.code === under[1]))) expect(issue.indicator).toBe(under[1]);
    for (const a of c.also ?? []) {
      expect(result.issues).toContainEqual(expect.objectContaining({ code: a.code, path: a.path, severity: a.severity }));
    }

    // The base unit meets what the bad input spoils, so the verdicts below are the bad input's doing.
    const baseline = run(set, base.unit, base.options);
    const affected = c.affected === 'all' ? indicators(baseline).filter((i) => i.status === 'met').map((i) => i.code) : c.affected;
    expect(affected.length > 0 || c.affected !== 'all').toBe(true);
    for (const code of affected) {
      expect(statusOf(baseline, code), `baseline ${code}`).toBe('met');
      expect(statusOf(result, code), `indicator ${code}`).not.toBe('met');
      expect(statusOf(result, code), `indicator ${code}`).toBe('unknown');
    }
    if (c.affected === 'all') {
      expect(result.summary.indicators.met).toBe(0);
      expect(result.status).not.toBe('met');
    }
    if (c.setAffected) {
      expect(baseline.status).toBe('met');
      expect(result.status).toBe('unknown');
    }

    // Never met from bad data: anything with invalid or missing input, or named by an error, is not met.
    for (const i of indicators(result)) {
      if (i.invalid.length > 0 || i.missing.length > 0) expect(i.status, i.code).not.toBe('met');
    }
    for (const e of result.issues) {
      if (e.severity === 'error' && e.indicator !== undefined) expect(statusOf(result, e.indicator), e.code).not.toBe('met');
    }
    // Summary arithmetic holds even for bad data.
    const s = result.summary.indicators;
    expect(s.met + s.notMet + s.unknown).toBe(s.total);
  });

  it('reports an invalid value as invalid, with the path, and no actual value', () => {
    const r = run(testSet, withValues({ '2.1': 101 }), { asOf: '2024-05-01' });
    expect(ind(r, '2.1')).toMatchObject({ status: 'unknown', actual: null, gap: null, invalid: ['values.2.1'], missing: [] });
    // The requirement is still shown, so the user sees what to aim for.
    expect(ind(r, '2.1').requirement?.value).toBe(80);
  });

  it('reports a missing field of a fields input as missing', () => {
    const r = run(testSet, withValues({ '14': { schools: 3, level1: null } }), { asOf: '2024-05-01' });
    expect(ind(r, '14')).toMatchObject({ status: 'unknown', missing: ['values.14.level1'], invalid: [] });
  });

  it('lists every invalid child path', () => {
    const r = run(testSet, withValues({ '15': [{ status: 'met' }, ...villages(3), { id: 'x', status: 1 }] }), { asOf: '2024-05-01' });
    expect(ind(r, '15').invalid).toEqual(['values.15[0]', 'values.15[4].status']);
  });

  it('a unit outside the regions of a restricted set: nothing is decided, and the reason says why', () => {
    const r = run(btbOnlySet, { id: 'xa-a', region: 'DBSH', values: { '1': 90, '2': true } }, { asOf: '2024-05-01' });
    expect(indicators(r).map((i) => i.status)).toEqual(['unknown', 'unknown']);
    expect(ind(r, '2')).toMatchObject({ actual: true, requirement: null });
    expect(ind(r, '2').reason?.en).toContain('does not apply to region "DBSH"');
    expect(r.status).toBe('unknown');
    // The region was given: no "region is missing" issue on top.
    expect(r.issues.map((i) => i.code)).toEqual(['REGION_NOT_COVERED']);
  });

  it('an invalid category leaves category-dependent thresholds unknown, never guessed, with the reason', () => {
    const r = run(testSet, { ...demo, category: 'xa-dbkk', values: { ...allMetValues, '2.1': 75 } }, { asOf: '2024-05-01' });
    // With the category read as "none" this would have been not-met (BTB 80); as xa-dbkk, met (TDMNPB 70).
    expect(ind(r, '2.1')).toMatchObject({ status: 'unknown', requirement: null, actual: 75 });
    expect(ind(r, '2.1').reason?.en).toMatch(/category/i);
    // Indicators that do not depend on the category are still decided.
    expect(ind(r, '1.1').status).toBe('met');
    expect(ind(r, '2.2').status).toBe('met');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property-based: arbitrary data never throws and never yields "met" from data that failed validation.

const CODES = indicators(run(testSet, demo, { asOf: '2024-05-01' })).map((i) => i.code);

function checkInvariants(r: EvaluationResult): void {
  for (const i of indicators(r)) {
    if (i.invalid.length > 0 || i.missing.length > 0) expect(i.status).not.toBe('met');
  }
  for (const e of r.issues) {
    expect(e.message.vi.length).toBeGreaterThan(0);
    expect(e.message.en.length).toBeGreaterThan(0);
    if (e.severity === 'error' && e.indicator !== undefined) {
      const hit = indicators(r).find((i) => i.code === e.indicator);
      if (hit) expect(hit.status).not.toBe('met');
    }
  }
  const s = r.summary.indicators;
  expect(s.met + s.notMet + s.unknown).toBe(s.total);
  expect(r.summary.progress).toBeGreaterThanOrEqual(0);
  expect(r.summary.progress).toBeLessThanOrEqual(1);
}

/** A value that is sometimes valid for some indicator, often not. */
const cell = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.double(),
  fc.integer({ min: -5, max: 120 }),
  fc.boolean(),
  fc.constantFrom('n/a', 'htx', 'a', 'c', '52,3', '2024-02-30', '2020-01-01'),
  fc.array(fc.record({ id: fc.oneof(fc.string(), fc.integer()), status: fc.constantFrom('met', 'not-met', 'unknown', 'bad') }, { requiredKeys: [] })),
  fc.record({ schools: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.jsonValue()), level1: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.jsonValue()), extra: fc.jsonValue() }, { requiredKeys: [] }),
);

describe('bad input: properties (fast-check)', () => {
  it('any JSON value as the unit: no throw, no indicator met', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (unit) => {
        const r = run(testSet, unit, { asOf: '2024-05-01' });
        checkInvariants(r);
        // A JSON value with no usable `values` object cannot meet anything.
        const usable = typeof unit === 'object' && unit !== null && !Array.isArray(unit) && Object.prototype.hasOwnProperty.call(unit, 'values');
        if (!usable) expect(r.summary.indicators.met).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('anything as the unit (including non-JSON values): no throw', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }), (unit) => {
        checkInvariants(run(testSet, unit, { asOf: '2024-05-01' }));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary values in the indicator cells: invalid or missing values are never met', () => {
    const values = fc.dictionary(fc.constantFrom(...CODES, '99', '__proto__', 'constructor'), cell, { maxKeys: 20 });
    const context = fc.record(
      {
        region: fc.oneof(fc.constantFrom('BTB', 'TDMNPB', 'DBSCL', 'XYZ', ''), fc.jsonValue()),
        zone: fc.oneof(fc.constantFrom('vung-1', 'vung-2', 'vung-9'), fc.jsonValue()),
        group: fc.oneof(fc.constantFrom(1, 2, 3, 4), fc.jsonValue()),
        category: fc.oneof(fc.constant(['xa-dbkk']), fc.constant(['xa-bien']), fc.jsonValue()),
        recognized: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(values, context, (v, ctx) => {
        checkInvariants(run(testSet, { id: 'xa-a', ...ctx, values: v }, { asOf: '2024-05-01' }));
      }),
      { numRuns: 1000 },
    );
  });

  it('the same property holds for a date input read by a custom rule', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('1', '2'), fc.oneof(cell, fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString().slice(0, 10))))), (v) => {
        checkInvariants(run(recordsSet, { id: 'xa-a', values: v }, { asOf: '2024-05-01' }));
      }),
      { numRuns: 500 },
    );
  });

  it('anything as asOf or options: no throw, and nothing is decided without a valid date', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true }), (asOf) => {
        const r = run(testSet, demo, { asOf });
        checkInvariants(r);
        if (r.issues.some((i) => i.code === 'INVALID_AS_OF')) expect(r.summary.indicators.met + r.summary.indicators.notMet).toBe(0);
      }),
      { numRuns: 300 },
    );
    expect(() => run(testSet, demo, undefined as never)).not.toThrow();
    expect(() => run(testSet, demo, null as never)).not.toThrow();
  });
});
