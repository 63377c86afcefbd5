import { describe, expect, it } from 'vitest';
import { atLeast, byCategory, criterion, defineSet, evaluate, indicator, input } from '@tieuchi/core';

// Made-up set; nothing here is law.
describe('plan cache (review)', () => {
  it('never shares thresholds between units with different categories (category "a,b" vs categories a and b)', () => {
    const set = defineSet({
      id: 'review-1-2022/xa-demo',
      label: { vi: 'Bộ thử', en: 'Test set' },
      scope: 'xa',
      tier: 'ntm',
      citation: { decision: '1/QĐ-REVIEW', issuer: 'Test', signed: '2022-01-01', provenance: 'verified' },
      validity: { from: '2022-01-01' },
      regions: ['BTB'],
      categories: { a: { label: { vi: 'a', en: 'a' } }, b: { label: { vi: 'b', en: 'b' } }, 'a,b': { label: { vi: 'ab', en: 'ab' } } },
      criteria: [criterion(1, { vi: 'A', en: 'A' }, [indicator('1.1', { vi: 'x', en: 'x', input: input.number(), rule: atLeast(byCategory({ a: 90, 'a,b': 10 }, 50)) })])],
    });
    const asOf = '2023-01-01';
    expect(evaluate(set, { id: 'u1', region: 'BTB', category: ['a,b'], values: { '1.1': 20 } } as never, { asOf }).status).toBe('met');
    // A commune that is both a and b needs 90.
    expect(evaluate(set, { id: 'u2', region: 'BTB', category: ['a', 'b'], values: { '1.1': 20 } } as never, { asOf }).status).toBe('not-met');
  });
});
