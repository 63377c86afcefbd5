import { describe, expect, it } from 'vitest';
import { atLeast, byGroup, criterion, CriteriaSetError, defineSet, equals, indicator, input, type Value } from '@tieuchi/core';
import { testCitation } from '../../test/fixture.js';

const make = (rule: ReturnType<typeof atLeast> | ReturnType<typeof equals>, choice = false) =>
  defineSet({
    id: 'test-9-2022/shape',
    label: { vi: 'Thử', en: 'Test' },
    scope: 'xa',
    tier: 'ntm',
    citation: testCitation,
    validity: { from: '2022-02-01' },
    criteria: [
      criterion(1, { vi: 'Một', en: 'One' }, [
        choice
          ? indicator('1', { vi: 'Loại', en: 'Kind', input: { kind: 'choice', options: ['a', 'b'], labels: { a: { vi: 'A', en: 'A' }, c: { vi: 'C', en: 'C' } } } as never, rule: rule as never })
          : indicator('1', { vi: 'Tỷ lệ', en: 'Share', input: input.percent(), rule: rule as never }),
      ]),
    ],
  });

const codesOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    return (e as CriteriaSetError).problems.map((p) => p.code);
  }
  return [];
};

describe('definition shape checks', () => {
  it('rejects a commune group other than 1, 2, 3', () => {
    const bad = { type: 'byGroup', values: { 1: 50, 2: 60, 3: 70, 4: 80 } } as unknown as Value<number>;
    expect(codesOf(() => make(atLeast(bad)))).toEqual(['UNKNOWN_GROUP_KEY']);
    expect(codesOf(() => make(atLeast(byGroup({ 1: 50, 2: 60, 3: 70 }))))).toEqual([]);
  });

  it('rejects choice labels for options that do not exist', () => {
    expect(codesOf(() => make(equals('a'), true))).toEqual(['INVALID_INPUT']);
  });

  it('reports collections of the wrong kind instead of crashing', () => {
    const err = codesOf(() => defineSet({ id: 'test-9-2022/shape', groups: 'I', criteria: [] } as never));
    expect(err).toContain('NO_CRITERIA');
  });
});
