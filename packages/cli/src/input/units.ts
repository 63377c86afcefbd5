import { REGIONS, REGION_LABELS, type CriteriaSet, type Input, type Issue, type IssueCode, type ScalarInput } from '@tieuchi/core';
import { L } from '../lang.js';
import { cellText, isBlank, normaliseText, readCell, type Cell } from './cells.js';
import type { Block, RawUnit } from './layout.js';
import type { InputProblem, Source } from './problems.js';

/** How a block's keys (headers or template codes) map onto one set's indicators. */
export interface KeyPlan {
  readonly indicators: readonly {
    readonly code: string;
    readonly input: Input;
    /** The key holding the value (for `fields`, a JSON object). */
    readonly key?: string;
    /** `fields` inputs: one key per field ("5.soTruong"). */
    readonly fields?: readonly { readonly field: string; readonly key: string; readonly input: ScalarInput }[];
  }[];
  /** Problems of the block for this set (unknown, ambiguous and missing columns). */
  readonly problems: readonly InputProblem[];
}

/** A slug as the catalog writes provinces: "Thanh Hóa" → "thanh-hoa". */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const numericCode = /^\d+(?:\.\d+)*$/;

function sourceOf(block: Block): Pick<InputProblem, 'file' | 'sheet'> {
  return { file: block.file, ...(block.sheet !== undefined ? { sheet: block.sheet } : {}) };
}

/** Map a block's keys to the set's indicators: exact codes, numeric headers when unambiguous, "code.field" for fields. */
export function planKeys(block: Block, set: CriteriaSet): KeyPlan {
  const used = new Set<string>();
  const problems: InputProblem[] = [];
  const byLower = new Map<string, string>();
  for (const k of block.keys.keys()) byLower.set(k.toLowerCase(), k);
  const codes: string[] = [];
  for (const c of set.criteria) for (const i of c.indicators) codes.push(i.code);
  // Headers typed as numbers: 17.10 arrives as 17.1. Map such a key only when a single code has that numeric value.
  const numericKey = new Map<string, string>();
  for (const info of block.keys.values()) {
    if (!info.numeric) continue;
    const same = codes.filter((c) => numericCode.test(c) && Number(c) === Number(info.key));
    if (same.length === 1) numericKey.set(same[0] as string, info.key);
    else if (same.length > 1) {
      used.add(info.key);
      problems.push({
        severity: 'error', code: 'AMBIGUOUS_COLUMN', ...sourceOf(block), column: info.key,
        ...(info.column !== undefined ? { cell: `${info.column}${block.headerRow}` } : {}),
        ...(info.row !== undefined ? { row: info.row } : { row: block.headerRow }),
        message: L(
          `Tiêu đề ${info.key} là một số trong bảng tính nên có thể là mã ${same.join(' hoặc ')}; định dạng ô là Văn bản và ghi đúng mã. Các giá trị của nó không được đọc`,
          `Header ${info.key} is a number in the spreadsheet, so it could be code ${same.join(' or ')}; format the cell as Text and write the code. Its values are not read`,
        ),
      });
    }
  }
  const indicators: KeyPlan['indicators'][number][] = [];
  const without: string[] = [];
  for (const c of set.criteria) {
    for (const ind of c.indicators) {
      const exact = block.keys.has(ind.code) ? ind.code : numericKey.get(ind.code);
      if (exact !== undefined) used.add(exact);
      if (ind.input.kind === 'fields') {
        const fields: { field: string; key: string; input: ScalarInput }[] = [];
        for (const [field, input] of Object.entries(ind.input.fields)) {
          const key = byLower.get(`${ind.code}.${field}`.toLowerCase());
          if (key !== undefined) {
            used.add(key);
            fields.push({ field, key, input });
          }
        }
        if (exact === undefined && fields.length === 0) without.push(ind.code);
        indicators.push({ code: ind.code, input: ind.input, ...(exact !== undefined ? { key: exact } : {}), fields });
      } else {
        if (exact === undefined) without.push(ind.code);
        indicators.push({ code: ind.code, input: ind.input, ...(exact !== undefined ? { key: exact } : {}) });
      }
    }
  }
  const unknown = [...block.keys.keys()].filter((k) => !used.has(k));
  const at = { ...sourceOf(block), row: block.headerRow };
  if (unknown.length > 0) {
    problems.push({
      severity: 'warning', code: 'UNKNOWN_COLUMN', ...at, column: unknown.join(', '),
      message: L(
        `${block.layout === 'template' ? 'Các mã' : 'Các cột'} ${unknown.map((k) => `"${k}"`).join(', ')} không phải trường đơn vị hay chỉ tiêu của bộ ${set.id} nên không được đọc`,
        `${block.layout === 'template' ? 'Codes' : 'Columns'} ${unknown.map((k) => `"${k}"`).join(', ')} are neither unit fields nor indicators of ${set.id}, so they are not read`,
      ),
    });
  }
  if (without.length === codes.length) {
    problems.push({
      severity: 'error', code: 'NO_VALUE_COLUMNS', ...at,
      message: L(
        `Không có ${block.layout === 'template' ? 'mã' : 'cột'} nào là chỉ tiêu của bộ ${set.id} (cần ${codes.slice(0, 6).join(', ')}, …); mọi chỉ tiêu đều chưa đủ dữ liệu`,
        `No ${block.layout === 'template' ? 'code' : 'column'} is an indicator of ${set.id} (expected ${codes.slice(0, 6).join(', ')}, …); every indicator is unknown`,
      ),
    });
  } else if (without.length > 0) {
    problems.push({
      severity: 'warning', code: 'INDICATORS_WITHOUT_COLUMN', ...at,
      message: L(
        `${without.length} chỉ tiêu của bộ ${set.id} không có ${block.layout === 'template' ? 'dòng' : 'cột'} (${without.join(', ')}): chưa đủ dữ liệu ở mọi đơn vị`,
        `${without.length} indicators of ${set.id} have no ${block.layout === 'template' ? 'row' : 'column'} (${without.join(', ')}): unknown for every unit`,
      ),
    });
  }
  return { indicators, problems };
}

