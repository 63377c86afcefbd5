import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, evaluateLadder } from '@tieuchi/core';
import { ladderNangCao, ladderNtm } from '../../test/fixture.js';

// The ladder sets are made up for the test (NTM → nâng cao); none of their numbers is law.
const ladder = [ladderNtm, ladderNangCao] as const;
const asOf = '2024-05-01';
const climb = (values: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  evaluateLadder(ladder, { id: 'xa-a', ...extra, values } as never, { asOf });

describe('evaluateLadder', () => {
  it('reaches the top when every tier is met', () => {
    const r = climb({ '1': 70, '2': true, '3': 95, '4': 0 });
    expect(r.results.map((x) => x.status)).toEqual(['met', 'met']);
    expect(r.reached).toEqual({ id: ladderNangCao.id, label: ladderNangCao.label });
    expect(r.next).toBeNull();
    expect(r.results[1]?.prerequisites).toEqual([{ set: ladderNtm.id, label: ladderNangCao.prerequisites[0]!.label, status: 'met', via: 'supplied' }]);
  });

  it('stops at NTM and lists what nâng cao still lacks', () => {
    const r = climb({ '1': 50, '2': true, '3': 80, '4': 0 });
    expect(r.results.map((x) => x.status)).toEqual(['met', 'not-met']);
    expect(r.reached).toEqual({ id: ladderNtm.id, label: ladderNtm.label });
    expect(r.next).toMatchObject({ set: ladderNangCao.id, status: 'not-met', prerequisites: [] });
    expect(r.next?.criteria).toEqual([
      { number: 1, label: { vi: 'Thu nhập', en: 'Income' }, status: 'not-met' },
      { number: 3, label: { vi: 'Môi trường', en: 'Environment' }, status: 'not-met' },
    ]);
  });

  it('never meets nâng cao when NTM is not met, even if every nâng cao criterion is', () => {
    // NTM fails on makeshift houses (4), which nâng cao does not list itself.
    const r = climb({ '1': 70, '2': true, '3': 95, '4': 2 });
    expect(r.results[0]?.status).toBe('not-met');
    expect(r.results[1]?.criteria.map((c) => c.status)).toEqual(['met', 'met', 'met']);
    expect(r.results[1]?.prerequisites[0]).toMatchObject({ set: ladderNtm.id, status: 'not-met', via: 'supplied' });
    expect(r.results[1]?.status).toBe('not-met');
    expect(r.reached).toBeNull();
    expect(r.next).toMatchObject({ set: ladderNtm.id, status: 'not-met', criteria: [{ number: 3, status: 'not-met' }] });
  });

  it('carries an unknown NTM up as an unknown prerequisite', () => {
    const r = climb({ '1': 70, '2': true, '3': 95 });
    expect(r.results.map((x) => x.status)).toEqual(['unknown', 'unknown']);
    expect(r.results[1]?.prerequisites[0]).toMatchObject({ status: 'unknown', via: 'supplied' });
    expect(r.reached).toBeNull();
    expect(r.next).toMatchObject({ set: ladderNtm.id, status: 'unknown', criteria: [{ number: 3, status: 'unknown' }] });
  });

  it('gives the same per-tier results as evaluating each set on its own with the known prerequisite', () => {
    const values = { '1': 65, '2': true, '3': 91, '4': 0 };
    const r = climb(values);
    const ntm = evaluate(ladderNtm, { id: 'xa-a', values } as never, { asOf });
    const nc = evaluate(ladderNangCao, { id: 'xa-a', values } as never, { asOf, prerequisites: { [ladderNtm.id]: ntm.status } });
    expect(r.results[0]).toEqual(ntm);
    expect(r.results[1]).toEqual(nc);
  });

  it('never has nâng cao met while NTM is not (property, no recognition given)', () => {
    const v = fc.oneof(fc.integer({ min: -5, max: 120 }), fc.boolean(), fc.constant(null), fc.jsonValue());
    fc.assert(
      fc.property(fc.record({ '1': v, '2': v, '3': v, '4': v }, { requiredKeys: [] }), (values) => {
        const r = climb(values);
        if (r.results[1]?.status === 'met') expect(r.results[0]?.status).toBe('met');
        // reached is the highest tier met climbing from the first; next is the first tier not met.
        const firstNotMet = r.results.findIndex((x) => x.status !== 'met');
        expect(r.next?.set ?? null).toBe(firstNotMet === -1 ? null : ladder[firstNotMet]!.id);
        expect(r.reached?.id ?? null).toBe(firstNotMet === 0 ? null : ladder[(firstNotMet === -1 ? ladder.length : firstNotMet) - 1]!.id);
      }),
      { numRuns: 400 },
    );
  });
});
