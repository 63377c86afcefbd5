import { describe, expect, it } from 'vitest';
import { inForce, timeline, type CriteriaSet } from '@tieuchi/core';
import { btbOnlySet, testSet } from '../../test/fixture.js';

describe('timeline', () => {
  it('cuts each version the day before the next starts', () => {
    const t = timeline([testSet]);
    expect(t.entries.map((e) => [e.from, e.until])).toEqual([['2022-02-01', '2025-12-31']]);
  });

  it('does not list a version superseded on the day it starts', () => {
    const sameDay: CriteriaSet = { ...btbOnlySet, validity: { ...btbOnlySet.validity, from: testSet.validity.from } };
    const t = timeline([sameDay, testSet as CriteriaSet]);
    expect(t.entries).toHaveLength(1);
    expect(inForce(t, testSet.validity.from)).toBe(testSet as CriteriaSet);
  });
});
