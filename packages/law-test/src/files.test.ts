import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LawCaseError, findLawCaseFiles, loadLawCases } from './index.js';

const CASE = 'set: s/x\ncases:\n  - { name: a, asOf: 2024-01-01, unit: { id: a }, expect: { status: met } }\n';
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-test-'));
  mkdirSync(join(dir, 'cases', 'nested'), { recursive: true });
  mkdirSync(join(dir, 'cases', 'node_modules'), { recursive: true });
  writeFileSync(join(dir, 'cases', 'a.yaml'), CASE);
  writeFileSync(join(dir, 'cases', 'b.yml'), `\uFEFF${CASE}`);
  writeFileSync(join(dir, 'cases', 'nested', 'c.json'), JSON.stringify({ set: 's/x', cases: [{ name: 'c', asOf: '2024-01-01', unit: { id: 'a' }, expect: { status: 'met' } }] }));
  writeFileSync(join(dir, 'cases', 'notes.md'), '# not a case file');
  writeFileSync(join(dir, 'cases', 'node_modules', 'x.yaml'), CASE);
  writeFileSync(join(dir, 'bad.yaml'), 'set: s/x\ncases:\n  - { name: a }\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadLawCases', () => {
  it('reads a file by path or URL, skipping a byte-order mark', () => {
    expect(loadLawCases(join(dir, 'cases', 'b.yml')).cases[0]?.source).toEqual({ file: join(dir, 'cases', 'b.yml'), line: 3 });
    expect(loadLawCases(pathToFileURL(join(dir, 'cases', 'a.yaml'))).file).toBe(join(dir, 'cases', 'a.yaml'));
  });

  it('names the file in its errors', () => {
    const bad = join(dir, 'bad.yaml');
    expect(() => loadLawCases(bad)).toThrow(LawCaseError);
    expect(() => loadLawCases(bad)).toThrow(`${bad}:3:5 cases[0].asOf: missing asOf [MISSING_FIELD]`);
    expect(() => loadLawCases(join(dir, 'none.yaml'))).toThrow(expect.objectContaining({ code: 'FILE_NOT_READABLE', file: join(dir, 'none.yaml') }));
  });
});

describe('findLawCaseFiles', () => {
  it('lists case files under a directory, sorted, skipping node_modules and other files', () => {
    expect(findLawCaseFiles(join(dir, 'cases'))).toEqual([join(dir, 'cases', 'a.yaml'), join(dir, 'cases', 'b.yml'), join(dir, 'cases', 'nested', 'c.json')]);
  });

  it('expands globs and merges lists without repeats', () => {
    expect(findLawCaseFiles(join(dir, 'cases', '*.yaml'))).toEqual([join(dir, 'cases', 'a.yaml')]);
    expect(findLawCaseFiles(join(dir, '**', '*.{yml,json}'))).toEqual([join(dir, 'cases', 'b.yml'), join(dir, 'cases', 'nested', 'c.json')]);
    expect(findLawCaseFiles([join(dir, 'cases', 'a.yaml'), join(dir, 'cases', '?.yaml'), pathToFileURL(join(dir, 'bad.yaml'))])).toEqual([
      join(dir, 'bad.yaml'),
      join(dir, 'cases', 'a.yaml'),
    ]);
  });

  it('throws rather than find nothing', () => {
    expect(() => findLawCaseFiles(join(dir, 'cases', '*.toml'))).toThrow(expect.objectContaining({ code: 'NO_CASE_FILES' }));
    expect(() => findLawCaseFiles(join(dir, 'missing'))).toThrow(expect.objectContaining({ code: 'FILE_NOT_READABLE' }));
    expect(() => findLawCaseFiles([])).toThrow(expect.objectContaining({ code: 'NO_CASE_FILES' }));
  });
});
