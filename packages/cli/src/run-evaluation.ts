import { catalog } from '@tieuchi/catalog';
import { evaluate, type CriteriaSet, type EvaluationResult, type IssueCode, type Label, type Scope, type UnitOf } from '@tieuchi/core';
import { CliError } from './errors.js';
import { L } from './lang.js';
import { readSource } from './input/files.js';
import { jsonUnits, readBlocks, type Block, type MetaField, type RawUnit } from './input/layout.js';
import type { InputProblem, Source } from './input/problems.js';
import { where } from './input/problems.js';
import { buildUnit, issuesAsProblems, planKeys, slugify, type KeyPlan } from './input/units.js';

/** A unit's result with where its row is. */
export type UnitResult = EvaluationResult & { readonly source: Source };

/** A unit for which `auto` found no set in force. */
export interface Unresolved {
  readonly source: Source;
  readonly unit: { readonly id: string; readonly name?: string; readonly province?: string };
  readonly message: Label;
}

/** How one input file was read. */
export interface FileSummary {
  readonly file: string;
  readonly format: 'csv' | 'xlsx' | 'json';
  readonly sheets: readonly { readonly sheet?: string; readonly layout: 'rows' | 'template' | 'json'; readonly headerRow?: number; readonly rows: number; readonly blankRows: number }[];
  /** Data rows (JSON: items) read: every one is a unit, evaluated or unresolved. */
  readonly rows: number;
  readonly blankRows: number;
}

/** Everything an evaluation run produced. */
export interface EvaluationRun {
  readonly asOf: string;
  readonly mode: 'set' | 'auto';
  readonly scope?: Scope;
  /** Distinct sets used, in order of first use. */
  readonly sets: readonly CriteriaSet[];
  readonly files: readonly FileSummary[];
  readonly units: readonly UnitResult[];
  readonly unresolved: readonly Unresolved[];
  readonly problems: readonly InputProblem[];
  /** Notes about the run (a set not in force on the date…). */
  readonly notes: readonly Label[];
}

