import type { CitationPatch } from '../citation/citation.js';
import { normalise, seal, type CriteriaSet, type SetInput } from '../definition/define.js';
import { CriteriaSetError, type DefinitionProblem } from '../definition/errors.js';
import type { Criterion, Indicator } from '../definition/model.js';
import { validateSet } from '../definition/validate.js';
import { isForbiddenKey } from '../evaluate/check-value.js';
import type { Input } from '../input/input.js';
import type { Rule } from '../rule/rule.js';
import { cap, formatPath, problemsFromIssues, show } from './problems.js';
import { setData, type SetData } from './structure.js';

/**
 * The code behind a custom rule of a set loaded from JSON, found by the rule's `name`.
 * `null` means "cannot decide" (the indicator is unknown). The value's type is the indicator's input value.
 */
export type Predicate = (value: never, params: Readonly<Record<string, number>>) => boolean | null;

/** Options of {@link fromJSON}. */
export interface FromJSONOptions {
  /** Predicates of the set's custom rules, by rule name (e.g. `{ 'qd-318-2022/truong-hoc': test }`). */
  readonly predicates?: Readonly<Record<string, Predicate>>;
}

/** Deeper than any real set (a value tree is a few levels); guards the recursion of the checks. */
const MAX_DEPTH = 64;
const UNKNOWN_SET = '(unknown)';

function fail(setId: string, problems: DefinitionProblem[]): never {
  throw new CriteriaSetError(setId, cap(problems));
}

function invalidJson(path: string, vi: string, en: string): DefinitionProblem {
  return { code: 'INVALID_JSON', path, message: { vi, en } };
}

/**
 * Checks that `data` is plain JSON data: no forbidden keys (`__proto__`, `constructor`, `prototype`) anywhere,
 * no cycles, no functions, dates or class instances, and not absurdly deep. Runs before zod, whose copies of
 * records would otherwise write a `__proto__` key onto an object.
 */
function checkPlain(root: unknown): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const ancestors = new Set<object>();
  const walk = (x: unknown, segments: PropertyKey[]): void => {
    if (problems.length > 200) return;
    if (x === null || x === undefined || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return;
    const path = formatPath(segments, root);
    if (typeof x !== 'object') {
      problems.push(invalidJson(path, `Giá trị kiểu ${typeof x} không phải dữ liệu JSON`, `A ${typeof x} is not JSON data`));
      return;
    }
    if (ancestors.has(x)) {
      problems.push(invalidJson(path, 'Dữ liệu tham chiếu vòng', 'Circular reference'));
      return;
    }
    if (segments.length > MAX_DEPTH) {
      problems.push(invalidJson(path, `Dữ liệu lồng nhau quá sâu (hơn ${MAX_DEPTH} mức)`, `Nested more than ${MAX_DEPTH} levels deep`));
      return;
    }
    const proto = Object.getPrototypeOf(x) as unknown;
    if (!Array.isArray(x) && proto !== Object.prototype && proto !== null) {
      problems.push(invalidJson(path, 'Đối tượng không phải dữ liệu JSON thuần', 'Not a plain JSON object'));
      return;
    }
    ancestors.add(x);
    if (Array.isArray(x)) x.forEach((v, n) => walk(v, [...segments, n]));
    else {
      for (const k of Object.keys(x)) {
        if (isForbiddenKey(k)) {
          problems.push({ code: 'INVALID_JSON', path: formatPath([...segments, k], root), message: { vi: `Khóa "${k}" không được phép`, en: `Key "${k}" is not allowed` } });
        } else walk((x as Record<string, unknown>)[k], [...segments, k]);
      }
    }
    ancestors.delete(x);
  };
  walk(root, []);
  return problems;
}

