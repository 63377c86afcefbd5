import { describe, expect, it } from 'vitest';
import {
  CriteriaSetError,
  REGIONS,
  atLeast,
  byCategory,
  byGroup,
  byRegion,
  byYear,
  byZone,
  criterion,
  custom,
  deepFreeze,
  defineSet,
  equals,
  indicator,
  input,
  isTrue,
  oneOf,
  provinceParameter,
  scoreBands,
  sourced,
  validateSet,
  type Citation,
  type Criterion,
  type DefinitionErrorCode,
  type SetInput,
} from '@tieuchi/core';
import { testCitation, testSet } from '../../test/fixture.js';

// Made-up sets, for definition-time checks only; nothing here is law.
const all7 = (n: number) => ({ TDMNPB: n, DBSH: n, BTB: n, DHNTB: n, TN: n, DNB: n, DBSCL: n });
const pct = (rule: unknown, extra: Record<string, unknown> = {}) =>
  indicator('1', { vi: 'Tỷ lệ', en: 'Share', input: input.percent(), rule: rule as never, ...extra });

function base(criteria: readonly Criterion[], over: Record<string, unknown> = {}): SetInput<readonly Criterion[]> {
  return {
    id: 'test-3-2022/xa-loi',
    label: { vi: 'Bộ lỗi', en: 'Broken set' },
    scope: 'xa',
    tier: 'ntm',
    citation: testCitation,
    validity: { from: '2022-01-01' },
    ...over,
    criteria,
  } as SetInput<readonly Criterion[]>;
}
const single = (ind: unknown, over: Record<string, unknown> = {}, head: Record<string, unknown> = {}) =>
  base([criterion(1, { vi: 'Tiêu chí', en: 'Criterion', ...head }, [ind as never])], over);

function failure(def: SetInput<readonly Criterion[]>): CriteriaSetError {
  try {
    defineSet(def);
  } catch (e) {
    if (e instanceof CriteriaSetError) return e;
    throw new Error(`defineSet threw something other than a CriteriaSetError: ${String(e)}`);
  }
  throw new Error('defineSet did not throw');
}

interface DefCase {
  readonly name: string;
  readonly def: () => SetInput<readonly Criterion[]>;
  readonly code: DefinitionErrorCode;
  readonly path: string;
  readonly at?: string;
  /** Text the English and Vietnamese messages must both contain. */
  readonly mentions?: string;
}

const IND = 'criteria[0].indicators[0]';