/** What to evaluate. */
export interface EvaluationRequest {
  readonly files: readonly string[];
  readonly asOf: string;
  /** A set, or `auto` with a scope. */
  readonly target: { readonly set: CriteriaSet; readonly note?: Label } | { readonly auto: true; readonly scope: Scope };
  readonly delimiter?: string;
  /** Called as units are evaluated (for a progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
  readonly onStart?: (total: number) => void;
}

interface Pending {
  readonly raw: RawUnit;
  readonly format: 'csv' | 'xlsx' | 'json';
}

const CONTEXT_COLUMNS: readonly [IssueCode, MetaField][] = [
  ['MISSING_REGION', 'region'],
  ['MISSING_ZONE', 'zone'],
  ['MISSING_GROUP', 'group'],
];

/** Read every file, resolve each unit's set, evaluate, and locate every problem. Unreadable files abort before any evaluation. */
export async function runEvaluation(req: EvaluationRequest): Promise<EvaluationRun> {
  const problems: InputProblem[] = [];
  const files: FileSummary[] = [];
  const pending: Pending[] = [];
  const fatal: CliError[] = [];
  for (const path of req.files) {
    try {
      const src = await readSource(path, req.delimiter !== undefined ? { delimiter: req.delimiter } : {});
      if (src.kind === 'json') {
        const units = jsonUnits(src.file, src.data);
        if (!units) {
          throw new CliError(L(
            `JSON trong ${src.file} phải là một danh sách đơn vị hoặc { "units": [...] }`,
            `The JSON in ${src.file} must be a list of units or { "units": [...] }`,
          ));
        }
        if (units.length === 0) problems.push({ severity: 'warning', code: 'NO_DATA_ROWS', file: src.file, message: L('Tệp không có đơn vị nào', 'The file has no units') });
        files.push({ file: src.file, format: 'json', sheets: [{ layout: 'json', rows: units.length, blankRows: 0 }], rows: units.length, blankRows: 0 });
        for (const raw of units) pending.push({ raw, format: 'json' });
        continue;
      }
      const { blocks, problems: sheetProblems } = readBlocks(src.sheets);
      if (blocks.length === 0) {
        throw new CliError(L(
          `Không tìm thấy dòng tiêu đề trong ${src.file}: cần các cột id, name, region, province, category và một cột cho mỗi mã chỉ tiêu (ví dụ 1.1, 10, 17.1), hoặc các cột code và value của mẫu nhập liệu (\`tieuchi template\`)`,
          `No header row found in ${src.file}: expected columns id, name, region, province, category and one column per indicator code (e.g. 1.1, 10, 17.1), or the code and value columns of a data-entry template (\`tieuchi template\`)`,
        ));
      }
      problems.push(...sheetProblems);
      for (const b of blocks) {
        problems.push(...b.problems);
        if (b.layout === 'rows' && b.dataRows === 0) {
          problems.push({ severity: 'warning', code: 'NO_DATA_ROWS', file: b.file, ...(b.sheet !== undefined ? { sheet: b.sheet } : {}), row: b.headerRow, message: L('Có dòng tiêu đề nhưng không có dòng dữ liệu nào', 'There is a header row but no data rows') });
        }
        for (const raw of b.units) pending.push({ raw, format: src.kind });
      }
      files.push({
        file: src.file,
        format: src.kind,
        sheets: blocks.map((b) => ({ ...(b.sheet !== undefined ? { sheet: b.sheet } : {}), layout: b.layout, headerRow: b.headerRow, rows: b.dataRows, blankRows: b.blankRows })),
        rows: blocks.reduce((n, b) => n + b.dataRows, 0),
        blankRows: blocks.reduce((n, b) => n + b.blankRows, 0),
      });
    } catch (e) {
      if (e instanceof CliError) fatal.push(e);
      else throw e;
    }
  }
  if (fatal.length === 1) throw fatal[0];
  if (fatal.length > 1) {
    throw new CliError(L(fatal.map((e) => e.label.vi).join('\n'), fatal.map((e) => e.label.en).join('\n')));
  }

  const notes: Label[] = [];
  if ('set' in req.target && req.target.note) notes.push(req.target.note);
  const sets: CriteriaSet[] = [];
  const plans = new Map<Block, Map<CriteriaSet, KeyPlan>>();
  const planFor = (block: Block | undefined, set: CriteriaSet): KeyPlan | undefined => {
    if (!block) return undefined;
    let m = plans.get(block);
    if (!m) plans.set(block, (m = new Map()));
    let p = m.get(set);
    if (!p) {
      p = planKeys(block, set);
      m.set(set, p);
      problems.push(...p.problems);
    }
    return p;
  };
  const resolved = new Map<string, CriteriaSet | undefined>();
  const setFor = (raw: RawUnit): CriteriaSet | undefined => {
    if ('set' in req.target) return req.target.set;
    const p = raw.block ? raw.meta.province : (raw.json as { province?: unknown } | null)?.province;
    const province = typeof p === 'string' && p.trim() !== '' ? slugify(p) : typeof p === 'number' ? String(p) : '';
    if (!resolved.has(province)) {
      const r = catalog.resolve({ scope: req.target.scope, ...(province ? { province } : {}), asOf: req.asOf });
      resolved.set(province, r?.set);
    }
    return resolved.get(province);
  };

  const units: UnitResult[] = [];
  const unresolved: Unresolved[] = [];
  const firstSeen = new Map<string, Source>();
  const missingContext = new Map<Block, Set<MetaField>>();
  req.onStart?.(pending.length);
  let done = 0;
  for (const { raw } of pending) {
    const set = setFor(raw);
    if (!set) {
      const province = raw.block ? raw.meta.province : (raw.json as { province?: unknown } | null)?.province;
      const idCell = raw.block ? raw.meta.id : (raw.json as { id?: unknown } | null)?.id;
      const id = typeof idCell === 'string' && idCell.trim() !== '' ? idCell.trim() : typeof idCell === 'number' ? String(idCell) : raw.fallbackId;
      const scope = 'auto' in req.target ? req.target.scope : '';
      const message = L(
        `Không có bộ tiêu chí nào (phạm vi ${scope}${province ? `, tỉnh ${String(province)}` : ''}) có hiệu lực vào ngày ${req.asOf}; đơn vị không được đánh giá`,
        `No criteria set (scope ${scope}${province ? `, province ${String(province)}` : ''}) is in force on ${req.asOf}; the unit is not evaluated`,
      );
      unresolved.push({ source: raw.source, unit: { id, ...(province ? { province: String(province) } : {}) }, message });
      problems.push({ severity: 'error', code: 'NO_SET_FOR_UNIT', ...raw.source, unit: id, message });
      req.onProgress?.(++done, pending.length);
      continue;
    }
    if (!sets.includes(set)) sets.push(set);
    const built = buildUnit(raw, set, planFor(raw.block, set));
    problems.push(...built.problems);
    const prev = firstSeen.get(built.id);
    if (prev) {
      const a = where(prev, 'vi');
      const b = where(raw.source, 'vi');
      const aEn = where(prev, 'en');
      const bEn = where(raw.source, 'en');
      const cell = raw.block ? raw.locate('id').cell : undefined;
      problems.push({
        severity: 'error', code: 'DUPLICATE_ID', ...raw.source, column: 'id', ...(cell ? { cell } : {}), unit: built.id,
        message: L(
          `Mã đơn vị "${built.id}" bị trùng: ${a} và ${b} (cả hai đều được đánh giá)`,
          `Duplicate unit id "${built.id}": ${aEn} and ${bEn} (both are evaluated)`,
        ),
      });
    } else firstSeen.set(built.id, raw.source);
    const result = evaluate(set, built.unit as unknown as UnitOf<CriteriaSet>, { asOf: req.asOf });
    // Context columns the whole block lacks are reported once for the block, not on every row.
    const skip = new Set<IssueCode>();
    if (raw.block) {
      for (const [code, field] of CONTEXT_COLUMNS) {
        if (!raw.block.meta.has(field) && result.issues.some((i) => i.code === code)) {
          skip.add(code);
          let s = missingContext.get(raw.block);
          if (!s) missingContext.set(raw.block, (s = new Set()));
          s.add(field);
        }
      }
    }
    problems.push(...issuesAsProblems(raw, built, result.issues, skip));
    units.push({ ...result, source: raw.source });
    req.onProgress?.(++done, pending.length);
    if (done % 250 === 0) await new Promise((r) => setImmediate(r));
  }
  for (const [block, fields] of missingContext) {
    for (const f of fields) {
      problems.push({
        severity: 'error', code: 'MISSING_COLUMN', file: block.file, ...(block.sheet !== undefined ? { sheet: block.sheet } : {}), row: block.headerRow, column: f,
        message: L(
          `Thiếu ${block.layout === 'template' ? 'dòng' : 'cột'} "${f}" mà bộ tiêu chí cần để chọn mức chuẩn; các chỉ tiêu phụ thuộc ${f} chưa đủ dữ liệu ở mọi đơn vị của ${block.layout === 'template' ? 'mẫu' : 'bảng'} này`,
          `The ${block.layout === 'template' ? 'row' : 'column'} "${f}" the set needs to choose thresholds is missing; indicators that depend on ${f} are unknown for every unit here`,
        ),
      });
    }
  }
  return {
    asOf: req.asOf,
    mode: 'set' in req.target ? 'set' : 'auto',
    ...('auto' in req.target ? { scope: req.target.scope } : {}),
    sets,
    files,
    units,
    unresolved,
    problems,
    notes,
  };
}
