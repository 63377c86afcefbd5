import { PROVENANCES, type Citation, type CitationPatch } from '../citation/citation.js';
import { isNumeric, type Input } from '../input/input.js';
import { isLabel } from '../label/label.js';
import { REGIONS, isRegion, type Region } from '../region/region.js';
import type { Rule } from '../rule/rule.js';
import { isNode, type Scalar, type Value } from '../value/value.js';
import type { DefinitionErrorCode, DefinitionProblem } from './errors.js';
import type { Indicator, SetDefinition } from './model.js';

const SET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CODE = /^[0-9]+(?:\.[0-9]+)*[a-z]?$|^[A-Z][A-Za-z0-9]*(?:\.[0-9A-Za-z]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SCOPES = ['xa', 'huyen', 'huyen-dac-thu', 'thi-xa', 'tinh', 'phuong-thi-tran', 'quan-thi-xa', 'khu-dan-cu', 'vuon', 'san-pham'];
const TIERS = ['ntm', 'nang-cao', 'kieu-mau', 'hien-dai', 'hoan-thanh', 'dtvm', 'ocop', 'other'];

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

class Problems {
  readonly list: DefinitionProblem[] = [];
  add(code: DefinitionErrorCode, path: string, vi: string, en: string, at?: string): void {
    this.list.push(at === undefined ? { code, path, message: { vi, en } } : { code, path, at, message: { vi, en } });
  }
}

function checkCitation(p: Problems, c: unknown, path: string, full: boolean, at?: string): void {
  if (c === undefined && !full) return;
  if (typeof c !== 'object' || c === null) {
    p.add('INVALID_CITATION', path, 'Thiếu trích dẫn văn bản pháp luật', 'Missing legal citation', at);
    return;
  }
  const x = c as Partial<Citation>;
  if (full) {
    for (const k of ['decision', 'issuer', 'signed'] as const) {
      if (typeof x[k] !== 'string' || x[k] === '') {
        p.add('INVALID_CITATION', `${path}.${k}`, `Trích dẫn thiếu trường "${k}"`, `Citation lacks "${k}"`, at);
      }
    }
    if (!PROVENANCES.includes(x.provenance as never)) {
      p.add('INVALID_CITATION', `${path}.provenance`, 'Mức độ xác minh phải là verified, partial hoặc unverified', 'Provenance must be verified, partial or unverified', at);
    }
  } else if (x.provenance !== undefined && !PROVENANCES.includes(x.provenance as never)) {
    p.add('INVALID_CITATION', `${path}.provenance`, 'Mức độ xác minh phải là verified, partial hoặc unverified', 'Provenance must be verified, partial or unverified', at);
  }
  for (const k of ['signed', 'effective'] as const) {
    if (x[k] !== undefined && !isIsoDate(x[k])) {
      p.add('INVALID_CITATION', `${path}.${k}`, `Ngày "${String(x[k])}" không hợp lệ (YYYY-MM-DD)`, `Date "${String(x[k])}" is not a valid YYYY-MM-DD date`, at);
    }
  }
}

function checkInput(p: Problems, i: Input, path: string, at: string): void {
  switch (i.kind) {
    case 'number':
      if ((i.min !== undefined && !Number.isFinite(i.min)) || (i.max !== undefined && !Number.isFinite(i.max)) || (i.min !== undefined && i.max !== undefined && i.min > i.max)) {
        p.add('INVALID_INPUT', path, 'Khoảng giá trị hợp lệ không đúng', 'Invalid valid range', at);
      }
      return;
    case 'choice':
      if (!Array.isArray(i.options) || i.options.length === 0 || new Set(i.options).size !== i.options.length) {
        p.add('INVALID_INPUT', path, 'Danh sách lựa chọn rỗng hoặc trùng lặp', 'Choice options are empty or repeated', at);
      } else if (i.labels !== undefined && Object.keys(i.labels).some((k) => !i.options.includes(k) || !isLabel(i.labels?.[k]))) {
        p.add('INVALID_INPUT', `${path}.labels`, 'Nhãn lựa chọn không khớp với danh sách lựa chọn', 'Choice labels do not match the options', at);
      }
      return;
    case 'date':
      if ((i.min !== undefined && !isIsoDate(i.min)) || (i.max !== undefined && !isIsoDate(i.max))) {
        p.add('INVALID_INPUT', path, 'Giới hạn ngày không hợp lệ', 'Invalid date bounds', at);
      }
      return;
    case 'fields':
      for (const [k, f] of Object.entries(i.fields)) checkInput(p, f, `${path}.fields.${k}`, at);
      return;
    case 'percent':
    case 'count':
    case 'boolean':
    case 'children':
      return;
    default:
      p.add('INVALID_INPUT', path, 'Loại dữ liệu đầu vào không được hỗ trợ', 'Unsupported input kind', at);
  }
}

type LeafCheck = (leaf: Scalar) => string | undefined;

/** Checks a value tree: coverage of regions/zones/groups, years, conflicts, and each leaf. */
function checkValue(
  p: Problems,
  set: SetDefinition,
  v: Value<Scalar>,
  path: string,
  at: string,
  leaf: LeafCheck,
  seen: ReadonlySet<string> = new Set(),
  inParameter = false,
): void {
  if (!isNode(v)) {
    const err = leaf(v);
    if (err) p.add('INVALID_THRESHOLD', path, `Giá trị ngưỡng ${JSON.stringify(v)} không hợp lệ: ${err}`, `Threshold ${JSON.stringify(v)} is invalid: ${err}`, at);
    return;
  }
  const dimension = (d: string): ReadonlySet<string> | undefined => {
    if (seen.has(d)) {
      p.add('CONFLICTING_VALUES', path, `Hai mức giá trị cho cùng một ${d}`, `Two values for the same ${d}`, at);
      return undefined;
    }
    return new Set([...seen, d]);
  };
  switch (v.type) {
    case 'sourced':
      checkCitation(p, v.source, `${path}.source`, false, at);
      return checkValue(p, set, v.value, path, at, leaf, seen, inParameter);
    case 'byRegion': {
      const next = dimension('region');
      if (!next) return;
      for (const k of Object.keys(v.values)) {
        if (!isRegion(k)) p.add('UNKNOWN_REGION_KEY', `${path}.${k}`, `Vùng "${k}" không tồn tại`, `Unknown region "${k}"`, at);
      }
      for (const r of set.regions) {
        const x = v.values[r];
        if (x === undefined) {
          p.add('MISSING_VALUE_FOR_REGION', `${path}.${r}`, `Thiếu giá trị cho vùng ${r}`, `No value for region ${r}`, at);
        } else checkValue(p, set, x, `${path}.${r}`, at, leaf, next, inParameter);
      }
      return;
    }
    case 'byYear': {
      const next = dimension('year');
      if (!next) return;
      if (!['previous', 'next', 'unknown', 'interpolate'].includes(v.between) || !['last', 'unknown'].includes(v.after)) {
        p.add('INVALID_YEAR_POLICY', path, 'Phải nêu rõ cách áp dụng cho các năm ở giữa và sau năm cuối', 'The policy for years in between and after the last must be stated', at);
      }
      const years = Object.keys(v.values);
      if (years.length === 0) p.add('INVALID_YEAR', path, 'Không có năm nào', 'No year listed', at);
      for (const y of years) {
        if (!/^\d{4}$/.test(y)) p.add('INVALID_YEAR', `${path}.${y}`, `Năm "${y}" không hợp lệ`, `Invalid year "${y}"`, at);
        else checkValue(p, set, v.values[y] as Value<Scalar>, `${path}.${y}`, at, leaf, next, inParameter);
      }
      const first = Math.min(...years.filter((y) => /^\d{4}$/.test(y)).map(Number));
      const fromYear = Number(String(set.validity?.from).slice(0, 4));
      if (Number.isFinite(first) && fromYear < first) {
        p.add('YEAR_NOT_COVERED', path, `Không có giá trị cho năm ${fromYear}, năm bộ tiêu chí đã có hiệu lực`, `No value for ${fromYear}, a year in which the set is in force`, at);
      }
      return;
    }
    case 'byCategory': {
      const next = dimension('category');
      if (!next) return;
      for (const [k, x] of Object.entries(v.values)) {
        if (!Object.prototype.hasOwnProperty.call(set.categories, k)) {
          p.add('UNKNOWN_CATEGORY_KEY', `${path}.${k}`, `Loại đơn vị "${k}" chưa được khai báo trong bộ tiêu chí`, `Category "${k}" is not declared by the set`, at);
        }
        checkValue(p, set, x, `${path}.${k}`, at, leaf, next, inParameter);
      }
      return checkValue(p, set, v.otherwise, `${path}.otherwise`, at, leaf, next, inParameter);
    }
    case 'byZone': {
      const next = dimension('zone');
      if (!next) return;
      const zones = Object.keys(set.zones);
      for (const k of Object.keys(v.values)) {
        if (!zones.includes(k)) p.add('UNKNOWN_ZONE_KEY', `${path}.${k}`, `Vùng tỉnh "${k}" chưa được khai báo`, `Zone "${k}" is not declared by the set`, at);
      }
      for (const z of zones) {
        const x = v.values[z];
        if (x === undefined) p.add('MISSING_VALUE_FOR_ZONE', `${path}.${z}`, `Thiếu giá trị cho vùng ${z}`, `No value for zone ${z}`, at);
        else checkValue(p, set, x, `${path}.${z}`, at, leaf, next, inParameter);
      }
      if (zones.length === 0) p.add('MISSING_VALUE_FOR_ZONE', path, 'Giá trị theo vùng tỉnh nhưng bộ tiêu chí không khai báo vùng', 'Values by zone, but the set declares no zones', at);
      return;
    }
    case 'byGroup': {
      const next = dimension('group');
      if (!next) return;
      for (const k of Object.keys(v.values)) {
        if (!['1', '2', '3'].includes(k)) p.add('UNKNOWN_GROUP_KEY', `${path}.${k}`, `Nhóm xã "${k}" không tồn tại (1, 2, 3)`, `Unknown commune group "${k}" (1, 2, 3)`, at);
      }
      for (const g of ['1', '2', '3'] as const) {
        const x = v.values[g];
        if (x === undefined) p.add('MISSING_VALUE_FOR_GROUP', `${path}.${g}`, `Thiếu giá trị cho nhóm xã ${g}`, `No value for commune group ${g}`, at);
        else checkValue(p, set, x, `${path}.${g}`, at, leaf, next, inParameter);
      }
      return;
    }
    case 'parameter':
      if (inParameter) {
        p.add('INVALID_PARAMETER', path, 'Giá trị do tỉnh quy định không được trỏ tới tham số khác', 'A supplied parameter cannot refer to another parameter', at);
      } else if (typeof v.name !== 'string' || !/^[a-z][a-zA-Z0-9.-]*$/.test(v.name) || !isLabel(v.label)) {
        p.add('INVALID_PARAMETER', path, 'Tham số do tỉnh quy định cần tên và nhãn', 'A province parameter needs a name and a label', at);
      } else if (Object.prototype.hasOwnProperty.call(set.parameters, v.name)) {
        checkValue(p, set, set.parameters[v.name] as Value<Scalar>, `parameters.${v.name}`, at, leaf, seen, true);
      }
      return;
    case 'notKnown':
      if (!isLabel(v.reason)) p.add('INVALID_VALUE_NODE', path, 'Giá trị chưa biết cần lý do', 'A not-known value needs a reason', at);
      return;
    default:
      p.add('INVALID_VALUE_NODE', path, 'Dạng giá trị không được hỗ trợ', 'Unsupported value node', at);
  }
}

const finite: LeafCheck = (x) => (typeof x === 'number' && Number.isFinite(x) ? undefined : 'not a finite number');
const percent: LeafCheck = (x) => finite(x) ?? ((x as number) < 0 || (x as number) > 100 ? 'outside 0–100' : undefined);

function checkRule(p: Problems, set: SetDefinition, ind: Indicator, path: string): void {
  const { rule, input, code } = ind;
  const mismatch = (): void =>
    p.add('RULE_INPUT_MISMATCH', `${path}.rule`, `Quy tắc "${rule.type}" không áp dụng được cho dữ liệu loại "${input.kind}"`, `Rule "${rule.type}" does not apply to a "${input.kind}" input`, code);
  const numLeaf = input.kind === 'percent' ? percent : finite;
  const val = (v: Value<Scalar>, sub: string, leaf: LeafCheck): void => checkValue(p, set, v, `${path}.rule.${sub}`, code, leaf);
  switch (rule.type) {
    case 'atLeast':
    case 'atMost':
      if (!isNumeric(input)) return mismatch();
      return val(rule.value, 'value', numLeaf);
    case 'between':
      if (!isNumeric(input)) return mismatch();
      val(rule.min, 'min', numLeaf);
      return val(rule.max, 'max', numLeaf);
    case 'equals': {
      const leaf: LeafCheck = isNumeric(input)
        ? numLeaf
        : input.kind === 'boolean'
          ? (x) => (typeof x === 'boolean' ? undefined : 'not true/false')
          : input.kind === 'choice'
            ? (x) => (input.options.includes(x as string) ? undefined : `not one of ${input.options.join(', ')}`)
            : () => 'equals does not apply';
      if (!isNumeric(input) && input.kind !== 'boolean' && input.kind !== 'choice') return mismatch();
      return val(rule.value as Value<Scalar>, 'value', leaf);
    }
    case 'isTrue':
      if (input.kind !== 'boolean') return mismatch();
      return;
    case 'oneOf':
      if (input.kind !== 'choice') return mismatch();
      return val(rule.values as Value<Scalar>, 'values', (x) =>
        Array.isArray(x) && x.length > 0 && x.every((o) => input.options.includes(o)) ? undefined : `not a list of ${input.options.join(', ')}`,
      );
    case 'shareOfChildren':
      if (input.kind !== 'children') return mismatch();
      return val(rule.atLeast, 'atLeast', percent);
    case 'scoreBands': {
      if (!isNumeric(input)) return mismatch();
      const bands = rule.bands;
      const ok =
        Array.isArray(bands) &&
        bands.length > 0 &&
        bands.every((b, i) => Number.isFinite(b.min) && typeof b.band === 'string' && isLabel(b.label) && (i === 0 || b.min > (bands[i - 1] as { min: number }).min)) &&
        new Set(bands.map((b) => b.band)).size === bands.length &&
        bands.some((b) => b.band === rule.atLeast);
      if (!ok) p.add('INVALID_SCORE_BANDS', `${path}.rule.bands`, 'Các mức điểm phải tăng dần, tên không trùng, và chứa mức yêu cầu', 'Score bands must ascend, have distinct names and contain the required band', code);
      return;
    }
    case 'custom':
      if (typeof rule.test !== 'function') {
        p.add('MISSING_PREDICATE', `${path}.rule`, `Không có hàm kiểm tra cho quy tắc "${rule.name}"`, `No predicate for custom rule "${rule.name}"`, code);
      }
      if (typeof rule.name !== 'string' || rule.name === '' || !isLabel(rule.description)) {
        p.add('INVALID_THRESHOLD', `${path}.rule`, 'Quy tắc tùy biến cần tên và mô tả song ngữ', 'A custom rule needs a name and a bilingual description', code);
      }
      for (const [k, v] of Object.entries(rule.params ?? {})) val(v as Value<Scalar>, `params.${k}`, finite);
      return;
    default:
      p.add('RULE_INPUT_MISMATCH', `${path}.rule`, 'Loại quy tắc không được hỗ trợ', 'Unsupported rule type', code);
  }
}

/** All problems in a set definition (empty when it is valid). */
export function validateSet(set: SetDefinition): DefinitionProblem[] {
  const p = new Problems();
  if (typeof set.id !== 'string' || !SET_ID.test(set.id)) {
    p.add('INVALID_SET_ID', 'id', `Mã bộ tiêu chí "${String(set.id)}" phải có dạng <gói>/<tên>`, `Set id "${String(set.id)}" must look like <package>/<slug>`);
  }
  if (typeof set.version !== 'string' || set.version === '') p.add('INVALID_VERSION', 'version', 'Thiếu phiên bản', 'Missing version');
  if (!isLabel(set.label)) p.add('MISSING_LABEL', 'label', 'Thiếu tên song ngữ (vi, en)', 'Missing bilingual label (vi, en)');
  if (set.province !== undefined && (typeof set.province !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(set.province))) {
    p.add('INVALID_SCOPE', 'province', `Tỉnh "${String(set.province)}" phải viết dạng slug, ví dụ "thanh-hoa"`, `Province "${String(set.province)}" must be a slug such as "thanh-hoa"`);
  }
  if (!SCOPES.includes(set.scope) || !TIERS.includes(set.tier)) {
    p.add('INVALID_SCOPE', 'scope', 'Phạm vi hoặc cấp độ không hợp lệ', 'Invalid scope or tier');
  }
  checkCitation(p, set.citation, 'citation', true);
  if (!set.validity || !isIsoDate(set.validity.from) || (set.validity.until !== undefined && (!isIsoDate(set.validity.until) || set.validity.until < set.validity.from))) {
    p.add('INVALID_VALIDITY', 'validity', 'Thời gian hiệu lực không hợp lệ', 'Invalid validity period');
  }
  if (!Array.isArray(set.regions) || set.regions.length === 0 || !set.regions.every((r: Region) => isRegion(r))) {
    p.add('INVALID_REGION', 'regions', `Danh sách vùng phải gồm các mã ${REGIONS.join(', ')}`, `Regions must be among ${REGIONS.join(', ')}`);
  }
  for (const k of ['groups', 'prerequisites', 'amendedBy'] as const) {
    if (!Array.isArray(set[k])) p.add('NO_CRITERIA', k, `"${k}" phải là một danh sách`, `"${k}" must be a list`);
  }
  for (const k of ['categories', 'zones', 'parameters'] as const) {
    if (typeof set[k] !== 'object' || set[k] === null || Array.isArray(set[k])) p.add('NO_CRITERIA', k, `"${k}" phải là một đối tượng`, `"${k}" must be an object`);
  }
  if (p.list.some((x) => x.code === 'NO_CRITERIA')) return p.list;
  const groupIds = new Set<string>();
  set.groups.forEach((g, i) => {
    if (groupIds.has(g.id)) p.add('DUPLICATE_GROUP', `groups[${i}]`, `Nhóm "${g.id}" bị trùng`, `Group "${g.id}" is repeated`);
    groupIds.add(g.id);
    if (!isLabel(g.label)) p.add('MISSING_LABEL', `groups[${i}].label`, `Nhóm "${g.id}" thiếu tên`, `Group "${g.id}" lacks a label`);
  });
  for (const [k, c] of Object.entries(set.categories)) {
    if (!isLabel(c.label)) p.add('MISSING_LABEL', `categories.${k}.label`, `Loại đơn vị "${k}" thiếu tên`, `Category "${k}" lacks a label`);
    if (c.useRegion !== undefined && !isRegion(c.useRegion)) p.add('INVALID_CATEGORY', `categories.${k}.useRegion`, `Vùng "${String(c.useRegion)}" không tồn tại`, `Unknown region "${String(c.useRegion)}"`);
    checkCitation(p, c.source, `categories.${k}.source`, false);
  }
  for (const [k, z] of Object.entries(set.zones)) {
    if (!isLabel(z)) p.add('MISSING_LABEL', `zones.${k}`, `Vùng tỉnh "${k}" thiếu tên`, `Zone "${k}" lacks a label`);
  }
  set.prerequisites.forEach((pr, i) => {
    if (typeof pr.set !== 'string' || !SET_ID.test(pr.set) || pr.set === set.id || !isLabel(pr.label)) {
      p.add('INVALID_PREREQUISITE', `prerequisites[${i}]`, 'Điều kiện tiên quyết phải trỏ tới một bộ tiêu chí khác và có tên', 'A prerequisite must name another set and have a label');
    }
  });
  if (!Array.isArray(set.criteria) || set.criteria.length === 0) p.add('NO_CRITERIA', 'criteria', 'Bộ tiêu chí không có tiêu chí nào', 'The set has no criteria');
  const numbers = new Set<number>();
  const codes = new Set<string>();
  const criteria: SetDefinition['criteria'] = Array.isArray(set.criteria) ? set.criteria : [];
  criteria.forEach((c, ci) => {
    const cpath = `criteria[${ci}]`;
    const at = `tiêu chí ${c.number}`;
    if (c.role !== undefined && c.role !== 'criterion' && c.role !== 'condition') p.add('INVALID_CODE', `${cpath}.role`, `Vai trò "${String(c.role)}" không hợp lệ`, `Invalid role "${String(c.role)}"`, at);
    if (!Number.isInteger(c.number) || c.number < (c.role === 'condition' ? 0 : 1)) p.add('INVALID_CODE', `${cpath}.number`, `Số tiêu chí "${c.number}" không hợp lệ`, `Invalid criterion number "${c.number}"`, at);
    if (numbers.has(c.number)) p.add('DUPLICATE_CRITERION', `${cpath}.number`, `Tiêu chí số ${c.number} bị trùng`, `Criterion ${c.number} is repeated`, at);
    numbers.add(c.number);
    if (!isLabel(c.label)) p.add('MISSING_LABEL', `${cpath}.label`, `Tiêu chí ${c.number} thiếu tên song ngữ`, `Criterion ${c.number} lacks a bilingual label`, at);
    if (c.group !== undefined && !groupIds.has(c.group)) p.add('UNKNOWN_GROUP', `${cpath}.group`, `Nhóm "${c.group}" không tồn tại`, `Unknown group "${c.group}"`, at);
    if (set.groups.length > 0 && c.group === undefined) p.add('UNKNOWN_GROUP', `${cpath}.group`, `Tiêu chí ${c.number} chưa thuộc nhóm nào`, `Criterion ${c.number} has no group`, at);
    checkCitation(p, c.source, `${cpath}.source`, false, at);
    if (!Array.isArray(c.indicators) || c.indicators.length === 0) {
      p.add('NO_INDICATORS', `${cpath}.indicators`, `Tiêu chí ${c.number} không có chỉ tiêu nào`, `Criterion ${c.number} has no indicators`, at);
      return;
    }
    if (c.combine.type === 'atLeast' && (!Number.isInteger(c.combine.count) || c.combine.count < 1 || c.combine.count > c.indicators.length)) {
      p.add('INVALID_COMBINATION', `${cpath}.combine`, `Số chỉ tiêu cần đạt không hợp lệ`, `Invalid number of indicators to meet`, at);
    }
    c.indicators.forEach((ind, ii) => {
      const ipath = `${cpath}.indicators[${ii}]`;
      if (typeof ind.code !== 'string' || !CODE.test(ind.code)) {
        p.add('INVALID_CODE', `${ipath}.code`, `Mã chỉ tiêu "${String(ind.code)}" không hợp lệ`, `Invalid indicator code "${String(ind.code)}"`, String(ind.code));
      }
      if (codes.has(ind.code)) p.add('DUPLICATE_CODE', `${ipath}.code`, `Mã chỉ tiêu "${ind.code}" bị trùng`, `Indicator code "${ind.code}" is repeated`, ind.code);
      codes.add(ind.code);
      if (!isLabel(ind.label)) p.add('MISSING_LABEL', `${ipath}.label`, `Chỉ tiêu ${ind.code} thiếu tên song ngữ`, `Indicator ${ind.code} lacks a bilingual label`, ind.code);
      checkCitation(p, ind.source, `${ipath}.source`, false, ind.code);
      if (!ind.input || typeof ind.input !== 'object') {
        p.add('INVALID_INPUT', `${ipath}.input`, `Chỉ tiêu ${ind.code} thiếu dữ liệu đầu vào`, `Indicator ${ind.code} declares no input`, ind.code);
        return;
      }
      checkInput(p, ind.input, `${ipath}.input`, ind.code);
      if (!ind.rule || typeof ind.rule !== 'object') {
        p.add('RULE_INPUT_MISMATCH', `${ipath}.rule`, `Chỉ tiêu ${ind.code} thiếu quy tắc`, `Indicator ${ind.code} has no rule`, ind.code);
        return;
      }
      checkRule(p, set, ind, ipath);
    });
  });
  return p.list;
}

/** The provenance of a citation patch chain applied to a base. */
export function provenanceOf(base: Citation, ...patches: readonly (CitationPatch | undefined)[]): Citation['provenance'] {
  let prov = base.provenance;
  for (const patch of patches) if (patch?.provenance) prov = patch.provenance;
  return prov;
}

export type { Rule };
