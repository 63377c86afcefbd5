/**
 * @tieuchi/law-test/vitest — register law-case files as vitest suites: one `describe` per file, one `it` per case.
 * @packageDocumentation
 */
import { describe, it } from 'vitest';
import { registerLawCases, type LawCasePath, type SetResolver } from './index.js';

/**
 * Register the law cases in the given files, directories (every `.yaml`/`.yml`/`.json` under them) or globs, as vitest
 * suites. Each file becomes a `describe` titled with its path, each case an `it` titled with its name, failing with
 * the failure lines ("criterion 13: expected met, received unknown"). A malformed file becomes one failing test with
 * its coded problems; paths that match no file throw at collection. Call it at the top level of a test file.
 *
 * @example
 * ```ts
 * import { resolveFromSets } from '@tieuchi/law-test';
 * import { describeLawCases } from '@tieuchi/law-test/vitest';
 * import { xaNtm } from '../src/index.js';
 *
 * describeLawCases(new URL('./cases/', import.meta.url), resolveFromSets([xaNtm]));
 * ```
 */
export function describeLawCases(pathsOrGlobDir: LawCasePath | readonly LawCasePath[], resolveSet: SetResolver): void {
  registerLawCases(pathsOrGlobDir, resolveSet, { describe, it });
}

export type { LawCasePath, SetResolver } from './index.js';
