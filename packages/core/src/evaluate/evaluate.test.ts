import { describe, expect, it } from 'vitest';
import { evaluate } from '@tieuchi/core';
import { allMetValues, testSet } from '../../test/fixture.js';

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
