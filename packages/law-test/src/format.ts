import { ISSUE_MESSAGES, REGIONS, STATUS_LABELS, isIsoDate, isRegion, type IssueCode, type Region, type Status } from '@tieuchi/core';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { LawCaseError, type LawCaseErrorCode, type LawCaseProblem } from './errors.js';

/** Expected counts of a summary (criteria or indicators); give any of them. */
export interface CountsExpectation {
  readonly met?: number;
  readonly notMet?: number;
  readonly unknown?: number;
  readonly total?: number;
}

/** What a case expects of the evaluation result. Every field is optional; a case must give at least one. */
export interface LawCaseExpectation {
  /** Overall status of the unit. */
  readonly status?: Status;
  /** Criteria counts ("đạt 7/8 tiêu chí"). */
  readonly criteria?: CountsExpectation;
  /** Rows of the set's conditions (điều kiện), counted apart from the tiêu chí. */
  readonly conditions?: CountsExpectation;
  /** Indicator counts ("13/15 chỉ tiêu"). */
  readonly indicators?: CountsExpectation;
  /** Status by criterion number ("13" → unknown). */
  readonly criterion?: Readonly<Record<string, Status>>;
  /** Status by indicator code ("13.3" → unknown). */
  readonly indicator?: Readonly<Record<string, Status>>;
  /** The set version resolved for `asOf`. */
  readonly version?: string;
  /** Decisions of the amendments applied, oldest first (compared with `result.set.amendments[].decision`). */
  readonly amendments?: readonly string[];
  /** Issue codes that must be present. */
  readonly issues?: readonly IssueCode[];
  /** Issue codes that must be absent. */
  readonly noIssues?: readonly IssueCode[];
  /** Gap to the requirement by indicator code (null: not measurable). */
  readonly gap?: Readonly<Record<string, number | null>>;
  /** The region whose values applied (e.g. TDMNPB for a xã đặc biệt khó khăn). */
  readonly effectiveRegion?: Region;
  /** Score band reached, by indicator code (e.g. OCOP stars: { "TONG": "4" }). */
  readonly band?: Readonly<Record<string, string>>;
}

/** One law-test case: a unit at a date, and what the law says its result must be. */
export interface LawCase {
  /** Free text, Vietnamese welcome; unique within its file. */
  readonly name: string;
  /** Id of the criteria set to evaluate against (the case's own `set`, else the file's). */
  readonly set: string;
  /** Evaluation date, YYYY-MM-DD. */
  readonly asOf: string;
  /** The unit as an official would type it: id, name, region, zone, group, category, values… (dates as YYYY-MM-DD). */
  readonly unit: Readonly<Record<string, unknown>>;
  /** Known statuses of prerequisite sets, by set id. */
  readonly prerequisites?: Readonly<Record<string, Status>>;
  readonly expect: LawCaseExpectation;
  /** The expectations are wrong on purpose (or record a known defect): the case passes only if one of them fails. */
  readonly fails: boolean;
  /** Free-text remark (e.g. the article the case illustrates). */
  readonly note?: string;
  /** Where the case was read. */
  readonly source: { readonly file: string; readonly line?: number };
}

/** A parsed law-case file. */
export interface LawCaseFile {
  /** The file name given to the parser (or the path read). */
  readonly file: string;
  /** The file's default set id. */
  readonly set?: string;
  readonly note?: string;
  readonly cases: readonly LawCase[];
}

// ——— leaf validators: each failure carries its own code ———

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: LawCaseErrorCode; readonly message: string };

