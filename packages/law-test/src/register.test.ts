import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSet } from '../../core/test/fixture.js';
import { registerLawCases, resolveFromSets, type TestApi } from './index.js';

/** A fake runner that records what is registered and runs each test, keeping its error. */
function record(): { api: TestApi; tests: { suite: string; name: string; error?: Error }[] } {
  const tests: { suite: string; name: string; error?: Error }[] = [];
  let suite = '';
  const api: TestApi = {
    describe: (name, body) => {
      suite = name;
      body();
    },
    it: (name, body) => {
      try {
        body();
        tests.push({ suite, name });
      } catch (e) {
        tests.push({ suite, name, error: e as Error });
      }
    },
  };
  return { api, tests };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-test-register-'));
  writeFileSync(
    join(dir, 'a.yaml'),
    `set: test-1-2022/xa-demo
cases:
  - name: right
    asOf: 2025-03-01
    unit: { id: d, region: BTB, values: { "10": 50 } }
    expect: { indicator: { "10": not-met } }
  - name: wrong
    asOf: 2025-03-01
    unit: { id: d, region: BTB, values: { "10": 50 } }
    expect: { indicator: { "10": met }, gap: { "10": 0 } }
  - name: unknown set
    set: nope/none
    asOf: 2025-03-01
    unit: { id: d }
    expect: { status: met }
`,
  );
  writeFileSync(join(dir, 'b.yaml'), 'set: x\ncases:\n  - { name: 1 }\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('registerLawCases (what describeLawCases does with vitest)', () => {
  it('registers one suite per file and one test per case, failing with the failure lines', () => {
    const { api, tests } = record();
    registerLawCases(dir, resolveFromSets([testSet]), api);
    const a = relative(process.cwd(), join(dir, 'a.yaml'));
    const b = relative(process.cwd(), join(dir, 'b.yaml'));
    expect(tests.map((t) => [t.suite, t.name, t.error?.name])).toEqual([
      [a, 'right', undefined],
      [a, 'wrong', 'LawCaseFailure'],
      [a, 'unknown set', 'LawCaseFailure'],
      [b, 'is a valid law-case file', 'LawCaseError'],
    ]);
    expect(tests[1]?.error?.message).toBe(
      `law case "wrong" (${a}:7) failed:\n` +
        '  - indicator 10: expected met, received not-met (actual 50, requirement ≥ 55 million VND/person/year)\n' +
        '  - gap 10: expected 0, received 5\n' +
        '  result: Met 0/8 criteria, 0/15 indicators; status not-met',
    );
    expect(tests[2]?.error?.message).toBe(`law case "unknown set" (${a}:11) failed:\n  - set: expected criteria set nope/none in force on 2025-03-01, received none from resolveSet`);
    expect(tests[3]?.error?.message).toContain(`${join(dir, 'b.yaml')}:3:13 cases[0].name: expected name as non-empty text, received 1 [WRONG_TYPE]`);
  });

  it('throws at once when the paths match no file', () => {
    expect(() => registerLawCases(join(dir, '*.toml'), resolveFromSets([testSet]), record().api)).toThrow(expect.objectContaining({ code: 'NO_CASE_FILES' }));
  });
});