const CASES: readonly DefCase[] = [
  {
    name: 'duplicate indicator code',
    def: () =>
      base([
        criterion(1, { vi: 'A', en: 'A' }, [indicator('1.1', { vi: 'a', en: 'a', input: input.boolean(), rule: isTrue() })]),
        criterion(2, { vi: 'B', en: 'B' }, [indicator('1.1', { vi: 'b', en: 'b', input: input.boolean(), rule: isTrue() })]),
      ]),
    code: 'DUPLICATE_CODE',
    path: 'criteria[1].indicators[0].code',
    at: '1.1',
    mentions: '1.1',
  },
  {
    name: 'duplicate criterion number',
    def: () =>
      base([
        criterion(3, { vi: 'A', en: 'A' }, [indicator('3.1', { vi: 'a', en: 'a', input: input.boolean(), rule: isTrue() })]),
        criterion(3, { vi: 'B', en: 'B' }, [indicator('3.2', { vi: 'b', en: 'b', input: input.boolean(), rule: isTrue() })]),
      ]),
    code: 'DUPLICATE_CRITERION',
    path: 'criteria[1].number',
    at: 'tiêu chí 3',
    mentions: '3',
  },
  {
    name: 'byRegion missing a region',
    def: () => {
      const { DNB: _dnb, ...six } = all7(80);
      return single(pct(atLeast(byRegion(six))));
    },
    code: 'MISSING_VALUE_FOR_REGION',
    path: `${IND}.rule.value.DNB`,
    at: '1',
    mentions: 'DNB',
  },
  {
    name: 'unknown region key',
    def: () => single(pct(atLeast(byRegion({ ...all7(80), XYZ: 1 } as never)))),
    code: 'UNKNOWN_REGION_KEY',
    path: `${IND}.rule.value.XYZ`,
    at: '1',
    mentions: 'XYZ',
  },
  {
    name: 'byYear starting after the set is in force (valid from 2021, first year 2022)',
    def: () => single(pct(atLeast(byYear({ 2022: 50, 2025: 60 }, { between: 'previous', after: 'last' }))), { validity: { from: '2021-06-01' } }),
    code: 'YEAR_NOT_COVERED',
    path: `${IND}.rule.value`,
    at: '1',
    mentions: '2021',
  },
  {
    name: 'byYear with an invalid policy',
    def: () => single(pct(atLeast(byYear({ 2022: 50 }, { between: 'guess', after: 'last' } as never)))),
    code: 'INVALID_YEAR_POLICY',
    path: `${IND}.rule.value`,
    at: '1',
  },
  {
    name: 'byYear with a missing policy',
    def: () => single(pct(atLeast({ type: 'byYear', values: { '2022': 50 } } as never))),
    code: 'INVALID_YEAR_POLICY',
    path: `${IND}.rule.value`,
  },
  {
    name: 'byYear with a year that is not a year',
    def: () => single(pct(atLeast({ type: 'byYear', values: { '2022': 50, soon: 60 }, between: 'previous', after: 'last' } as never))),
    code: 'INVALID_YEAR',
    path: `${IND}.rule.value.soon`,
  },
  {
    name: 'byRegion nested inside byRegion',
    def: () => single(pct(atLeast(byRegion({ ...all7(80), BTB: byRegion(all7(70)) })))),
    code: 'CONFLICTING_VALUES',
    path: `${IND}.rule.value.BTB`,
    at: '1',
  },
  {
    name: 'byYear nested inside byYear (through byRegion)',
    def: () =>
      single(pct(atLeast(byYear({ 2022: byRegion({ ...all7(1), TN: byYear({ 2022: 2 }, { between: 'previous', after: 'last' }) }) }, { between: 'previous', after: 'last' })))),
    code: 'CONFLICTING_VALUES',
    path: `${IND}.rule.value.2022.TN`,
  },
  {
    name: 'indicator without a Vietnamese label',
    def: () => single(indicator('1', { vi: '', en: 'Share', input: input.percent(), rule: atLeast(50) })),
    code: 'MISSING_LABEL',
    path: `${IND}.label`,
    at: '1',
  },
  {
    name: 'set without an English label',
    def: () => single(pct(atLeast(50)), { label: { vi: 'Bộ', en: ' ' } }),
    code: 'MISSING_LABEL',
    path: 'label',
  },
  {
    name: 'criterion without a label',
    def: () => base([{ ...criterion(1, { vi: 'x', en: 'x' }, [pct(atLeast(50))]), label: undefined } as never]),
    code: 'MISSING_LABEL',
    path: 'criteria[0].label',
    at: 'tiêu chí 1',
  },
  {
    name: 'citation without a decision number',
    def: () => single(pct(atLeast(50)), { citation: { ...testCitation, decision: '' } }),
    code: 'INVALID_CITATION',
    path: 'citation.decision',
    mentions: 'decision',
  },
  {
    name: 'citation without an issuer',
    def: () => {
      const { issuer: _i, ...rest } = testCitation;
      return single(pct(atLeast(50)), { citation: rest as Citation });
    },
    code: 'INVALID_CITATION',
    path: 'citation.issuer',
  },
  {
    name: 'citation with an impossible signing date',
    def: () => single(pct(atLeast(50)), { citation: { ...testCitation, signed: '2022-02-30' } }),
    code: 'INVALID_CITATION',
    path: 'citation.signed',
    mentions: '2022-02-30',
  },
  {
    name: 'no citation at all',
    def: () => single(pct(atLeast(50)), { citation: undefined }),
    code: 'INVALID_CITATION',
    path: 'citation',
  },
  {
    name: 'invalid provenance on the set',
    def: () => single(pct(atLeast(50)), { citation: { ...testCitation, provenance: 'probably' } }),
    code: 'INVALID_CITATION',
    path: 'citation.provenance',
  },
  {
    name: 'invalid provenance on an indicator source',
    def: () => single(pct(atLeast(50), { source: { provenance: 'sure' } })),
    code: 'INVALID_CITATION',
    path: `${IND}.source.provenance`,
    at: '1',
  },
  {
    name: 'invalid provenance on a sourced value',
    def: () => single(pct(atLeast(sourced(50, { provenance: 'verifed' } as never)))),
    code: 'INVALID_CITATION',
    path: `${IND}.rule.value.source.provenance`,
    at: '1',
  },
  {
    name: 'rule/input mismatch: atLeast on a boolean (built by casting)',
    def: () => single(indicator('1', { vi: 'Có', en: 'Has', input: input.boolean(), rule: atLeast(5) as never })),
    code: 'RULE_INPUT_MISMATCH',
    path: `${IND}.rule`,
    at: '1',
    mentions: 'boolean',
  },
  {
    name: 'rule/input mismatch: isTrue on a percent',
    def: () => single(pct(isTrue())),
    code: 'RULE_INPUT_MISMATCH',
    path: `${IND}.rule`,
  },
  {
    name: 'percent threshold 120',
    def: () => single(pct(atLeast(120))),
    code: 'INVALID_THRESHOLD',
    path: `${IND}.rule.value`,
    at: '1',
    mentions: '120',
  },
  {
    name: 'percent threshold 120 deep in a byRegion',
    def: () => single(pct(atLeast(byRegion({ ...all7(80), TN: 120 })))),
    code: 'INVALID_THRESHOLD',
    path: `${IND}.rule.value.TN`,
  },
  {
    name: 'NaN threshold',
    def: () => single(indicator('1', { vi: 'Số', en: 'Number', input: input.number(), rule: atLeast(Number.NaN) })),
    code: 'INVALID_THRESHOLD',
    path: `${IND}.rule.value`,
  },
  {
    name: 'equals an option the choice does not have (built by casting)',
    def: () => single(indicator('1', { vi: 'Loại', en: 'Kind', input: input.choice(['a', 'b']), rule: equals('x') as never })),
    code: 'INVALID_THRESHOLD',
    path: `${IND}.rule.value`,
  },
  {
    name: 'oneOf an option the choice does not have',
    def: () => single(indicator('1', { vi: 'Loại', en: 'Kind', input: input.choice(['a', 'b']), rule: oneOf(['a', 'z']) as never })),
    code: 'INVALID_THRESHOLD',
    path: `${IND}.rule.values`,
  },
  {
    name: 'unknown group',
    def: () => single(pct(atLeast(50)), { groups: [{ id: 'I', label: { vi: 'Nhóm I', en: 'Group I' } }] }, { group: 'III' }),
    code: 'UNKNOWN_GROUP',
    path: 'criteria[0].group',
    at: 'tiêu chí 1',
    mentions: 'III',
  },
  {
    name: 'a criterion outside every group of a grouped set',
    def: () => single(pct(atLeast(50)), { groups: [{ id: 'I', label: { vi: 'Nhóm I', en: 'Group I' } }] }),
    code: 'UNKNOWN_GROUP',
    path: 'criteria[0].group',
  },
  {
    name: 'byZone without declared zones',
    def: () => single(pct(atLeast(byZone({ 'vung-1': 50 })))),
    code: 'MISSING_VALUE_FOR_ZONE',
    path: `${IND}.rule.value`,
    at: '1',
  },
  {
    name: 'byZone missing a declared zone',
    def: () => single(pct(atLeast(byZone({ 'vung-1': 50 }))), { zones: { 'vung-1': { vi: 'V1', en: 'Z1' }, 'vung-2': { vi: 'V2', en: 'Z2' } } }),
    code: 'MISSING_VALUE_FOR_ZONE',
    path: `${IND}.rule.value.vung-2`,
  },
  {
    name: 'byCategory with an undeclared category',
    def: () => single(pct(atLeast(byCategory({ 'xa-la': 40 }, 50)))),
    code: 'UNKNOWN_CATEGORY_KEY',
    path: `${IND}.rule.value.xa-la`,
    at: '1',
    mentions: 'xa-la',
  },
  {
    name: 'byGroup missing a commune group',
    def: () => single(pct(atLeast(byGroup({ 1: 90, 2: 80 })))),
    code: 'MISSING_VALUE_FOR_GROUP',
    path: `${IND}.rule.value.3`,
  },
  {
    name: 'invalid set id',
    def: () => single(pct(atLeast(50)), { id: 'Bộ Tiêu Chí' }),
    code: 'INVALID_SET_ID',
    path: 'id',
    mentions: 'Bộ Tiêu Chí',
  },
  {
    name: 'set id without a package part',
    def: () => single(pct(atLeast(50)), { id: 'xa-ntm' }),
    code: 'INVALID_SET_ID',
    path: 'id',
  },
  {
    name: 'invalid validity start',
    def: () => single(pct(atLeast(50)), { validity: { from: '2022-02-30' } }),
    code: 'INVALID_VALIDITY',
    path: 'validity',
  },
  {
    name: 'validity ending before it starts',
    def: () => single(pct(atLeast(50)), { validity: { from: '2022-01-01', until: '2021-12-31' } }),
    code: 'INVALID_VALIDITY',
    path: 'validity',
  },
  {
    name: 'no validity at all',
    def: () => single(pct(atLeast(byYear({ 2022: 50 }, { between: 'previous', after: 'last' }))), { validity: undefined, version: '1' }),
    code: 'INVALID_VALIDITY',
    path: 'validity',
  },
  {
    name: 'scoreBands not ascending',
    def: () =>
      single(
        indicator('1', {
          vi: 'Điểm',
          en: 'Score',
          input: input.number(),
          rule: scoreBands(
            [
              { min: 50, band: '2', label: { vi: '2 sao', en: '2 stars' } },
              { min: 30, band: '1', label: { vi: '1 sao', en: '1 star' } },
            ],
            '2',
          ),
        }),
      ),
    code: 'INVALID_SCORE_BANDS',
    path: `${IND}.rule.bands`,
    at: '1',
  },
  {
    name: 'scoreBands without the required band',
    def: () =>
      single(indicator('1', { vi: 'Điểm', en: 'Score', input: input.number(), rule: scoreBands([{ min: 30, band: '1', label: { vi: '1 sao', en: '1 star' } }], '5') })),
    code: 'INVALID_SCORE_BANDS',
    path: `${IND}.rule.bands`,
  },
  {
    name: 'combine count larger than the number of indicators',
    def: () => single(pct(atLeast(50)), {}, { combine: { type: 'atLeast', count: 2 } }),
    code: 'INVALID_COMBINATION',
    path: 'criteria[0].combine',
    at: 'tiêu chí 1',
  },
  {
    name: 'combine count of zero',
    def: () => single(pct(atLeast(50)), {}, { combine: { type: 'atLeast', count: 0 } }),
    code: 'INVALID_COMBINATION',
    path: 'criteria[0].combine',
  },
  { name: 'no criteria', def: () => base([]), code: 'NO_CRITERIA', path: 'criteria' },
  { name: 'criteria not an array', def: () => base(undefined as never), code: 'NO_CRITERIA', path: 'criteria' },
  { name: 'criterion without indicators', def: () => base([criterion(1, { vi: 'A', en: 'A' }, [])]), code: 'NO_INDICATORS', path: 'criteria[0].indicators' },
  {
    name: 'invalid indicator code',
    def: () => single(indicator('chỉ tiêu 1', { vi: 'a', en: 'a', input: input.boolean(), rule: isTrue() })),
    code: 'INVALID_CODE',
    path: `${IND}.code`,
  },
  {
    name: 'custom rule without a predicate',
    def: () => single(indicator('1', { vi: 'a', en: 'a', input: input.number(), rule: { type: 'custom', name: 'x', description: { vi: 'x', en: 'x' }, params: {} } as never })),
    code: 'MISSING_PREDICATE',
    path: `${IND}.rule`,
  },
  {
    name: 'custom rule with a non-numeric param',
    def: () =>
      single(indicator('1', { vi: 'a', en: 'a', input: input.number(), rule: custom({ name: 'x', description: { vi: 'x', en: 'x' }, params: { k: 'ten' as never }, test: () => true }) })),
    code: 'INVALID_THRESHOLD',
    path: `${IND}.rule.params.k`,
  },
  {
    name: 'choice input with repeated options',
    def: () => single(indicator('1', { vi: 'a', en: 'a', input: input.choice(['a', 'a']), rule: equals('a') })),
    code: 'INVALID_INPUT',
    path: `${IND}.input`,
  },
  {
    name: 'number input whose min is above its max',
    def: () => single(indicator('1', { vi: 'a', en: 'a', input: input.number({ min: 10, max: 1 }), rule: atLeast(5) })),
    code: 'INVALID_INPUT',
    path: `${IND}.input`,
  },
  {
    name: 'a prerequisite that is the set itself',
    def: () => single(pct(atLeast(50)), { prerequisites: [{ set: 'test-3-2022/xa-loi', label: { vi: 'Chính nó', en: 'Itself' } }] }),
    code: 'INVALID_PREREQUISITE',
    path: 'prerequisites[0]',
  },
  {
    name: 'a supplied parameter that refers to another parameter',
    def: () =>
      single(pct(atLeast(provinceParameter('muc-a', { vi: 'A', en: 'A' }))), {
        parameters: { 'muc-a': provinceParameter('muc-b', { vi: 'B', en: 'B' }) },
      }),
    code: 'INVALID_PARAMETER',
    path: 'parameters.muc-a',
  },
  {
    name: 'a supplied parameter that is out of range for the input',
    def: () => single(pct(atLeast(provinceParameter('muc-a', { vi: 'A', en: 'A' }))), { parameters: { 'muc-a': 150 } }),
    code: 'INVALID_THRESHOLD',
    path: 'parameters.muc-a',
  },
  { name: 'invalid scope', def: () => single(pct(atLeast(50)), { scope: 'lang' }), code: 'INVALID_SCOPE', path: 'scope' },
  { name: 'unknown region in the set', def: () => single(pct(atLeast(50)), { regions: ['BTB', 'MIEN-TAY'] }), code: 'INVALID_REGION', path: 'regions' },
  {
    name: 'a category that uses an unknown region',
    def: () => single(pct(atLeast(50)), { categories: { 'xa-dbkk': { label: { vi: 'ĐBKK', en: 'Hard' }, useRegion: 'NORTH' } } }),
    code: 'INVALID_CATEGORY',
    path: 'categories.xa-dbkk.useRegion',
  },
  {
    name: 'an unsupported value node',
    def: () => single(pct(atLeast({ type: 'byProvince', values: {} } as never))),
    code: 'INVALID_VALUE_NODE',
    path: `${IND}.rule.value`,
  },
];