function readableId(data: unknown): string {
  if (typeof data !== 'object' || data === null || !Object.prototype.hasOwnProperty.call(data, 'id')) return UNKNOWN_SET;
  const id = (data as { id: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : UNKNOWN_SET;
}

function buildRule(
  rule: SetData['criteria'][number]['indicators'][number]['rule'],
  predicates: Readonly<Record<string, Predicate>>,
): { rule: Rule; missing: boolean } {
  if (rule.type !== 'custom') return { rule: rule as Rule, missing: false };
  const test = Object.prototype.hasOwnProperty.call(predicates, rule.name) ? predicates[rule.name] : undefined;
  const base = { type: 'custom' as const, name: rule.name, description: rule.description, params: rule.params ?? {} };
  if (typeof test !== 'function') return { rule: base as unknown as Rule, missing: true };
  return { rule: { ...base, test } as unknown as Rule, missing: false };
}

/**
 * Load a criteria set from JSON: the object produced by {@link toData} (or `JSON.parse(canonicalJSON(set))`),
 * or its JSON text. Lets agencies without TypeScript author a set.
 *
 * The structure is checked first (every node: labels, citations, inputs, rules, value trees); then the set is
 * built and sealed exactly as `defineSet` does, so the same checks of meaning run (coverage of regions, years,
 * zones and groups, duplicates, rule/input agreement…). A custom rule's predicate is found by the rule's name in
 * `options.predicates`. Collections left out default as in `defineSet`; `applicability` defaults to "always"
 * and `combine` to all. A `fingerprint` key, if present, must match the content.
 *
 * @throws {@link CriteriaSetError} naming the set (when its id is readable), each problem's code, path and
 * indicator, in Vietnamese and English: `INVALID_JSON` for text that is not JSON, a forbidden key
 * (`__proto__`, `constructor`, `prototype`) or a structural problem without a more specific code;
 * `MISSING_PREDICATE` for a custom rule whose predicate was not supplied; and any code of `defineSet`.
 */
export function fromJSON(data: unknown, options: FromJSONOptions = {}): CriteriaSet {
  let raw = data;
  if (typeof data === 'string') {
    try {
      raw = JSON.parse(data) as unknown;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      fail(UNKNOWN_SET, [invalidJson('', `Không đọc được JSON: ${why}`, `Not valid JSON: ${why}`)]);
    }
  }
  const setId = readableId(raw);

  const plain = checkPlain(raw);
  if (plain.length > 0) fail(setId, plain);

  const parsed = setData.safeParse(raw, { reportInput: true });
  if (!parsed.success) fail(setId, problemsFromIssues(parsed.error.issues, raw));
  const d = parsed.data;

  const predicates = options.predicates ?? {};
  const missing: DefinitionProblem[] = [];
  const criteria: Criterion[] = d.criteria.map((c, ci) => {
    const indicators: Indicator[] = c.indicators.map((i, ii) => {
      const built = buildRule(i.rule, predicates);
      if (built.missing && i.rule.type === 'custom') {
        missing.push({
          code: 'MISSING_PREDICATE',
          path: `criteria[${ci}].indicators[${ii}].rule`,
          at: i.code,
          message: {
            vi: `Chỉ tiêu ${i.code}: chưa cung cấp hàm kiểm tra cho quy tắc tùy biến ${show(i.rule.name)} (options.predicates)`,
            en: `Indicator ${i.code}: no predicate supplied for custom rule ${show(i.rule.name)} (options.predicates)`,
          },
        });
      }
      return {
        code: i.code,
        label: i.label,
        input: i.input as Input,
        rule: built.rule,
        applicability: i.applicability ?? 'always',
        ...(i.source ? { source: i.source as CitationPatch } : {}),
      };
    });
    return {
      number: c.number,
      ...(c.role === 'condition' ? { role: 'condition' as const } : {}),
      label: c.label,
      ...(c.group !== undefined ? { group: c.group } : {}),
      combine: c.combine ?? { type: 'all' },
      indicators,
      ...(c.source ? { source: c.source as CitationPatch } : {}),
    };
  });

  const { fingerprint, categoryOrder, ...rest } = d;
  // Canonical JSON sorts keys; the declared order of categories (the first declared one wins) travels beside them.
  if (categoryOrder !== undefined && rest.categories !== undefined) {
    const keys = Object.keys(rest.categories);
    if (categoryOrder.length !== keys.length || new Set(categoryOrder).size !== keys.length || !categoryOrder.every((k) => keys.includes(k))) {
      fail(setId, [invalidJson('categoryOrder', '"categoryOrder" phải liệt kê đúng các loại đơn vị đã khai báo', '"categoryOrder" must list exactly the declared categories')]);
    }
    const cats = rest.categories;
    rest.categories = Object.fromEntries(categoryOrder.map((k) => [k, cats[k] as NonNullable<typeof cats>[string]]));
  }
  const input: SetInput<readonly Criterion[]> = { ...rest, criteria };
  const def = normalise(input);
  // validateSet reports a missing predicate too, with a shorter message: ours names options.predicates.
  const problems = [...missing, ...validateSet(def).filter((p) => p.code !== 'MISSING_PREDICATE')];
  if (problems.length > 0) fail(setId, problems);

  const set = seal(def);
  if (fingerprint !== undefined && fingerprint !== set.fingerprint) {
    fail(setId, [
      invalidJson(
        'fingerprint',
        `Dấu vân tay ${show(fingerprint)} không khớp với nội dung (${set.fingerprint}): nội dung đã bị sửa; hãy bỏ trường fingerprint`,
        `Fingerprint ${show(fingerprint)} does not match the content (${set.fingerprint}): the content was changed; remove the fingerprint key`,
      ),
    ]);
  }
  return set;
}
