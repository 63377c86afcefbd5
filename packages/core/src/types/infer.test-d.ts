import { describe, expectTypeOf, it } from 'vitest';
import {
  atLeast,
  criterion,
  defineSet,
  equals,
  evaluate,
  indicator,
  input,
  isTrue,
  oneOf,
  shareOfChildren,
  type ChildResult,
  type CodesOf,
  type EvaluationResult,
  type InputsOf,
  type NotApplicable,
  type Unit,
  type UnitOf,
  type ValueOf,
} from '@tieuchi/core';
import { allMetValues, recordsSet, testCitation, testSet } from '../../test/fixture.js';

type V = UnitOf<typeof testSet>['values'];
type Codes = '1.1' | '1.2' | '2.1' | '2.2' | '10' | '11' | '12.1' | '12.2' | '13.1' | '13.2' | '13.3' | '13.4' | '14' | '14.2' | '15';
const asOf = '2024-05-01';

describe('UnitOf / InputsOf', () => {
  it('has exactly the indicator codes as keys', () => {
    expectTypeOf<keyof V>().toEqualTypeOf<Codes>();
    expectTypeOf<CodesOf<typeof testSet>>().toEqualTypeOf<Codes>();
    expectTypeOf<InputsOf<(typeof testSet)['criteria']>>().toEqualTypeOf<V>();
    expectTypeOf<UnitOf<typeof testSet>>().toEqualTypeOf<Unit<V>>();
  });

  it('types each value by its input (null = no data)', () => {
    expectTypeOf<V['1.1']>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf<NonNullable<V['1.1']>>().toEqualTypeOf<boolean>();
    // count, percent, number
    expectTypeOf<NonNullable<V['1.2']>>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<V['2.1']>>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<V['10']>>().toEqualTypeOf<number>();
    // choice: the option union
    expectTypeOf<NonNullable<V['12.2']>>().toEqualTypeOf<'htx' | 'thtx' | 'none'>();
    expectTypeOf<NonNullable<V['13.1']>>().toEqualTypeOf<'a' | 'b'>();
    // children
    expectTypeOf<NonNullable<V['15']>>().toEqualTypeOf<readonly ChildResult[]>();
    // fields: the object type of its fields
    expectTypeOf<NonNullable<V['14']>>().toEqualTypeOf<{ readonly schools?: number | null; readonly level1?: number | null }>();
    // date
    expectTypeOf<NonNullable<UnitOf<typeof recordsSet>['values']['1']>>().toEqualTypeOf<string>();
  });

  it("allows 'n/a' only for applicability: 'ifPresent'", () => {
    expectTypeOf<NonNullable<V['13.2']>>().toEqualTypeOf<boolean | NotApplicable>();
    expectTypeOf<NotApplicable>().toEqualTypeOf<'n/a'>();
    expectTypeOf<'n/a'>().not.toExtend<NonNullable<V['1.1']>>();
    expectTypeOf<'n/a'>().not.toExtend<NonNullable<V['2.1']>>();
  });

  it('ValueOf maps every input kind', () => {
    expectTypeOf<ValueOf<ReturnType<typeof input.number>>>().toEqualTypeOf<number>();
    expectTypeOf<ValueOf<ReturnType<typeof input.percent>>>().toEqualTypeOf<number>();
    expectTypeOf<ValueOf<ReturnType<typeof input.count>>>().toEqualTypeOf<number>();
    expectTypeOf<ValueOf<ReturnType<typeof input.boolean>>>().toEqualTypeOf<boolean>();
    expectTypeOf<ValueOf<ReturnType<typeof input.date>>>().toEqualTypeOf<string>();
    const choice = input.choice(['x', 'y']);
    expectTypeOf<ValueOf<typeof choice>>().toEqualTypeOf<'x' | 'y'>();
  });
});

describe('evaluate checks the unit against the set', () => {
  it('accepts a well-typed unit and returns an EvaluationResult', () => {
    const r = evaluate(
      testSet,
      {
        id: 'x',
        region: 'BTB',
        zone: 'vung-1',
        group: 2,
        category: ['xa-dbkk'],
        recognized: [],
        values: { '1.1': true, '1.2': 0, '2.1': null, '10': 52.3, '12.2': 'htx', '13.2': 'n/a', '14': { schools: 3 }, '15': [{ id: 't', status: 'met' }] },
      },
      { asOf, prerequisites: { 'test-0-2022/xa': 'met' } },
    );
    expectTypeOf(r).toEqualTypeOf<EvaluationResult>();
    // The fixture's own values are a valid unit.
    evaluate(testSet, { id: 'x', values: allMetValues }, { asOf: new Date() });
  });

  it('rejects an unknown indicator code', () => {
    // @ts-expect-error '99' is not an indicator of the set
    evaluate(testSet, { id: 'x', values: { '99': 1 } }, { asOf });
  });

  it('rejects a value of the wrong type', () => {
    // @ts-expect-error a boolean indicator given a number
    evaluate(testSet, { id: 'x', values: { '1.1': 1 } }, { asOf });
    // @ts-expect-error a percent given a string
    evaluate(testSet, { id: 'x', values: { '2.1': '85' } }, { asOf });
    // @ts-expect-error an option the choice does not have
    evaluate(testSet, { id: 'x', values: { '12.2': 'hop-tac-xa' } }, { asOf });
    // @ts-expect-error a child with a status that is not a status
    evaluate(testSet, { id: 'x', values: { '15': [{ id: 't', status: 'done' }] } }, { asOf });
    // @ts-expect-error a field of the wrong type
    evaluate(testSet, { id: 'x', values: { '14': { schools: 'ba' } } }, { asOf });
  });

  it("rejects 'n/a' for an indicator that always applies", () => {
    // @ts-expect-error 1.1 always applies
    evaluate(testSet, { id: 'x', values: { '1.1': 'n/a' } }, { asOf });
  });

  it('rejects a bad unit context', () => {
    // @ts-expect-error not a region code
    evaluate(testSet, { id: 'x', region: 'XYZ', values: {} }, { asOf });
    // @ts-expect-error commune groups are 1, 2 or 3
    evaluate(testSet, { id: 'x', group: 4, values: {} }, { asOf });
    // @ts-expect-error the id is required
    evaluate(testSet, { values: {} }, { asOf });
    // @ts-expect-error asOf is required
    evaluate(testSet, { id: 'x', values: {} }, {});
  });
});