/** Describe a received value in plain words. */
export function describeValue(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (x === null) return 'nothing (an empty value)';
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 60)}…` : x);
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (x instanceof Date) return Number.isNaN(x.getTime()) ? 'an invalid date' : `the date-time ${x.toISOString()}`;
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object') return 'a mapping';
  return typeof x;
}

function leaf<T>(what: string, read: (x: unknown) => Read<T>) {
  return z.unknown().transform((x, ctx): T => {
    if (x === undefined) {
      ctx.addIssue({ code: 'custom', message: `missing ${what}`, params: { code: 'MISSING_FIELD' } });
      return z.NEVER;
    }
    const r = read(x);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message, params: { code: r.code }, input: x });
      return z.NEVER;
    }
    return r.value;
  });
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (code: LawCaseErrorCode, message: string): Read<never> => ({ ok: false, code, message });

/** A Date that stands for a calendar day (UTC midnight, as YAML timestamps and JSON dates are) as YYYY-MM-DD. */
function dayOf(d: Date): string | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : undefined;
}

const text = (what: string) =>
  leaf(what, (x) => (typeof x === 'string' && x.trim() !== '' ? ok(x) : bad('WRONG_TYPE', `expected ${what} as non-empty text, received ${describeValue(x)}`)));

const STATUS_WORDS: Readonly<Record<string, Status>> = {
  met: 'met',
  'not-met': 'not-met',
  unknown: 'unknown',
  [STATUS_LABELS.met.vi.normalize('NFC').toLowerCase()]: 'met',
  [STATUS_LABELS['not-met'].vi.normalize('NFC').toLowerCase()]: 'not-met',
  [STATUS_LABELS.unknown.vi.normalize('NFC').toLowerCase()]: 'unknown',
};

const status = leaf('status', (x) => {
  const word = typeof x === 'string' ? x.normalize('NFC').trim().toLowerCase() : undefined;
  const s = word !== undefined && Object.hasOwn(STATUS_WORDS, word) ? STATUS_WORDS[word] : undefined;
  return s !== undefined
    ? ok(s)
    : bad('INVALID_STATUS', `expected a status (met, not-met or unknown; or đạt, chưa đạt, chưa đủ dữ liệu), received ${describeValue(x)}`);
});

const date = (what: string) =>
  leaf(what, (x) => {
    if (x instanceof Date) {
      const day = dayOf(x);
      return day !== undefined ? ok(day) : bad('INVALID_DATE', `expected ${what} as a day (YYYY-MM-DD), received ${describeValue(x)}`);
    }
    return isIsoDate(x) ? ok(x) : bad('INVALID_DATE', `expected ${what} as a real date YYYY-MM-DD, received ${describeValue(x)}`);
  });

const count = leaf('count', (x) =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 ? ok(x) : bad('INVALID_COUNT', `expected a whole number ≥ 0, received ${describeValue(x)}`),
);

const gapValue = leaf('gap', (x) =>
  x === null || (typeof x === 'number' && Number.isFinite(x)) ? ok(x) : bad('INVALID_GAP', `expected a gap as a number (or null), received ${describeValue(x)}`),
);

const ISSUE_CODES = Object.keys(ISSUE_MESSAGES) as IssueCode[];
const issueCode = leaf('issue code', (x) =>
  typeof x === 'string' && (ISSUE_CODES as string[]).includes(x)
    ? ok(x as IssueCode)
    : bad('UNKNOWN_ISSUE_CODE', `expected an issue code of @tieuchi/core (e.g. PARAMETER_NOT_SUPPLIED, UNVERIFIED_VALUE), received ${describeValue(x)}`),
);

const region = leaf('region', (x) => (isRegion(x) ? ok(x) : bad('UNKNOWN_REGION', `expected a region code (${REGIONS.join(', ')}), received ${describeValue(x)}`)));

/** Version strings are usually dates; YAML 1.1 reads an unquoted date as a Date. */
const version = leaf('version', (x) => {
  if (x instanceof Date) {
    const day = dayOf(x);
    return day !== undefined ? ok(day) : bad('WRONG_TYPE', `expected a version as text, received ${describeValue(x)}`);
  }
  return typeof x === 'string' && x.trim() !== '' ? ok(x) : bad('WRONG_TYPE', `expected a version as text, received ${describeValue(x)}`);
});

/** Turn Dates inside a unit back into YYYY-MM-DD text (date inputs read text), keeping everything else as is. */
function undate(x: unknown): unknown {
  if (x instanceof Date) return dayOf(x) ?? (Number.isNaN(x.getTime()) ? String(x) : x.toISOString());
  if (Array.isArray(x)) return x.map(undate);
  if (typeof x === 'object' && x !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) Object.defineProperty(out, k, { value: undate(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return x;
}

const unit = leaf('unit', (x) =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Date)
    ? ok(undate(x) as Readonly<Record<string, unknown>>)
    : bad('WRONG_TYPE', `expected the unit as a mapping (id, name, region, values…), received ${describeValue(x)}`),
);

// ——— structure ———

const countsSchema = z.strictObject({ met: count.optional(), notMet: count.optional(), unknown: count.optional(), total: count.optional() });

const expectSchema = z.strictObject({
  status: status.optional(),
  criteria: countsSchema.optional(),
  /** Rows of the set's conditions (điều kiện), counted apart from the tiêu chí. */
  conditions: countsSchema.optional(),
  indicators: countsSchema.optional(),
  criterion: z.record(z.string(), status).optional(),
  indicator: z.record(z.string(), status).optional(),
  version: version.optional(),
  amendments: z.array(text('decision number')).optional(),
  issues: z.array(issueCode).optional(),
  noIssues: z.array(issueCode).optional(),
  gap: z.record(z.string(), gapValue).optional(),
  effectiveRegion: region.optional(),
  band: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).optional(),
});

const caseSchema = z.strictObject({
  name: text('name'),
  set: text('set id').optional(),
  asOf: date('asOf'),
  unit,
  prerequisites: z.record(z.string(), status).optional(),
  expect: expectSchema,
  fails: z.boolean().optional(),
  note: text('note').optional(),
});

const fileSchema = z.strictObject({
  set: text('set id').optional(),
  note: text('note').optional(),
  /** Named units that cases start from (`unit: { like: xa-mau, values: { "16": 64 } }`). */
  units: z.record(z.string(), unit).optional(),
  cases: z.array(caseSchema).min(1),
});

/** A case's unit with `like: <name>` completed from the file's named unit: its fields, then its values overridden. */
function completeUnit(u: Readonly<Record<string, unknown>>, units: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined): Readonly<Record<string, unknown>> {
  const like = u.like;
  if (typeof like !== 'string') return u;
  const base = units?.[like];
  if (!base) return u;
  const { like: _like, values, ...own } = u;
  const baseValues = (typeof base.values === 'object' && base.values !== null ? base.values : {}) as Record<string, unknown>;
  const ownValues = (typeof values === 'object' && values !== null ? values : {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = {};
  for (const [k, v] of [...Object.entries(baseValues), ...Object.entries(ownValues)]) {
    Object.defineProperty(merged, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return { ...base, ...own, values: merged };
}

const FIELDS = {
  file: Object.keys(fileSchema.shape),
  case: Object.keys(caseSchema.shape),
  expect: Object.keys(expectSchema.shape),
  counts: Object.keys(countsSchema.shape),
} as const;

type RawFile = z.output<typeof fileSchema>;

// ——— paths and positions ———

/** `cases[1].expect.indicator["13.3"]` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

interface Located {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** The line and column of the deepest YAML node on `path` (the entry itself, or its nearest existing parent). */
function position(src: Located | undefined, path: readonly PropertyKey[], atKey = false): { line?: number; column?: number } {
  if (!src) return {};
  let node: unknown = src.doc.contents;
  let at: Node | undefined = isScalar(node) || isMap(node) || isSeq(node) ? node : undefined;
  for (const [n, seg] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const key = isScalar(pair.key) ? pair.key : undefined;
      node = pair.value;
      at = (atKey && n === path.length - 1 ? key : undefined) ?? (pair.value as Node | null) ?? key ?? at;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      node = item;
      at = item as Node;
    } else break;
  }
  const offset = at?.range?.[0];
  if (offset === undefined) return {};
  const { line, col } = src.lines.linePos(offset);
  return { line, column: col };
}

function problem(src: Located | undefined, code: LawCaseErrorCode, path: readonly PropertyKey[], message: string): LawCaseProblem {
  return { code, path: formatPath(path), ...position(src, path, code === 'UNKNOWN_FIELD'), message };
}

function allowedFields(path: readonly PropertyKey[]): readonly string[] {
  const last = path[path.length - 1];
  if (path.length === 0) return FIELDS.file;
  if (path.length === 2 && path[0] === 'cases') return FIELDS.case;
  if (last === 'expect') return FIELDS.expect;
  if (last === 'criteria' || last === 'indicators') return FIELDS.counts;
  return [];
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: 'a mapping (key: value)',
  record: 'a mapping (key: value)',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

function fromZod(src: Located | undefined, issues: readonly z.core.$ZodIssue[]): LawCaseProblem[] {
  const out: LawCaseProblem[] = [];
  for (const i of issues) {
    const path = i.path;
    const name = path.length > 0 ? String(path[path.length - 1]) : 'file';
    const input = (i as { input?: unknown }).input;
    switch (i.code) {
      case 'custom': {
        const code = (i.params as { code?: LawCaseErrorCode } | undefined)?.code ?? 'WRONG_TYPE';
        out.push(problem(src, code, path, i.message));
        break;
      }
      case 'unrecognized_keys': {
        const allowed = allowedFields(path);
        for (const k of i.keys) {
          out.push(problem(src, 'UNKNOWN_FIELD', [...path, k], `unknown field ${JSON.stringify(k)}${allowed.length ? `; expected one of: ${allowed.join(', ')}` : ''}`));
        }
        break;
      }
      case 'invalid_type': {
        const expected = TYPE_WORDS[i.expected] ?? i.expected;
        if (input === undefined) out.push(problem(src, 'MISSING_FIELD', path, `missing ${name}`));
        else out.push(problem(src, 'WRONG_TYPE', path, `expected ${name} as ${expected}, received ${describeValue(input)}`));
        break;
      }
      case 'too_small':
        if (path.length === 1 && path[0] === 'cases') out.push(problem(src, 'NO_CASES', path, 'the file has no cases'));
        else out.push(problem(src, 'WRONG_TYPE', path, i.message));
        break;
      default:
        out.push(problem(src, 'WRONG_TYPE', path, i.message));
    }
  }
  return out;
}

/** Checks that need the whole structure: set ids, unique names, non-empty expectations. */
function semanticProblems(src: Located | undefined, raw: RawFile): LawCaseProblem[] {
  const out: LawCaseProblem[] = [];
  const seen = new Map<string, number>();
  raw.cases.forEach((c, n) => {
    const at = ['cases', n];
    const like = c.unit.like;
    if (like !== undefined && (typeof like !== 'string' || !Object.prototype.hasOwnProperty.call(raw.units ?? {}, like))) {
      out.push(problem(src, 'UNKNOWN_BASE_UNIT', [...at, 'unit', 'like'], `no unit named ${JSON.stringify(like)} under \`units:\` (known: ${Object.keys(raw.units ?? {}).join(', ') || 'none'})`));
    }
    if (c.set === undefined && raw.set === undefined) {
      out.push(problem(src, 'MISSING_FIELD', [...at, 'set'], 'missing set id: give `set:` at the top of the file or in the case'));
    }
    const first = seen.get(c.name);
    if (first !== undefined) out.push(problem(src, 'DUPLICATE_CASE_NAME', [...at, 'name'], `the name ${JSON.stringify(c.name)} is already used by cases[${first}]`));
    else seen.set(c.name, n);

    const e = c.expect;
    if (Object.values(e).every((v) => v === undefined)) {
      out.push(problem(src, 'EMPTY_EXPECTATION', [...at, 'expect'], 'the case expects nothing; give at least one of: ' + FIELDS.expect.join(', ')));
    }
    for (const k of ['criteria', 'indicators', 'conditions'] as const) {
      const counts = e[k];
      if (counts && Object.values(counts).every((v) => v === undefined)) {
        out.push(problem(src, 'EMPTY_EXPECTATION', [...at, 'expect', k], `expect.${k} gives no count; give any of: met, notMet, unknown, total`));
      }
    }
    for (const key of Object.keys(e.criterion ?? {})) {
      if (!/^(0|[1-9]\d*)$/.test(key)) out.push(problem(src, 'INVALID_CRITERION_NUMBER', [...at, 'expect', 'criterion', key], `expected a criterion number (0 for a condition block, 1, 2, … 19), received ${JSON.stringify(key)}`));
    }
    const forbidden = new Set(e.noIssues ?? []);
    (e.issues ?? []).forEach((code, j) => {
      if (forbidden.has(code)) out.push(problem(src, 'CONFLICTING_EXPECTATION', [...at, 'expect', 'issues', j], `${code} is both required (issues) and forbidden (noIssues)`));
    });
  });
  return out;
}

