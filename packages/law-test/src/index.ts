/**
 * @tieuchi/law-test — jurist-readable law-test cases (a unit, a date, its inputs → the statuses the law gives) and a
 * runner. The vitest helper is in `@tieuchi/law-test/vitest`.
 * @packageDocumentation
 */
export { LawCaseError } from './errors.js';
export type { LawCaseErrorCode, LawCaseProblem } from './errors.js';
export { parseLawCases, lawCasesFromData, formatPath, describeValue } from './format.js';
export type { LawCase, LawCaseFile, LawCaseExpectation, CountsExpectation } from './format.js';
export { loadLawCases, findLawCaseFiles } from './files.js';
export type { LawCasePath } from './files.js';
export { runLawCase, runLawCases, compareWithExpectation } from './run.js';
export type { LawCaseOutcome, SetResolver } from './run.js';
export { resolveFromSets } from './resolve.js';
export { registerLawCases } from './register.js';
export type { TestApi } from './register.js';