const text = (c: Cell): string | undefined => (isBlank(c) ? undefined : normaliseText(cellText(c)));
const list = (c: Cell): string[] =>
  (text(c) ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');

const slugs = new Map<string, string>();
/** slugify, remembered (the same province is on many rows). */
function slug(s: string): string {
  let v = slugs.get(s);
  if (v === undefined) {
    v = slugify(s);
    if (slugs.size < 10_000) slugs.set(s, v);
  }
  return v;
}

function regionOf(s: string): string {
  if ((REGIONS as readonly string[]).includes(s)) return s;
  const k = slugify(s);
  for (const r of REGIONS) {
    if (r.toLowerCase() === k.replace(/-/g, '') || slugify(REGION_LABELS[r].vi) === k || slugify(REGION_LABELS[r].en) === k) return r;
  }
  return s;
}

function keyByLabel(s: string, table: Readonly<Record<string, { readonly vi: string; readonly en: string } | { readonly label: { readonly vi: string; readonly en: string } }>>): string {
  if (Object.prototype.hasOwnProperty.call(table, s)) return s;
  const k = slugify(s);
  for (const [key, v] of Object.entries(table)) {
    const label = 'label' in v ? v.label : v;
    if (slugify(key) === k || slugify(label.vi) === k || slugify(label.en) === k) return key;
  }
  return s;
}

/** A unit ready for `evaluate`, the problems found building it, and the value paths already reported. */
export interface BuiltUnit {
  readonly unit: Record<string, unknown>;
  readonly id: string;
  readonly problems: InputProblem[];
  /** Paths ("values.10", "values.5.soTruong") whose cell problem the command already reported. */
  readonly reported: ReadonlySet<string>;
}

/** Turn a row (or template, or JSON unit) into a unit of `set`: unit fields, then each indicator's cells read for its input. */
export function buildUnit(raw: RawUnit, set: CriteriaSet, plan: KeyPlan | undefined): BuiltUnit {
  const problems: InputProblem[] = [];
  const reported = new Set<string>();
  const src = raw.source;
  if (raw.block === undefined) return buildJsonUnit(raw);

  const idText = text(raw.meta.id);
  const id = idText ?? raw.fallbackId;
  if (idText === undefined && raw.block.meta.has('id')) {
    const loc = raw.locate('id');
    problems.push({
      severity: raw.form ? 'warning' : 'error', code: 'EMPTY_ID', ...src, column: 'id', ...(loc.cell ? { cell: loc.cell } : {}), ...(loc.row ? { row: loc.row } : {}),
      message: L(`Mã đơn vị (id) để trống; dùng mã "${id}"`, `The unit id is empty; using "${id}"`),
    });
  }
  const unit: Record<string, unknown> = { id };
  const name = text(raw.meta.name);
  if (name !== undefined) unit.name = name;
  const region = text(raw.meta.region);
  if (region !== undefined) unit.region = regionOf(region);
  const province = text(raw.meta.province);
  if (province !== undefined) unit.province = slug(province);
  const categories = list(raw.meta.category);
  unit.category = categories.map((c) => keyByLabel(c, set.categories));
  const zone = text(raw.meta.zone);
  if (zone !== undefined) unit.zone = keyByLabel(zone, set.zones);
  const groupCell = raw.meta.group;
  if (!isBlank(groupCell)) {
    const g = typeof groupCell === 'number' ? groupCell : Number(text(groupCell));
    unit.group = Number.isInteger(g) ? g : text(groupCell);
  }
  const recognized = list(raw.meta.recognized);
  if (recognized.length > 0) unit.recognized = recognized;

  const values: Record<string, unknown> = {};
  const cellProblem = (key: string, path: string, problem: { code: InputProblem['code']; message: InputProblem['message'] }): void => {
    const loc = raw.locate(key);
    reported.add(path);
    problems.push({ severity: 'error', code: problem.code, ...src, ...(loc.row !== undefined ? { row: loc.row } : {}), column: key, ...(loc.cell ? { cell: loc.cell } : {}), unit: id, message: problem.message });
  };
  for (const ind of plan?.indicators ?? []) {
    const path = `values.${ind.code}`;
    if (ind.fields !== undefined) {
      let obj: Record<string, unknown> | undefined;
      if (ind.key !== undefined) {
        const r = readCell(ind.input, raw.get(ind.key));
        if (r.kind === 'value') {
          if (typeof r.value === 'object' && r.value !== null) obj = { ...(r.value as object) };
          else values[ind.code] = r.value; // "n/a"
        } else if (r.kind === 'raw') {
          values[ind.code] = r.value;
          cellProblem(ind.key, path, r.problem);
        }
      }
      for (const f of ind.fields) {
        const r = readCell(f.input, raw.get(f.key));
        if (r.kind === 'empty') continue;
        obj ??= {};
        obj[f.field] = r.value;
        if (r.kind === 'raw') cellProblem(f.key, `${path}.${f.field}`, r.problem);
      }
      if (obj !== undefined && values[ind.code] === undefined) values[ind.code] = obj;
      continue;
    }
    if (ind.key === undefined) continue;
    const r = readCell(ind.input, raw.get(ind.key));
    if (r.kind === 'empty') continue;
    values[ind.code] = r.value;
    if (r.kind === 'raw') cellProblem(ind.key, path, r.problem);
  }
  unit.values = values;
  return { unit, id, problems, reported };
}

function buildJsonUnit(raw: RawUnit): BuiltUnit {
  const problems: InputProblem[] = [];
  const u = raw.json;
  if (typeof u !== 'object' || u === null || Array.isArray(u)) {
    problems.push({
      severity: 'error', code: 'UNIT_NOT_OBJECT', ...raw.source, unit: raw.fallbackId,
      message: L(
        `Phần tử ${raw.source.item} không phải là một đơn vị (đối tượng JSON); được đánh giá là chưa đủ dữ liệu với mã "${raw.fallbackId}"`,
        `Item ${raw.source.item} is not a unit (a JSON object); it is evaluated as unknown under the id "${raw.fallbackId}"`,
      ),
    });
    return { unit: { id: raw.fallbackId }, id: raw.fallbackId, problems, reported: new Set() };
  }
  const unit = { ...(u as Record<string, unknown>) };
  const idRaw = unit.id;
  let id: string;
  if (typeof idRaw === 'string' && idRaw.trim() !== '') id = idRaw;
  else if (typeof idRaw === 'number' && Number.isFinite(idRaw)) id = String(idRaw);
  else {
    id = raw.fallbackId;
    unit.id = id;
    problems.push({
      severity: raw.form ? 'warning' : 'error', code: 'EMPTY_ID', ...raw.source, column: 'id', unit: id,
      message: L(`Đơn vị không có mã (id) hợp lệ; dùng mã "${id}"`, `The unit has no valid id; using "${id}"`),
    });
  }
  return { unit, id, problems, reported: new Set() };
}

/** Evaluator issues that concern the law (or the date), not the unit's data: they are not input problems. */
const NOT_INPUT: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'PARAMETER_NOT_SUPPLIED',
  'VALUE_NOT_KNOWN',
  'YEAR_NOT_COVERED',
  'NO_VALUE_FOR_CONTEXT',
  'UNVERIFIED_VALUE',
  'CUSTOM_RULE_FAILED',
  'SET_NOT_IN_FORCE',
  'PREREQUISITE_UNKNOWN',
  'INVALID_AS_OF',
]);

