import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  amend,
  atLeast,
  byRegion,
  canonicalJSON,
  change,
  criterion,
  CriteriaSetError,
  defineAmendment,
  defineSet,
  derive,
  evaluate,
  fromJSON,
  indicator,
  input,
  isTrue,
  toData,
  type CriteriaSet,
  type Predicate,
} from '@tieuchi/core';
import { allMetValues, testCitation, testSet } from '../../test/fixture.js';

/** The predicates of a set's custom rules, by name (what an app supplies when it loads the set from JSON). */
function predicatesOf(set: CriteriaSet): Record<string, Predicate> {
  const out: Record<string, Predicate> = {};
  for (const c of set.criteria) for (const i of c.indicators) if (i.rule.type === 'custom') out[i.rule.name] = i.rule.test as Predicate;
  return out;
}

const predicates = predicatesOf(testSet);

/** A fresh, mutable copy of the fixture's JSON data. */
function data(): any {
  return JSON.parse(JSON.stringify(toData(testSet)));
}

/** The error fromJSON throws for `d` (fails the test when it does not throw one). */
function errorOf(d: unknown, opts: Parameters<typeof fromJSON>[1] = { predicates }): CriteriaSetError {
  try {
    fromJSON(d, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(CriteriaSetError);
    return e as CriteriaSetError;
  }
  throw new Error('fromJSON did not throw');
}

describe('fromJSON: round trip', () => {
  it('toData → fromJSON gives the same fingerprint and canonical JSON', () => {
    const loaded = fromJSON(toData(testSet), { predicates });
    expect(loaded.fingerprint).toBe(testSet.fingerprint);
    expect(canonicalJSON(loaded)).toBe(canonicalJSON(testSet));
  });

  it('JSON.parse(canonicalJSON) → fromJSON, and the JSON text itself, give the same set', () => {
    expect(fromJSON(JSON.parse(canonicalJSON(testSet)), { predicates }).fingerprint).toBe(testSet.fingerprint);
    expect(fromJSON(canonicalJSON(testSet), { predicates }).fingerprint).toBe(testSet.fingerprint);
    expect(fromJSON(JSON.stringify(toData(testSet), null, 2), { predicates }).fingerprint).toBe(testSet.fingerprint);
  });

  it('the loaded set is sealed and evaluates exactly like the original (custom predicate included)', () => {
    const loaded = fromJSON(canonicalJSON(testSet), { predicates });
    expect(Object.isFrozen(loaded)).toBe(true);
    expect(Object.isFrozen(loaded.criteria[0]?.indicators[0]?.rule)).toBe(true);
    const unit = { id: 'xa-a', region: 'BTB', zone: 'vung-1', group: 2, values: allMetValues } as const;
    for (const asOf of ['2022-06-01', '2024-05-01', '2025-07-01']) {
      expect(evaluate(loaded, unit, { asOf })).toEqual(evaluate(testSet, unit, { asOf }));
    }
    const notMet = { ...unit, values: { ...allMetValues, '14': { schools: 5, level1: 2 } } };
    const r = evaluate(loaded, notMet, { asOf: '2024-05-01' });
    expect(r.criteria.flatMap((c) => c.indicators).find((i) => i.code === '14')?.status).toBe('not-met');
  });

  it('round-trips a derived set (derivedFrom) and an amended set (amendedBy)', () => {
    const derived = derive(testSet, {
      id: 'thu-nghiem-qd-9-2022/xa-demo',
      province: 'thu-nghiem',
      label: { vi: 'Bộ tiêu chí thử nghiệm của tỉnh', en: 'Provincial test set' },
      citation: { decision: '9/2022/QĐ-UBND', issuer: 'UBND tỉnh Thử Nghiệm', signed: '2022-08-10', provenance: 'partial' },
      validity: { from: '2022-08-10', until: '2025-12-31' },
      regions: ['BTB'],
      changes: [change.setParameter('muc-13-3', 60)],
    });
    const loadedDerived = fromJSON(canonicalJSON(derived), { predicates });
    expect(loadedDerived.fingerprint).toBe(derived.fingerprint);
    expect(loadedDerived.derivedFrom?.fingerprint).toBe(testSet.fingerprint);

    const amended = amend(
      testSet,
      defineAmendment({
        citation: { decision: '2/QĐ-TEST', issuer: 'Test issuer', signed: '2024-02-20', provenance: 'verified' },
        effective: '2024-03-01',
        label: { vi: 'Sửa đổi thử nghiệm', en: 'Test amendment' },
        changes: { [testSet.id]: [change.setValue('2.1', 90, { where: { regions: ['BTB'] } })] },
      }),
    );
    const loadedAmended = fromJSON(toData(amended), { predicates });
    expect(loadedAmended.fingerprint).toBe(amended.fingerprint);
    expect(loadedAmended.amendedBy).toHaveLength(1);
  });

  it('accepts the JSON of a sealed set when its fingerprint matches, and rejects a tampered one', () => {
    const json = JSON.parse(JSON.stringify(testSet));
    expect(json.fingerprint).toBe(testSet.fingerprint);
    expect(fromJSON(json, { predicates }).fingerprint).toBe(testSet.fingerprint);
    json.criteria[1].indicators[0].rule.value.values.BTB = 60;
    const e = errorOf(json);
    expect(e.code).toBe('INVALID_JSON');
    expect(e.problems[0]?.path).toBe('fingerprint');
    delete json.fingerprint;
    expect(fromJSON(json, { predicates }).fingerprint).not.toBe(testSet.fingerprint);
  });

  it('fills the defaults of defineSet for keys a hand-written file leaves out', () => {
    const byHand = {
      id: 'test-3-2022/xa-tay',
      label: { vi: 'Bộ viết tay', en: 'Hand-written set' },
      scope: 'xa',
      tier: 'other',
      citation: testCitation,
      validity: { from: '2022-02-01' },
      criteria: [
        {
          number: 1,
          label: { vi: 'Giao thông', en: 'Transport' },
          indicators: [
            {
              code: '1',
              label: { vi: 'Tỷ lệ đường cứng hóa', en: 'Share of hardened roads' },
              input: { kind: 'percent' },
              rule: { type: 'atLeast', value: { type: 'byRegion', values: { TDMNPB: 70, DBSH: 100, BTB: 80, DHNTB: 80, TN: 75, DNB: 100, DBSCL: 60 } } },
            },
            { code: '2', label: { vi: 'Có quy hoạch', en: 'Has a plan' }, input: { kind: 'boolean' }, rule: { type: 'isTrue' } },
          ],
        },
      ],
    };
    const inTs = defineSet({
      id: 'test-3-2022/xa-tay',
      label: { vi: 'Bộ viết tay', en: 'Hand-written set' },
      scope: 'xa',
      tier: 'other',
      citation: testCitation,
      validity: { from: '2022-02-01' },
      criteria: [
        criterion(1, { vi: 'Giao thông', en: 'Transport' }, [
          indicator('1', {
            vi: 'Tỷ lệ đường cứng hóa',
            en: 'Share of hardened roads',
            input: input.percent(),
            rule: atLeast(byRegion({ TDMNPB: 70, DBSH: 100, BTB: 80, DHNTB: 80, TN: 75, DNB: 100, DBSCL: 60 })),
          }),
          indicator('2', { vi: 'Có quy hoạch', en: 'Has a plan', input: input.boolean(), rule: isTrue() }),
        ]),
      ],
    });
    const loaded = fromJSON(byHand);
    expect(loaded.version).toBe('2022-02-01');
    expect(loaded.regions).toHaveLength(7);
    expect(loaded.criteria[0]?.combine).toEqual({ type: 'all' });
    expect(loaded.criteria[0]?.indicators[1]?.applicability).toBe('always');
    expect(loaded.fingerprint).toBe(inTs.fingerprint);
  });
});

describe('fromJSON: custom predicates', () => {
  it('a missing predicate is MISSING_PREDICATE naming the indicator code', () => {
    const e = errorOf(toData(testSet), {});
    expect(e.code).toBe('MISSING_PREDICATE');
    expect(e.setId).toBe('test-1-2022/xa-demo');
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatchObject({ code: 'MISSING_PREDICATE', at: '14', path: 'criteria[6].indicators[0].rule' });
    expect(e.problems[0]?.message.en).toContain('test/schools');
    expect(e.problems[0]?.message.vi).toContain('14');
    expect(e.message).toContain('14');
    expect(errorOf(JSON.parse(canonicalJSON(testSet)), { predicates: { 'test/other': () => true } }).code).toBe('MISSING_PREDICATE');
  });

  it('looks predicates up as own properties only, and needs a function', () => {
    const d = data();
    d.criteria[6].indicators[0].rule.name = 'toString';
    expect(errorOf(d, { predicates: {} }).code).toBe('MISSING_PREDICATE');
    const inherited = Object.create({ 'test/schools': predicates['test/schools'] }) as Record<string, Predicate>;
    expect(errorOf(toData(testSet), { predicates: inherited }).code).toBe('MISSING_PREDICATE');
    expect(errorOf(toData(testSet), { predicates: { 'test/schools': 'yes' as never } }).code).toBe('MISSING_PREDICATE');
  });

  it('lists a missing predicate together with the other problems of meaning', () => {
    const d = data();
    delete d.criteria[1].indicators[0].rule.value.values.BTB;
    const e = errorOf(d, {});
    expect(e.problems.map((p) => p.code)).toEqual(['MISSING_PREDICATE', 'MISSING_VALUE_FOR_REGION']);
  });
});

describe('fromJSON: structural problems', () => {
  it('JSON that does not parse is INVALID_JSON', () => {
    const e = errorOf('{"id": "test-1-2022/xa-demo", ');
    expect(e.code).toBe('INVALID_JSON');
    expect(e.setId).toBe('(unknown)');
    expect(e.problems[0]?.message.vi).toMatch(/JSON/);
  });

  it('data that is not an object is INVALID_JSON at the root', () => {
    for (const d of [42, null, [], 'null', true]) {
      const e = errorOf(d);
      expect(e.code).toBe('INVALID_JSON');
      expect(e.problems[0]?.path).toBe('');
    }
  });

  it('names the path like validateSet does, the set id and the indicator, in both languages', () => {
    const d = data();
    d.criteria[1].indicators[0].rule.value.values.BTB = 'tám mươi';
    const e = errorOf(d);
    expect(e.setId).toBe('test-1-2022/xa-demo');
    expect(e.problems).toEqual([
      {
        code: 'INVALID_THRESHOLD',
        path: 'criteria[1].indicators[0].rule.value.BTB',
        at: '2.1',
        message: { vi: 'Cần một số hoặc một đối tượng, nhận được một chuỗi', en: 'Expected a number or an object, received a string' },
      },
    ]);
    expect(e.message).toContain('test-1-2022/xa-demo');
    expect(e.message).toContain('criteria[1].indicators[0].rule.value.BTB');
  });

  it('goes through sourced and byYear nodes on the way to a leaf', () => {
    const d = data();
    d.criteria[1].indicators[0].rule.value.values.DBSCL.value = true;
    d.criteria[2].indicators[0].rule.value.values['2025'].values.DNB = null;
    const e = errorOf(d);
    expect(e.problems.map((p) => [p.code, p.path, p.at])).toEqual([
      ['INVALID_THRESHOLD', 'criteria[1].indicators[0].rule.value.DBSCL', '2.1'],
      ['INVALID_THRESHOLD', 'criteria[2].indicators[0].rule.value.2025.DNB', '10'],
    ]);
  });

  it('reports unknown rule types, node types, input kinds and keys with the closest code', () => {
    const d = data();
    d.criteria[0].indicators[0].rule.type = 'isTru';
    d.criteria[1].indicators[1].rule.value.type = 'byProvince';
    d.criteria[2].indicators[0].input.kind = 'money';
    d.criteria[3].indicators[0].aplicability = 'always';
    d.criteria[3].indicators[0].rule.value.values.xyz = 5;
    const e = errorOf(d);
    expect(e.problems.map((p) => [p.code, p.path, p.at])).toEqual([
      ['RULE_INPUT_MISMATCH', 'criteria[0].indicators[0].rule.type', '1.1'],
      ['INVALID_VALUE_NODE', 'criteria[1].indicators[1].rule.value.type', '2.2'],
      ['INVALID_INPUT', 'criteria[2].indicators[0].input.kind', '10'],
      ['INVALID_JSON', 'criteria[3].indicators[0].aplicability', '11'],
    ]);
    expect(e.problems[0]?.message.en).toContain('"isTrue"');
    expect(e.problems[3]?.message).toEqual({ vi: 'Khóa "aplicability" không được hỗ trợ ở đây', en: 'Unknown key "aplicability"' });
  });

  it('checks every node: citations, labels, regions, scope, validity, year policies, bands, groups of communes', () => {
    const d = data();
    d.citation.provenance = 'checked';
    d.criteria[0].label = { vi: 'Quy hoạch', en: '  ' };
    d.regions = ['BTB', 'MienTay'];
    d.scope = 'commune';
    d.validity.from = '2022-02-30';
    delete d.criteria[2].indicators[0].rule.value.between;
    d.criteria[6].indicators[1].rule.bands[0].min = '30';
    d.criteria[7].indicators[0].rule.atLeast.values['4'] = 60;
    d.criteria[1].indicators[1].source.provenance = 'sure';
    const e = errorOf(d);
    expect(e.problems.map((p) => [p.code, p.path])).toEqual([
      ['INVALID_SCOPE', 'scope'],
      ['INVALID_CITATION', 'citation.provenance'],
      ['INVALID_VALIDITY', 'validity.from'],
      ['INVALID_REGION', 'regions[1]'],
      ['MISSING_LABEL', 'criteria[0].label.en'],
      ['INVALID_CITATION', 'criteria[1].indicators[1].source.provenance'],
      ['INVALID_YEAR_POLICY', 'criteria[2].indicators[0].rule.value.between'],
      ['INVALID_SCORE_BANDS', 'criteria[6].indicators[1].rule.bands[0].min'],
      ['INVALID_VALUE_NODE', 'criteria[7].indicators[0].rule.atLeast.4'],
    ]);
    for (const p of e.problems) {
      expect(p.message.vi).not.toBe('');
      expect(p.message.en).not.toBe('');
    }
  });

  it('checks choice labels against the options', () => {
    const d = data();
    d.criteria[4].indicators[1].input.labels = { htx: { vi: 'Hợp tác xã', en: 'Cooperative' }, khac: { vi: 'Khác', en: 'Other' } };
    const e = errorOf(d);
    expect(e.problems.map((p) => [p.code, p.path])).toEqual([
      ['INVALID_INPUT', 'criteria[4].indicators[1].input.labels.khac'],
      ['INVALID_INPUT', 'criteria[4].indicators[1].input.labels'],
      ['INVALID_INPUT', 'criteria[4].indicators[1].input.labels'],
    ]);
  });

  it('runs the same checks of meaning as defineSet once the structure is right', () => {
    const d = data();
    delete d.criteria[1].indicators[0].rule.value.values.BTB;
    d.criteria[4].indicators[0].code = '2.1';
    d.criteria[3].indicators[0].rule.value.values['xa-nui'] = 5;
    d.criteria[1].indicators[0].rule.value.values.TDMNPB = 170;
    const e = errorOf(d);
    expect(e.problems.map((p) => [p.code, p.path, p.at])).toEqual([
      ['INVALID_THRESHOLD', 'criteria[1].indicators[0].rule.value.TDMNPB', '2.1'],
      ['MISSING_VALUE_FOR_REGION', 'criteria[1].indicators[0].rule.value.BTB', '2.1'],
      ['UNKNOWN_CATEGORY_KEY', 'criteria[3].indicators[0].rule.value.xa-nui', '11'],
      ['DUPLICATE_CODE', 'criteria[4].indicators[0].code', '2.1'],
    ]);
  });
});

describe('fromJSON: hostile input', () => {
  it('rejects __proto__, constructor and prototype keys anywhere, without polluting prototypes', () => {
    const text = canonicalJSON(testSet).replace('"zones":{', '"zones":{"__proto__":{"polluted":true},');
    const e = errorOf(text);
    expect(e.code).toBe('INVALID_JSON');
    expect(e.problems[0]?.path).toBe('zones.__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const d = data();
    d.criteria[1].indicators[0].rule.value.values.constructor = 1;
    d.parameters.prototype = 5;
    const e2 = errorOf(d);
    expect(e2.problems.map((p) => [p.code, p.path])).toEqual([
      ['INVALID_JSON', 'parameters.prototype'],
      ['INVALID_JSON', 'criteria[1].indicators[0].rule.value.constructor'],
    ]);
  });

  it('rejects data that is not plain JSON: functions, dates, class instances, cycles', () => {
    const withFn = data();
    withFn.criteria[6].indicators[0].rule.test = () => true;
    expect(errorOf(withFn).problems[0]?.path).toBe('criteria[6].indicators[0].rule.test');
    const withDate = data();
    withDate.validity.from = new Date('2022-02-01');
    expect(errorOf(withDate).code).toBe('INVALID_JSON');
    const cyclic = data();
    cyclic.zones['vung-1'].self = cyclic.zones['vung-1'];
    expect(errorOf(cyclic).problems[0]?.message.en).toBe('Circular reference');
    expect(errorOf(new Map()).code).toBe('INVALID_JSON');
  });

  it('lists at most 100 problems, and says how many more there were', () => {
    const d = data();
    d.criteria = Array.from({ length: 150 }, (_, n) => ({ number: n + 1, label: 5, indicators: [] }));
    const e = errorOf(d);
    expect(e.problems).toHaveLength(101);
    expect(e.problems[100]?.message.en).toBe('… and 50 more problems');
  });

  it('a deeply nested value is a coded problem, not a stack overflow', () => {
    // Written as text: JSON.stringify itself would overflow on such an object.
    const deep = `${'{"type":"sourced","source":{},"value":'.repeat(5000)}80${'}'.repeat(5000)}`;
    const text = canonicalJSON(testSet).replace('"BTB":80', `"BTB":${deep}`);
    expect(text.length).toBeGreaterThan(100_000);
    const e = errorOf(text);
    expect(e.code).toBe('INVALID_JSON');
    expect(e.problems[0]?.message.en).toMatch(/Nested more than/);
  });

  it('never throws anything but a CriteriaSetError, whatever part of the data is replaced (property)', () => {
    const base = data();
    const paths: (string | number)[][] = [];
    const collect = (x: unknown, p: (string | number)[]): void => {
      paths.push(p);
      if (Array.isArray(x)) x.forEach((v, n) => collect(v, [...p, n]));
      else if (typeof x === 'object' && x !== null) for (const [k, v] of Object.entries(x)) collect(v, [...p, k]);
    };
    collect(base, []);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: paths.length - 1 }), fc.jsonValue({ maxDepth: 3 }), fc.boolean(), (n, replacement, remove) => {
        const d = data();
        const path = paths[n] as (string | number)[];
        const parent = path.slice(0, -1).reduce((o: any, k) => o[k], d);
        const key = path[path.length - 1] as string | number;
        if (remove && !Array.isArray(parent)) delete parent[key];
        else parent[key] = replacement;
        try {
          const set = fromJSON(JSON.stringify(d), { predicates });
          expect(set.fingerprint).toMatch(/^sha256:/);
        } catch (e) {
          expect(e).toBeInstanceOf(CriteriaSetError);
          const err = e as CriteriaSetError;
          expect(err.problems.length).toBeGreaterThan(0);
          for (const p of err.problems) {
            expect(typeof p.path).toBe('string');
            expect(p.message.vi.length).toBeGreaterThan(0);
            expect(p.message.en.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
