// The demo case file, run as vitest suites through @tieuchi/law-test/vitest, and checked case by case.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLawCases, resolveFromSets, runLawCases } from '@tieuchi/law-test';
import { describeLawCases } from '@tieuchi/law-test/vitest';
import { testSet } from '../../core/test/fixture.js';

const resolveSet = resolveFromSets([testSet]);
const cases = fileURLToPath(new URL('./cases/', import.meta.url));

// One describe for demo.yaml, one it per case.
describeLawCases(cases, resolveSet);

describe('demo.yaml, outcome by outcome', () => {
  const file = loadLawCases(new URL('./cases/demo.yaml', import.meta.url));
  const outcomes = runLawCases(file, resolveSet);

  it('has the five kinds of case the format is meant for', () => {
    expect(file.cases.length).toBeGreaterThanOrEqual(5);
    expect(outcomes.every((o) => o.passed)).toBe(true);
  });

  it('never calls a unit without data met', () => {
    const empty = outcomes.find((o) => o.name.startsWith('Xã B'));
    expect(empty?.result?.summary.indicators).toEqual({ met: 0, notMet: 0, unknown: 15, total: 15 });
  });

  it('reports the deliberately wrong case as failing, with its reasons', () => {
    const wrong = outcomes.find((o) => o.expectedToFail);
    expect(wrong).toMatchObject({
      passed: true,
      failures: [
        'indicator 10: expected met, received not-met (actual 50, requirement ≥ 55 million VND/person/year)',
        'gap 10: expected 0, received 5',
      ],
    });
  });
});
