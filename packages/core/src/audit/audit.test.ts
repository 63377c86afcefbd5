import { describe, expect, it } from 'vitest';
import { auditSet, provenanceShares, provenanceSummary } from '@tieuchi/core';
import { testSet } from '../../test/fixture.js';

describe('auditSet', () => {
  const rows = auditSet(testSet);

  it('lists every indicator row, with every value and where it sits', () => {
    expect(rows.map((r) => r.code)).toEqual(testSet.criteria.flatMap((c) => c.indicators.map((i) => i.code)));
    const r21 = rows.find((r) => r.code === '2.1');
    expect(r21?.values).toHaveLength(7);
    expect(r21?.values.find((v) => v.at[0] === 'DBSCL')).toMatchObject({ value: 60, provenance: 'unverified', dims: ['region'] });
    expect(r21?.weakest).toBe('unverified');
    expect(r21?.provenance).toBe('verified');
    const r10 = rows.find((r) => r.code === '10');
    expect(r10?.values.find((v) => v.at.join('/') === '2025/BTB')).toMatchObject({ value: 55, dims: ['year', 'region'] });
  });

  it('marks values that are not known or delegated to the province', () => {
    expect(rows.find((r) => r.code === '13.3')?.values[0]).toMatchObject({ kind: 'parameter', value: undefined });
    expect(rows.find((r) => r.code === '13.4')?.known).toBe('some');
    expect(rows.find((r) => r.code === '1.1')?.known).toBe('all');
  });

  it('counts rows by their least certain provenance', () => {
    const shares = provenanceShares(testSet);
    expect(shares.total).toBe(15);
    expect(shares.verified + shares.partial + shares.unverified).toBe(15);
    expect(shares.partial).toBe(1); // 2.2
    expect(shares.unverified).toBe(1); // 2.1 through its DBSCL value
  });
});

describe('provenanceSummary', () => {
  it('states counts and shares computed from the set', () => {
    const text = provenanceSummary(testSet, 'Test');
    expect(text).toContain('== Test — test-1-2022/xa-demo @ 2022-02-01');
    expect(text).toContain('criteria: 8, rows: 15');
    expect(text).toContain('unverified 1/15 (6.7%)');
    expect(text).toContain('weakest partial: 2.2');
  });
});