/** The evaluator's issues about a unit's data, located in the file; issues the command already reported are skipped. */
export function issuesAsProblems(raw: RawUnit, built: BuiltUnit, issues: readonly Issue[], skip: ReadonlySet<IssueCode>): InputProblem[] {
  const out: InputProblem[] = [];
  const src: Source = raw.source;
  const codes = new Set(issues.map((i) => i.code));
  // "Missing region" after "unknown region" says nothing new (same for zone and group).
  const implied = (c: IssueCode): boolean =>
    (c === 'MISSING_REGION' && (codes.has('UNKNOWN_REGION') || codes.has('REGION_NOT_COVERED'))) ||
    (c === 'MISSING_ZONE' && codes.has('UNKNOWN_ZONE')) ||
    (c === 'MISSING_GROUP' && codes.has('INVALID_GROUP'));
  for (const i of issues) {
    if (NOT_INPUT.has(i.code) || skip.has(i.code) || built.reported.has(i.path) || implied(i.code)) continue;
    if (i.code === 'UNIT_NOT_OBJECT' && built.problems.some((p) => p.code === 'UNIT_NOT_OBJECT')) continue;
    const key = i.path.startsWith('values.') ? i.path.slice('values.'.length) : i.path.replace(/\[\d+\]$/, '');
    // Template and row layouts locate the cell; a field path ("5.soTruong") is its own column.
    const loc = raw.block ? raw.locate(key) : {};
    out.push({
      severity: i.severity, code: i.code, ...src, ...(loc.row !== undefined ? { row: loc.row } : {}),
      ...(key !== '' ? { column: raw.block ? key : i.path } : {}), ...(loc.cell ? { cell: loc.cell } : {}), unit: built.id, message: i.message,
    });
  }
  return out;
}
