import { describe, expect, it } from 'vitest';
import { LawCaseError, lawCasesFromData, parseLawCases, type LawCaseProblem } from './index.js';

const VALID = `
set: test-1-2022/xa-demo
cases:
  - name: "Xã A: đạt 7/8 tiêu chí"
    asOf: 2024-05-01
    unit: { id: xa-a, name: Xã A, region: BTB, zone: vung-1, group: 2, category: [], values: { "1.1": true, "10": 50 } }
    prerequisites: { other-set/id: met }
    expect:
      status: not-met
      criteria: { met: 7, total: 8 }
      indicators: { met: 13, total: 15 }
      criterion: { "13": unknown, "2": met }
      indicator: { "13.3": unknown, "10": met }
      version: "2022-02-01"
      amendments: ["211/QĐ-TTg"]
      issues: [PARAMETER_NOT_SUPPLIED]
      noIssues: [UNVERIFIED_VALUE]
      gap: { "10": 5 }
      effectiveRegion: TDMNPB
`;

/** The problems of a parse that must fail. */
function problemsOf(text: string, file = 'cases.yaml'): readonly LawCaseProblem[] {
  try {
    parseLawCases(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(LawCaseError);
    const err = e as LawCaseError;
    expect(err.file).toBe(file);
    expect(err.message).toContain(file);
    expect(err.code).toBe(err.problems[0]?.code);
    expect(err.path).toBe(err.problems[0]?.path);
    return err.problems;
  }
  throw new Error('expected a LawCaseError');
}

const oneCase = (body: string, top = 'set: s/x\n'): string => `${top}cases:\n  - ${body.trim().split('\n').join('\n    ')}\n`;

describe('parseLawCases', () => {
  it('reads every field of the format', () => {
    const f = parseLawCases(VALID, 'demo.yaml');
    expect(f.file).toBe('demo.yaml');
    expect(f.set).toBe('test-1-2022/xa-demo');
    expect(f.cases).toHaveLength(1);
    const c = f.cases[0]!;
    expect(c).toMatchObject({
      name: 'Xã A: đạt 7/8 tiêu chí',
      set: 'test-1-2022/xa-demo',
      asOf: '2024-05-01',
      fails: false,
      prerequisites: { 'other-set/id': 'met' },
      source: { file: 'demo.yaml', line: 4 },
    });
    expect(c.unit).toEqual({ id: 'xa-a', name: 'Xã A', region: 'BTB', zone: 'vung-1', group: 2, category: [], values: { '1.1': true, '10': 50 } });
    expect(c.expect).toEqual({
      status: 'not-met',
      criteria: { met: 7, total: 8 },
      indicators: { met: 13, total: 15 },
      criterion: { '13': 'unknown', '2': 'met' },
      indicator: { '13.3': 'unknown', '10': 'met' },
      version: '2022-02-01',
      amendments: ['211/QĐ-TTg'],
      issues: ['PARAMETER_NOT_SUPPLIED'],
      noIssues: ['UNVERIFIED_VALUE'],
      gap: { '10': 5 },
      effectiveRegion: 'TDMNPB',
    });
  });

  it('lets a case override the file set, and needs a set somewhere', () => {
    const f = parseLawCases(oneCase(`name: x\nset: other/set\nasOf: 2024-01-01\nunit: { id: a }\nexpect: { status: met }`));
    expect(f.cases[0]?.set).toBe('other/set');
    const p = problemsOf(oneCase(`name: x\nasOf: 2024-01-01\nunit: { id: a }\nexpect: { status: met }`, ''));
    expect(p).toEqual([expect.objectContaining({ code: 'MISSING_FIELD', path: 'cases[0].set', line: 2 })]);
  });

  it('accepts the Vietnamese status words', () => {
    const f = parseLawCases(oneCase(`name: x\nasOf: 2024-01-01\nunit: { id: a }\nexpect: { criterion: { "1": Đạt, "2": chưa đạt, "3": Chưa đủ dữ liệu } }`));
    expect(f.cases[0]?.expect.criterion).toEqual({ '1': 'met', '2': 'not-met', '3': 'unknown' });
  });

  it('reports bad YAML with its line', () => {
    const p = problemsOf('set: s/x\ncases:\n  - name: "unterminated\n    asOf: [2024\n');
    expect(p.length).toBeGreaterThan(0);
    expect(p[0]).toMatchObject({ code: 'YAML_SYNTAX', path: '' });
    expect(p[0]?.line).toBeGreaterThan(0);
  });

  it('reports a duplicate key as bad YAML (a value would silently be lost)', () => {
    const p = problemsOf(oneCase(`name: x\nasOf: 2024-01-01\nunit: { id: a, values: { "10": 1, "10": 2 } }\nexpect: { status: met }`));
    expect(p[0]).toMatchObject({ code: 'YAML_SYNTAX', line: 5 });
    expect(p[0]?.message).toMatch(/unique/);
  });

  it('reports a missing name with the file, path and line', () => {
    const text = oneCase(`asOf: 2024-01-01\nunit: { id: a }\nexpect: { status: met }`);
    const p = problemsOf(text, 'missing-name.yaml');
    expect(p).toEqual([{ code: 'MISSING_FIELD', path: 'cases[0].name', line: 3, column: 5, message: 'missing name' }]);
    expect(() => parseLawCases(text, 'missing-name.yaml')).toThrow('missing-name.yaml:3:5 cases[0].name: missing name [MISSING_FIELD]');
  });

  it('reports a bad status word at its path', () => {
    const p = problemsOf(oneCase(`name: x\nasOf: 2024-01-01\nunit: { id: a }\nexpect:\n  status: meet\n  criterion: { "13": unknwn }`));
    expect(p.map((x) => [x.code, x.path, x.line])).toEqual([
      ['INVALID_STATUS', 'cases[0].expect.status', 7],
      ['INVALID_STATUS', 'cases[0].expect.criterion["13"]', 8],
    ]);
    expect(p[0]?.message).toBe('expected a status (met, not-met or unknown; or đạt, chưa đạt, chưa đủ dữ liệu), received "meet"');
  });

  it('reports bad dates', () => {
    const p = problemsOf(`set: s/x\ncases:\n  - { name: a, asOf: 2024-02-30, unit: { id: a }, expect: { status: met } }\n  - { name: b, asOf: 01/05/2024, unit: { id: a }, expect: { status: met } }\n  - { name: c, asOf: 20240501, unit: { id: a }, expect: { status: met } }\n`);
    expect(p.map((x) => [x.code, x.path, x.line])).toEqual([
      ['INVALID_DATE', 'cases[0].asOf', 3],
      ['INVALID_DATE', 'cases[1].asOf', 4],
      ['INVALID_DATE', 'cases[2].asOf', 5],
    ]);
    expect(p[0]?.message).toBe('expected asOf as a real date YYYY-MM-DD, received "2024-02-30"');
    expect(p[2]?.message).toBe('expected asOf as a real date YYYY-MM-DD, received 20240501');
  });

  it('reports unknown fields (typos) with the fields it expects', () => {
    const p = problemsOf(oneCase(`name: x\nasOf: 2024-01-01\nunit: { id: a }\nexpect: { critera: { met: 1 }, criteria: { mett: 2 } }`));
    expect(p.map((x) => [x.code, x.path])).toEqual([
      ['UNKNOWN_FIELD', 'cases[0].expect.criteria.mett'],
      ['UNKNOWN_FIELD', 'cases[0].expect.critera'],
    ]);
    expect(p[1]?.message).toContain('expected one of: status, criteria, conditions, indicators, criterion, indicator, version');
  });

  it('reports wrong kinds of values, counts, issue codes, regions and gaps', () => {
    const p = problemsOf(
      oneCase(`name: 12\nasOf: 2024-01-01\nunit: [a]\nexpect:\n  criteria: { met: -1, total: 7.5 }\n  issues: [PARAMETER_NOT_SUPLIED]\n  effectiveRegion: MienBac\n  gap: { "10": "5" }\n  indicator: [met]`),
    );
    expect(p.map((x) => [x.code, x.path])).toEqual([
      ['WRONG_TYPE', 'cases[0].name'],
      ['WRONG_TYPE', 'cases[0].unit'],
      ['INVALID_COUNT', 'cases[0].expect.criteria.met'],
      ['INVALID_COUNT', 'cases[0].expect.criteria.total'],
      ['WRONG_TYPE', 'cases[0].expect.indicator'],
      ['UNKNOWN_ISSUE_CODE', 'cases[0].expect.issues[0]'],
      ['INVALID_GAP', 'cases[0].expect.gap["10"]'],
      ['UNKNOWN_REGION', 'cases[0].expect.effectiveRegion'],
    ]);
    expect(p.find((x) => x.path === 'cases[0].expect.indicator')?.message).toBe('expected indicator as a mapping (key: value), received a list');
  });

  it('reports an empty file, a file without cases, empty expectations, duplicate names and bad criterion numbers', () => {
    expect(problemsOf('')).toEqual([expect.objectContaining({ code: 'WRONG_TYPE', path: '' })]);
    expect(problemsOf('set: s/x\ncases: []\n')).toEqual([expect.objectContaining({ code: 'NO_CASES', path: 'cases', line: 2 })]);
    expect(problemsOf('set: s/x\n')).toEqual([expect.objectContaining({ code: 'MISSING_FIELD', path: 'cases' })]);
    const p = problemsOf(
      `set: s/x\ncases:\n  - { name: a, asOf: 2024-01-01, unit: { id: a }, expect: {} }\n  - { name: a, asOf: 2024-01-01, unit: { id: a }, expect: { criteria: {}, criterion: { "1.1": met }, issues: [MISSING_REGION], noIssues: [MISSING_REGION] } }\n`,
    );
    expect(p.map((x) => [x.code, x.path, x.line])).toEqual([
      ['EMPTY_EXPECTATION', 'cases[0].expect', 3],
      ['DUPLICATE_CASE_NAME', 'cases[1].name', 4],
      ['EMPTY_EXPECTATION', 'cases[1].expect.criteria', 4],
      ['INVALID_CRITERION_NUMBER', 'cases[1].expect.criterion["1.1"]', 4],
      ['CONFLICTING_EXPECTATION', 'cases[1].expect.issues[0]', 4],
    ]);
  });

  it('refuses numeric keys that lose their spelling (1.10 would read as 1.1)', () => {
    const p = problemsOf(oneCase(`name: x\nasOf: 2024-01-01\nunit: { id: a, values: { 1.10: 5, 10: 1 } }\nexpect: { indicator: { 1.10: met } }`));
    expect(p.map((x) => [x.code, x.path, x.line])).toEqual([
      ['AMBIGUOUS_KEY', 'cases[0].unit.values["1.1"]', 5],
      ['AMBIGUOUS_KEY', 'cases[0].expect.indicator["1.1"]', 6],
    ]);
    expect(p[0]?.message).toBe('the key 1.10 reads as the number 1.1; write it in quotes: "1.10"');
    // Unquoted keys that keep their spelling are fine.
    expect(parseLawCases(oneCase(`name: x\nasOf: 2024-01-01\nunit: { id: a, values: { 1.1: true, 10: 5 } }\nexpect: { indicator: { 13.3: met } }`)).cases[0]?.unit).toEqual({
      id: 'a',
      values: { '1.1': true, '10': 5 },
    });
  });

  it('reads JSON too', () => {
    const f = parseLawCases(JSON.stringify({ set: 's/x', cases: [{ name: 'j', asOf: '2024-01-01', unit: { id: 'a' }, expect: { status: 'met' } }] }), 'cases.json');
    expect(f.cases[0]).toMatchObject({ name: 'j', set: 's/x', asOf: '2024-01-01', source: { file: 'cases.json', line: 1 } });
  });
});

describe('dates that YAML reads as Date', () => {
  const YAML_1_1 = `%YAML 1.1
---
set: test-1-2022/xa-ho-so
cases:
  - name: timestamps
    asOf: 2024-05-01
    unit: { id: a, values: { "1": 2016-03-15 } }
    expect: { version: 2022-02-01 }
`;

  it('accepts them and normalises asOf, version and unit values to YYYY-MM-DD', () => {
    const c = parseLawCases(YAML_1_1, 'v11.yaml').cases[0]!;
    expect(c.asOf).toBe('2024-05-01');
    expect(c.expect.version).toBe('2022-02-01');
    expect(c.unit).toEqual({ id: 'a', values: { '1': '2016-03-15' } });
  });

  it('accepts Date objects from other loaders', () => {
    const f = lawCasesFromData({ set: 's/x', cases: [{ name: 'd', asOf: new Date(Date.UTC(2024, 4, 1)), unit: { id: 'a' }, expect: { status: 'met' } }] }, 'from-js-yaml');
    expect(f.cases[0]).toMatchObject({ asOf: '2024-05-01', source: { file: 'from-js-yaml' } });
  });

  it('refuses a date-time for asOf, and invalid dates', () => {
    const at = (asOf: unknown) => {
      try {
        lawCasesFromData({ set: 's/x', cases: [{ name: 'd', asOf, unit: { id: 'a' }, expect: { status: 'met' } }] }, 'data');
      } catch (e) {
        return (e as LawCaseError).problems;
      }
      return [];
    };
    expect(at(new Date('2024-05-01T10:00:00Z'))).toEqual([
      { code: 'INVALID_DATE', path: 'cases[0].asOf', message: 'expected asOf as a day (YYYY-MM-DD), received the date-time 2024-05-01T10:00:00.000Z' },
    ]);
    expect(at(new Date('nope'))).toEqual([expect.objectContaining({ code: 'INVALID_DATE', message: 'expected asOf as a day (YYYY-MM-DD), received an invalid date' })]);
  });
});
