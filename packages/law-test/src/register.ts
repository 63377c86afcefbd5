import { relative } from 'node:path';
import { findLawCaseFiles, loadLawCases, type LawCasePath } from './files.js';
import type { LawCaseFile } from './format.js';
import { runLawCase, type SetResolver } from './run.js';

/** The two functions of a test runner that {@link registerLawCases} needs (vitest, jest and node:test have them). */
export interface TestApi {
  readonly describe: (name: string, body: () => void) => unknown;
  readonly it: (name: string, body: () => void) => unknown;
}

/**
 * Register law-case files with a test runner: one `describe` per file (titled with its path relative to the working
 * directory), one `it` per case (titled with its name) that throws with the failure lines. A malformed file becomes
 * one failing test carrying its {@link LawCaseError}; paths that match no file throw at once. `@tieuchi/law-test/vitest`
 * binds this to vitest.
 */
export function registerLawCases(pathsOrGlobDir: LawCasePath | readonly LawCasePath[], resolveSet: SetResolver, api: TestApi): void {
  for (const path of findLawCaseFiles(pathsOrGlobDir)) {
    const title = relative(process.cwd(), path) || path;
    let file: LawCaseFile;
    try {
      file = loadLawCases(path);
    } catch (e) {
      api.describe(title, () => {
        api.it('is a valid law-case file', () => {
          throw e;
        });
      });
      continue;
    }
    const cases = file.cases;
    api.describe(title, () => {
      for (const c of cases) {
        api.it(c.name, () => {
          const outcome = runLawCase(c, resolveSet);
          if (outcome.passed) return;
          const at = c.source.line !== undefined ? `${title}:${c.source.line}` : title;
          const got = outcome.result ? `\n  result: ${outcome.result.summary.text.en}; status ${outcome.result.status}` : '';
          const error = new Error(`law case "${c.name}" (${at}) failed:\n${outcome.failures.map((f) => `  - ${f}`).join('\n')}${got}`);
          error.name = 'LawCaseFailure';
          throw error;
        });
      }
    });
  }
}
