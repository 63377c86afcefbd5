import { describe, expect, it } from 'vitest';
import { STATUS_LABELS, allOf, atLeastOf, type Status } from '@tieuchi/core';

const STATUSES: readonly Status[] = ['met', 'not-met', 'unknown'];

/** Every list of statuses up to length n. */
function lists(n: number): Status[][] {
  const out: Status[][] = [[]];
  let layer: Status[][] = [[]];
  for (let k = 1; k <= n; k++) {
    layer = layer.flatMap((l) => STATUSES.map((s) => [...l, s]));
    out.push(...layer);
  }
  return out;
}

/** Kleene by supervaluation: decide a boolean test under every way the unknowns could turn out. */
function kleene(statuses: readonly Status[], test: (met: number, total: number) => boolean): Status {
  const met = statuses.filter((s) => s === 'met').length;
  const unknown = statuses.filter((s) => s === 'unknown').length;
  const outcomes = new Set<boolean>();
  for (let k = 0; k <= unknown; k++) outcomes.add(test(met + k, statuses.length));
  return outcomes.size === 2 ? 'unknown' : outcomes.has(true) ? 'met' : 'not-met';
}

describe('allOf (Kleene AND)', () => {
  it('matches the truth table on every list up to 5 statuses', () => {
    for (const l of lists(5)) expect(allOf(l), l.join(',')).toBe(kleene(l, (met, total) => met === total));
  });

  it('not-met dominates unknown, unknown dominates met', () => {
    expect(allOf(['met', 'unknown', 'not-met'])).toBe('not-met');
    expect(allOf(['met', 'unknown'])).toBe('unknown');
    expect(allOf(['met', 'met'])).toBe('met');
    expect(allOf([])).toBe('met');
  });

  it('accepts any iterable', () => {
    expect(allOf(new Set<Status>(['met', 'unknown']))).toBe('unknown');
  });
});

describe('atLeastOf (Kleene "at least n of")', () => {
  it('matches the truth table for every n on every list up to 5 statuses', () => {
    for (const l of lists(5)) {
      for (let n = 1; n <= l.length; n++) expect(atLeastOf(n, l), `${n} of ${l.join(',')}`).toBe(kleene(l, (met) => met >= n));
    }
  });

  it('is met once n are met, whatever the rest', () => {
    expect(atLeastOf(1, ['met', 'unknown', 'not-met'])).toBe('met');
    expect(atLeastOf(2, ['met', 'unknown', 'not-met'])).toBe('unknown');
    expect(atLeastOf(2, ['met', 'not-met', 'not-met'])).toBe('not-met');
  });

  it('is allOf when n is the length', () => {
    for (const l of lists(4).filter((x) => x.length > 0)) expect(atLeastOf(l.length, l)).toBe(allOf(l));
  });
});

describe('STATUS_LABELS', () => {
  it('names the three statuses in both languages', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...STATUSES].sort());
    expect(STATUS_LABELS.met).toEqual({ vi: 'Đạt', en: 'Met' });
    expect(STATUS_LABELS['not-met']).toEqual({ vi: 'Chưa đạt', en: 'Not met' });
    expect(STATUS_LABELS.unknown.vi).toBe('Chưa đủ dữ liệu');
  });
});