function toFile(src: Located | undefined, data: unknown, file: string): LawCaseFile {
  const parsed = fileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new LawCaseError(file, fromZod(src, parsed.error.issues));
  const raw = parsed.data;
  const problems = semanticProblems(src, raw);
  if (problems.length > 0) throw new LawCaseError(file, problems);
  const cases = raw.cases.map((c, n): LawCase => {
    const e = c.expect;
    const expect: LawCaseExpectation = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined));
    const line = position(src, ['cases', n]).line;
    return {
      name: c.name,
      set: (c.set ?? raw.set) as string,
      asOf: c.asOf,
      unit: completeUnit(c.unit, raw.units),
      ...(c.prerequisites !== undefined ? { prerequisites: c.prerequisites } : {}),
      expect,
      fails: c.fails ?? false,
      ...(c.note !== undefined ? { note: c.note } : {}),
      source: line !== undefined ? { file, line } : { file },
    };
  });
  return { file, ...(raw.set !== undefined ? { set: raw.set } : {}), ...(raw.note !== undefined ? { note: raw.note } : {}), cases };
}

/** Numeric keys whose spelling the number loses (`1.10` → 1.1, `013` → 13) must be quoted. */
function ambiguousKeys(src: Located): LawCaseProblem[] {
  const out: LawCaseProblem[] = [];
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = pair.key;
        if (typeof key.value === 'number' && key.source !== undefined && key.source !== String(key.value)) {
          const offset = key.range?.[0];
          const pos = offset !== undefined ? src.lines.linePos(offset) : undefined;
          out.push({
            code: 'AMBIGUOUS_KEY',
            path: formatPath([...path, String(key.value)]),
            ...(pos ? { line: pos.line, column: pos.col } : {}),
            message: `the key ${key.source} reads as the number ${String(key.value)}; write it in quotes: "${key.source}"`,
          });
        }
        walk(pair.value, [...path, String(key.value)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, n) => walk(item, [...path, n]));
    }
  };
  walk(src.doc.contents, []);
  return out;
}

/**
 * Parse a law-case file (YAML 1.2; JSON is YAML too). Throws a {@link LawCaseError} naming the file, the path and the
 * line of every bad entry. A document that starts with `%YAML 1.1` reads unquoted dates as timestamps; they are accepted
 * and normalised to YYYY-MM-DD.
 */
export function parseLawCases(text: string, fileName = '(inline)'): LawCaseFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new LawCaseError(
      fileName,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
        return { code: 'YAML_SYNTAX' as const, path: '', ...(pos ? { line: pos.line, column: pos.col } : {}), message: `${e.message} (${e.code})` };
      }),
    );
  }
  const src = { doc, lines };
  const ambiguous = ambiguousKeys(src);
  if (ambiguous.length > 0) throw new LawCaseError(fileName, ambiguous);
  return toFile(src, doc.toJS({ maxAliasCount: 100 }), fileName);
}

/**
 * Validate law cases that are already data (e.g. from `JSON.parse`, or a YAML loader that yields Dates).
 * Throws a {@link LawCaseError} like {@link parseLawCases}, without line numbers.
 */
export function lawCasesFromData(data: unknown, fileName = '(data)'): LawCaseFile {
  return toFile(undefined, data, fileName);
}
