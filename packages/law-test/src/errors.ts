/** Codes of problems in a law-case file. */
export type LawCaseErrorCode =
  /** The text is not valid YAML (or JSON). */
  | 'YAML_SYNTAX'
  /** A numeric key lost its spelling when read (`1.10:` reads as 1.1): write the code in quotes. */
  | 'AMBIGUOUS_KEY'
  /** The file could not be read. */
  | 'FILE_NOT_READABLE'
  /** No law-case files were found at the given paths. */
  | 'NO_CASE_FILES'
  /** A required field is missing (a case without `name`, `asOf`, `unit`, `expect` or `set`). */
  | 'MISSING_FIELD'
  /** A field has the wrong kind of value (a list where a mapping is needed, a number where text is needed…). */
  | 'WRONG_TYPE'
  /** A field that the format does not know (often a typo: `critera:`). */
  | 'UNKNOWN_FIELD'
  /** The file has no cases. */
  | 'NO_CASES'
  /** A case's unit says `like: name` but the file has no unit of that name under `units:`. */
  | 'UNKNOWN_BASE_UNIT'
  /** Two cases have the same name. */
  | 'DUPLICATE_CASE_NAME'
  /** A status word other than met / not-met / unknown (or đạt / chưa đạt / chưa đủ dữ liệu). */
  | 'INVALID_STATUS'
  /** A date that is not a real YYYY-MM-DD date. */
  | 'INVALID_DATE'
  /** A count that is not a whole number ≥ 0. */
  | 'INVALID_COUNT'
  /** A criterion number that is not a whole number. */
  | 'INVALID_CRITERION_NUMBER'
  /** A gap that is not a finite number (or null). */
  | 'INVALID_GAP'
  /** An issue code the evaluator does not have. */
  | 'UNKNOWN_ISSUE_CODE'
  /** A region code other than the seven (TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL). */
  | 'UNKNOWN_REGION'
  /** A case (or a count block) that expects nothing. */
  | 'EMPTY_EXPECTATION'
  /** The same issue code is both required and forbidden. */
  | 'CONFLICTING_EXPECTATION';

/** One problem in a law-case file. */
export interface LawCaseProblem {
  readonly code: LawCaseErrorCode;
  /** Path of the bad entry, e.g. `cases[1].expect.criterion["13"]`; empty for the whole file. */
  readonly path: string;
  /** 1-based line and column in the file, when known. */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

function where(file: string, p: LawCaseProblem): string {
  const pos = p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : '';
  return `${file}${pos}${p.path ? ` ${p.path}` : ''}: ${p.message} [${p.code}]`;
}

/**
 * A law-case file that cannot be read or is malformed. Lists every problem found, each with its code, path and line;
 * `code` and `path` are those of the first.
 */
export class LawCaseError extends Error {
  override readonly name = 'LawCaseError';
  readonly code: LawCaseErrorCode;
  readonly file: string;
  readonly path: string;
  readonly line: number | undefined;
  readonly problems: readonly LawCaseProblem[];

  constructor(file: string, problems: readonly LawCaseProblem[]) {
    const first = problems[0] ?? { code: 'YAML_SYNTAX' as const, path: '', message: 'unknown problem' };
    const head = problems.length === 1 ? `Invalid law-case file ${file}` : `Invalid law-case file ${file} (${problems.length} problems)`;
    super(`${head}:\n${problems.map((p) => `  ${where(file, p)}`).join('\n')}`);
    this.code = first.code;
    this.file = file;
    this.path = first.path;
    this.line = first.line;
    this.problems = problems;
  }
}
