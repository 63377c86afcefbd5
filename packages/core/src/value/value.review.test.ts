import { describe, expect, it } from 'vitest';
import { atLeast, byCategory, criterion, defineSet, evaluate, indicator, input, oneOf, resolveValue } from '@tieuchi/core';

// Made-up set; nothing here is law.
describe('resolveValue reads only own keys (review)', () => {
  it('a category named like an Object.prototype member falls back to "otherwise", never to an inherited function', () => {
    const ctx = { region: undefined, year: 2023, categories: ['toString'], zone: undefined, group: undefined, parameters: {} };
    expect(resolveValue(byCategory({}, 50), ctx)).toMatchObject({ ok: true, value: 50 });
    const set = defineSet({
      id: 'review-1-2022/xa-demo',
      label: { vi: 'Bộ thử', en: 'Test set' },
      scope: 'xa',
      tier: 'ntm',
      citation: { decision: '1/QĐ-REVIEW', issuer: 'Test', signed: '2022-01-01', provenance: 'verified' },
      validity: { from: '2022-01-01' },
      regions: ['BTB'],
      categories: { toString: { label: { vi: 't', en: 't' } }, khac: { label: { vi: 'k', en: 'k' } } },
      criteria: [
        criterion(1, { vi: 'A', en: 'A' }, [
          indicator('1.1', { vi: 'x', en: 'x', input: input.choice(['A', 'B']), rule: oneOf(byCategory({ khac: ['A', 'B'] as const }, ['A'] as const)) }),
          indicator('1.2', { vi: 'y', en: 'y', input: input.number(), rule: atLeast(byCategory({ khac: 10 }, 50)) }),
        ]),
      ],
    });
    const r = evaluate(set, { id: 'u', region: 'BTB', category: ['toString'], values: { '1.1': 'A', '1.2': 60 } } as never, { asOf: '2023-01-01' });
    expect(r.criteria[0]?.indicators.map((i) => [i.code, i.status])).toEqual([['1.1', 'met'], ['1.2', 'met']]);
  });
});
