import { describe, expect, it } from 'vitest';
import {
  atLeast,
  byCategory,
  byRegion,
  canonicalJSON,
  condition,
  criterion,
  defineSet,
  evaluate,
  fromJSON,
  indicator,
  input,
  isTrue,
  toData,
  type Citation,
  type CriteriaSet,
} from '@tieuchi/core';

// Made-up sets; nothing here is law.
const cit: Citation = { decision: '1/QĐ-REVIEW', issuer: 'Test', signed: '2022-01-01', provenance: 'verified' };
const base = {
  id: 'review-1-2022/xa-demo',
  label: { vi: 'Bộ thử', en: 'Test set' },
  scope: 'xa',
  tier: 'ntm',
  citation: cit,
  validity: { from: '2022-01-01', until: '2025-12-31' },
  regions: ['BTB', 'TDMNPB'],
} as const;

describe('JSON round trip (review)', () => {
  it('keeps a condition (điều kiện) a condition, so it stays out of the "x/N tiêu chí" count', () => {
    const set = defineSet({
      ...base,
      criteria: [
        condition(0, { vi: 'Điều kiện', en: 'Condition' }, [indicator('DK.1', { vi: 'Đã đạt NTM', en: 'Is NTM', input: input.boolean(), rule: isTrue() })]),
        criterion(1, { vi: 'A', en: 'A' }, [indicator('1.1', { vi: 'x', en: 'x', input: input.boolean(), rule: isTrue() })]),
      ],
    });
    for (const data of [toData(set), JSON.parse(canonicalJSON(set)) as unknown]) {
      const back = fromJSON(data);
      expect(back.criteria[0]?.role).toBe('condition');
      expect(back.fingerprint).toBe(set.fingerprint);
      const unit = { id: 'x', values: { 'DK.1': true, '1.1': true } };
      expect(evaluate(back, unit as never, { asOf: '2023-01-01' }).summary.criteria.total).toBe(1);
    }
    // A fingerprint that came with the data is checked against the content: it must still match.
    expect(() => fromJSON({ ...(toData(set) as object), fingerprint: set.fingerprint })).not.toThrow();
  });

  it('fingerprints and round-trips the declared order of categories (the first declared category wins)', () => {
    const rule = atLeast(byCategory({ b: 70, a: 40 }, byRegion({ BTB: 50, TDMNPB: 30 })));
    const make = (order: 'ab' | 'ba') =>
      defineSet({
        ...base,
        categories:
          order === 'ab'
            ? { b: { label: { vi: 'b', en: 'b' } }, a: { label: { vi: 'a', en: 'a' } } }
            : { a: { label: { vi: 'a', en: 'a' } }, b: { label: { vi: 'b', en: 'b' } } },
        criteria: [criterion(1, { vi: 'A', en: 'A' }, [indicator('1.1', { vi: 'x', en: 'x', input: input.number(), rule })])],
      });
    const bFirst = make('ab');
    const aFirst = make('ba');
    const unit = { id: 'x', region: 'BTB', category: ['a', 'b'], values: { '1.1': 45 } };
    const st = (s: CriteriaSet) => evaluate(s, unit as never, { asOf: '2023-01-01' }).status;
    expect(st(bFirst)).toBe('not-met'); // b first: 70
    expect(st(aFirst)).toBe('met'); // a first: 40
    // Different verdicts, so different content: the fingerprints must differ.
    expect(bFirst.fingerprint).not.toBe(aFirst.fingerprint);
    // And loading the canonical JSON back must not change the verdict.
    expect(st(fromJSON(JSON.parse(canonicalJSON(bFirst)) as unknown))).toBe('not-met');
  });
});