describe('defineSet: definition-time errors', () => {
  it.each(CASES)('$name → $code at $path', (c) => {
    const def = c.def();
    const err = failure(def);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('CriteriaSetError');
    expect(err.setId).toBe(String(def.id));
    expect(err.message).toContain(`"${String(def.id)}"`);
    const hit = err.problems.find((p) => p.code === c.code && p.path === c.path);
    expect(hit, JSON.stringify(err.problems.map((p) => [p.code, p.path]))).toBeDefined();
    if (c.at !== undefined) expect(hit?.at).toBe(c.at);
    expect(hit?.message.vi.trim()).not.toBe('');
    expect(hit?.message.en.trim()).not.toBe('');
    if (c.mentions !== undefined) {
      expect(hit?.message.vi).toContain(c.mentions);
      expect(hit?.message.en).toContain(c.mentions);
    }
    // The message names the code and the path of every problem.
    expect(err.message).toContain(`[${c.code}]`);
    expect(err.message).toContain(c.path);
    expect(err.code).toBe(err.problems[0]?.code);
  });

  it('reports every problem at once, not just the first', () => {
    const err = failure(
      base(
        [
          criterion(1, { vi: '', en: '' }, [pct(atLeast(120))]),
          criterion(1, { vi: 'B', en: 'B' }, [indicator('1', { vi: 'b', en: 'b', input: input.boolean(), rule: isTrue() })]),
        ],
        { id: 'BAD' },
      ),
    );
    expect(err.problems.map((p) => p.code)).toEqual(['INVALID_SET_ID', 'MISSING_LABEL', 'INVALID_THRESHOLD', 'DUPLICATE_CRITERION', 'DUPLICATE_CODE']);
    expect(err.message).toContain('5 problems');
    expect(err.code).toBe('INVALID_SET_ID');
  });

  it('accepts a valid set, filling in defaults', () => {
    const set = defineSet(single(pct(atLeast(byRegion(all7(50))))));
    expect(set.version).toBe('2022-01-01');
    expect(set.regions).toEqual(REGIONS);
    expect(set.groups).toEqual([]);
    expect(set.categories).toEqual({});
    expect(set.prerequisites).toEqual([]);
    expect(set.criteria[0]?.combine).toEqual({ type: 'all' });
    expect(set.criteria[0]?.indicators[0]?.applicability).toBe('always');
    expect(set.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(validateSet(set)).toEqual([]);
  });

  it('byRegion needs only the regions the set covers', () => {
    expect(() => defineSet(single(pct(atLeast(byRegion({ BTB: 80 }))), { regions: ['BTB'] }))).not.toThrow();
    const err = failure(single(pct(atLeast(byRegion({ BTB: 80 }))), { regions: ['BTB', 'TN'] }));
    expect(err.problems.map((p) => [p.code, p.path])).toEqual([['MISSING_VALUE_FOR_REGION', `${IND}.rule.value.TN`]]);
  });
});

describe('published sets are deep-frozen', () => {
  it('a published set cannot be changed (strict mode throws)', () => {
    expect(Object.isFrozen(testSet)).toBe(true);
    expect(() => {
      (testSet.criteria[0]!.label as { vi: string }).vi = 'Đã sửa';
    }).toThrow(TypeError);
    expect(() => {
      (testSet.criteria as unknown as Criterion[]).push(testSet.criteria[0]!);
    }).toThrow(TypeError);
    expect(() => {
      (testSet as { id: string }).id = 'other/id';
    }).toThrow(TypeError);
    expect(() => {
      ((testSet.criteria[2]!.indicators[0]!.rule as { value: { values: Record<string, unknown> } }).value.values as Record<string, unknown>)['2022'] = 1;
    }).toThrow(TypeError);
    expect(() => {
      (testSet.citation as { provenance: string }).provenance = 'unverified';
    }).toThrow(TypeError);
    expect(testSet.criteria[0]!.label.vi).toBe('Quy hoạch');
    expect(testSet.criteria).toHaveLength(8);
  });

  it("leaves the author's input objects unfrozen, and later edits to them do not reach the set", () => {
    const label = { vi: 'Có quy hoạch', en: 'Has a plan' };
    const thresholds = all7(50);
    const inds = [indicator('1', { ...label, input: input.percent(), rule: atLeast(byRegion(thresholds)) })];
    const criteria = [criterion(1, { vi: 'Quy hoạch', en: 'Planning' }, inds)];
    const citation = { ...testCitation };
    const set = defineSet(base(criteria, { citation }));
    const before = set.fingerprint;

    for (const o of [criteria, inds, criteria[0], inds[0], thresholds, citation]) expect(Object.isFrozen(o)).toBe(false);
    thresholds.BTB = 10;
    citation.decision = 'khác';
    (criteria as Criterion[]).push(criterion(2, { vi: 'B', en: 'B' }, [indicator('2', { vi: 'b', en: 'b', input: input.boolean(), rule: isTrue() })]));

    expect(set.criteria).toHaveLength(1);
    expect(set.citation.decision).toBe(testCitation.decision);
    expect(((set.criteria[0]!.indicators[0]!.rule as { value: { values: Record<string, number> } }).value.values).BTB).toBe(50);
    expect(set.fingerprint).toBe(before);
  });

  it('keeps custom predicates callable', () => {
    const test = (v: number) => v > 1;
    const set = defineSet(single(indicator('1', { vi: 'a', en: 'a', input: input.number(), rule: custom({ name: 't', description: { vi: 't', en: 't' }, test }) })));
    const rule = set.criteria[0]!.indicators[0]!.rule;
    expect(rule.type === 'custom' && rule.test).toBe(test);
  });

  it('deepFreeze freezes nested objects and arrays', () => {
    const x = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(x.a)).toBe(true);
    expect(Object.isFrozen(x.a.b)).toBe(true);
    expect(Object.isFrozen(x.a.b[1])).toBe(true);
  });
});