describe('rules are typed by their input', () => {
  it('rejects a numeric rule on a boolean', () => {
    // @ts-expect-error a boolean cannot be "at least 5"
    indicator('1', { vi: 'Có', en: 'Has', input: input.boolean(), rule: atLeast(5) });
    indicator('1', { vi: 'Có', en: 'Has', input: input.boolean(), rule: isTrue() });
  });

  it('rejects equals/oneOf with an option the choice does not have', () => {
    // @ts-expect-error 'x' is not an option
    indicator('1', { vi: 'Loại', en: 'Kind', input: input.choice(['a', 'b']), rule: equals('x') });
    // @ts-expect-error 'z' is not an option
    indicator('1', { vi: 'Loại', en: 'Kind', input: input.choice(['a', 'b']), rule: oneOf(['a', 'z']) });
    indicator('1', { vi: 'Loại', en: 'Kind', input: input.choice(['a', 'b']), rule: equals('a') });
    indicator('1', { vi: 'Loại', en: 'Kind', input: input.choice(['a', 'b']), rule: oneOf(['a', 'b']) });
  });

  it('rejects isTrue on a number and shareOfChildren on a percent', () => {
    // @ts-expect-error isTrue needs a boolean input
    indicator('1', { vi: 'Tỷ lệ', en: 'Share', input: input.percent(), rule: isTrue() });
    // @ts-expect-error shareOfChildren needs a children input
    indicator('1', { vi: 'Tỷ lệ', en: 'Share', input: input.percent(), rule: shareOfChildren(80) });
  });

  it('keeps the code and applicability as literal types', () => {
    const i = indicator('17.1', { vi: 'a', en: 'a', input: input.boolean(), rule: isTrue(), applicability: 'ifPresent' });
    expectTypeOf(i.code).toEqualTypeOf<'17.1'>();
    expectTypeOf(i.applicability).toEqualTypeOf<'ifPresent'>();
    const set = defineSet({
      id: 'test-5-2022/xa-kieu',
      label: { vi: 'a', en: 'a' },
      scope: 'xa',
      tier: 'other',
      citation: testCitation,
      validity: { from: '2022-01-01' },
      criteria: [criterion(17, { vi: 'a', en: 'a' }, [i, indicator('17.2', { vi: 'b', en: 'b', input: input.count(), rule: atLeast(1) })])],
    });
    expectTypeOf<keyof UnitOf<typeof set>['values']>().toEqualTypeOf<'17.1' | '17.2'>();
    expectTypeOf<NonNullable<UnitOf<typeof set>['values']['17.1']>>().toEqualTypeOf<boolean | 'n/a'>();
    expectTypeOf<NonNullable<UnitOf<typeof set>['values']['17.2']>>().toEqualTypeOf<number>();
  });
});

describe('a code known only as string', () => {
  it('does not force every value to that row’s type', async () => {
    const { criterion, defineSet, indicator, input, isTrue, atLeast } = await import('@tieuchi/core');
    const { testCitation } = await import('../../test/fixture.js');
    const dynamicCode: string = ['9', '9'].join('.');
    const set = defineSet({
      id: 'test-8-2022/wide',
      label: { vi: 'Thử', en: 'Test' },
      scope: 'xa',
      tier: 'ntm',
      citation: testCitation,
      validity: { from: '2022-02-01' },
      criteria: [
        criterion(1, { vi: 'Một', en: 'One' }, [
          indicator('1.1', { vi: 'Có', en: 'Yes', input: input.boolean(), rule: isTrue() }),
          indicator(dynamicCode, { vi: 'Tỷ lệ', en: 'Share', input: input.percent(), rule: atLeast(50) }),
        ]),
      ],
    });
    type V = NonNullable<typeof set.__inputs>;
    expectTypeOf<V['1.1']>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf({ '1.1': true, '9.9': 80 }).toExtend<V>();
    expectTypeOf({ '1.1': 5 }).not.toExtend<V>();
  });
});
