import type { Label } from '../label/label.js';

/** Codes of problems found in a unit's data or in evaluating it. */
export type IssueCode =
  | 'UNIT_NOT_OBJECT'
  | 'INVALID_UNIT_ID'
  | 'INVALID_NAME'
  | 'UNKNOWN_REGION'
  | 'MISSING_REGION'
  | 'REGION_NOT_COVERED'
  | 'INVALID_CATEGORY'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_ZONE'
  | 'MISSING_ZONE'
  | 'INVALID_GROUP'
  | 'MISSING_GROUP'
  | 'INVALID_PROVINCE'
  | 'INVALID_RECOGNIZED'
  | 'VALUES_NOT_OBJECT'
  | 'UNKNOWN_CODE'
  | 'FORBIDDEN_KEY'
  | 'WRONG_TYPE'
  | 'NOT_FINITE'
  | 'OUT_OF_RANGE'
  | 'NOT_INTEGER'
  | 'NEGATIVE'
  | 'NOT_AN_OPTION'
  | 'INVALID_DATE'
  | 'NOT_APPLICABLE_NOT_ALLOWED'
  | 'INVALID_CHILD'
  | 'DUPLICATE_CHILD'
  | 'CHILD_NOT_IN_UNIT'
  | 'UNKNOWN_FIELD'
  | 'INVALID_AS_OF'
  | 'SET_NOT_IN_FORCE'
  | 'PARAMETER_NOT_SUPPLIED'
  | 'VALUE_NOT_KNOWN'
  | 'YEAR_NOT_COVERED'
  | 'NO_VALUE_FOR_CONTEXT'
  | 'PREREQUISITE_UNKNOWN'
  | 'UNVERIFIED_VALUE'
  | 'CUSTOM_RULE_FAILED';

/** `error`: the data is wrong and the affected verdicts are unknown. `warning`: the verdict stands but needs a look. */
export type Severity = 'error' | 'warning';

/** A coded problem with the path to the offending value and a message in both languages. */
export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  /** Path into the unit, e.g. "values.17.1" or "region"; "asOf" for the date. */
  readonly path: string;
  /** The indicator concerned, if any. */
  readonly indicator?: string;
  readonly message: Label;
}

const show = (x: unknown): string => {
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 60)}…` : x);
  if (typeof x === 'number' || typeof x === 'boolean' || x === null) return String(x);
  if (x === undefined) return 'undefined';
  if (Array.isArray(x)) return 'array';
  return typeof x;
};

/** Messages for every issue code; `p` holds the details. */
export const ISSUE_MESSAGES: { readonly [C in IssueCode]: (p: Readonly<Record<string, unknown>>) => Label } = {
  UNIT_NOT_OBJECT: (p) => ({ vi: `Dữ liệu đơn vị phải là một đối tượng, nhận được ${show(p.received)}`, en: `A unit must be an object, received ${show(p.received)}` }),
  INVALID_UNIT_ID: (p) => ({ vi: `Mã đơn vị phải là chuỗi không rỗng, nhận được ${show(p.received)}`, en: `Unit id must be a non-empty string, received ${show(p.received)}` }),
  INVALID_NAME: (p) => ({ vi: `Tên đơn vị phải là chuỗi, nhận được ${show(p.received)}`, en: `Unit name must be a string, received ${show(p.received)}` }),
  UNKNOWN_REGION: (p) => ({ vi: `Vùng ${show(p.received)} không tồn tại; dùng một trong ${String(p.expected)}`, en: `Unknown region ${show(p.received)}; use one of ${String(p.expected)}` }),
  MISSING_REGION: () => ({ vi: 'Thiếu vùng (region) nên không xác định được mức chuẩn', en: 'Region is missing, so the thresholds cannot be chosen' }),
  REGION_NOT_COVERED: (p) => ({ vi: `Bộ tiêu chí không áp dụng cho vùng ${show(p.received)}`, en: `The set does not apply to region ${show(p.received)}` }),
  INVALID_CATEGORY: (p) => ({ vi: `Loại đơn vị phải là danh sách chuỗi, nhận được ${show(p.received)}`, en: `Category must be a list of strings, received ${show(p.received)}` }),
  UNKNOWN_CATEGORY: (p) => ({ vi: `Loại đơn vị ${show(p.received)} không được bộ tiêu chí này khai báo nên bị bỏ qua`, en: `Category ${show(p.received)} is not declared by this set and is ignored` }),
  UNKNOWN_ZONE: (p) => ({ vi: `Vùng tỉnh ${show(p.received)} không tồn tại; dùng một trong ${String(p.expected)}`, en: `Unknown zone ${show(p.received)}; use one of ${String(p.expected)}` }),
  MISSING_ZONE: () => ({ vi: 'Thiếu vùng của tỉnh (zone) nên không xác định được mức chuẩn', en: 'Provincial zone is missing, so the thresholds cannot be chosen' }),
  INVALID_GROUP: (p) => ({ vi: `Nhóm xã phải là 1, 2 hoặc 3, nhận được ${show(p.received)}`, en: `Commune group must be 1, 2 or 3, received ${show(p.received)}` }),
  MISSING_GROUP: () => ({ vi: 'Thiếu nhóm xã nên không xác định được mức chuẩn', en: 'Commune group is missing, so the thresholds cannot be chosen' }),
  INVALID_PROVINCE: (p) => ({ vi: `Tỉnh phải là chuỗi, nhận được ${show(p.received)}`, en: `Province must be a string, received ${show(p.received)}` }),
  INVALID_RECOGNIZED: (p) => ({ vi: `Danh sách công nhận phải là danh sách mã bộ tiêu chí, nhận được ${show(p.received)}`, en: `"recognized" must be a list of set ids, received ${show(p.received)}` }),
  VALUES_NOT_OBJECT: (p) => ({ vi: `Giá trị chỉ tiêu phải là một đối tượng theo mã, nhận được ${show(p.received)}`, en: `Indicator values must be an object keyed by code, received ${show(p.received)}` }),
  UNKNOWN_CODE: (p) => ({ vi: `Mã chỉ tiêu ${show(p.received)} không có trong bộ tiêu chí nên bị bỏ qua`, en: `Indicator code ${show(p.received)} is not in the set and is ignored` }),
  FORBIDDEN_KEY: (p) => ({ vi: `Khóa ${show(p.received)} không được phép`, en: `Key ${show(p.received)} is not allowed` }),
  WRONG_TYPE: (p) => ({ vi: `Cần ${String(p.expectedVi)}, nhận được ${show(p.received)}`, en: `Expected ${String(p.expectedEn)}, received ${show(p.received)}` }),
  NOT_FINITE: (p) => ({ vi: `Cần một số hữu hạn, nhận được ${String(p.received)}`, en: `Expected a finite number, received ${String(p.received)}` }),
  OUT_OF_RANGE: (p) => ({ vi: `Giá trị ${show(p.received)} nằm ngoài khoảng ${String(p.range)}`, en: `Value ${show(p.received)} is outside ${String(p.range)}` }),
  NOT_INTEGER: (p) => ({ vi: `Cần một số nguyên, nhận được ${show(p.received)}`, en: `Expected a whole number, received ${show(p.received)}` }),
  NEGATIVE: (p) => ({ vi: `Số lượng không được âm, nhận được ${show(p.received)}`, en: `A count cannot be negative, received ${show(p.received)}` }),
  NOT_AN_OPTION: (p) => ({ vi: `Giá trị ${show(p.received)} không thuộc ${String(p.expected)}`, en: `Value ${show(p.received)} is not one of ${String(p.expected)}` }),
  INVALID_DATE: (p) => ({ vi: `Ngày ${show(p.received)} không hợp lệ (YYYY-MM-DD${p.range ? `, trong ${String(p.range)}` : ''})`, en: `Date ${show(p.received)} is invalid (YYYY-MM-DD${p.range ? `, within ${String(p.range)}` : ''})` }),
  NOT_APPLICABLE_NOT_ALLOWED: () => ({ vi: 'Chỉ tiêu này luôn áp dụng, không được ghi "không áp dụng" (n/a)', en: 'This indicator always applies; "n/a" is not allowed' }),
  INVALID_CHILD: (p) => ({ vi: `Đơn vị con không hợp lệ (cần id và trạng thái met/not-met/unknown), nhận được ${show(p.received)}`, en: `Invalid child unit (needs id and status met/not-met/unknown), received ${show(p.received)}` }),
  CHILD_NOT_IN_UNIT: (p) => ({ vi: `Đơn vị con ${show(p.received)} có kết quả nhưng không thuộc danh sách của đơn vị này`, en: `Child unit ${show(p.received)} has a result but is not on this unit's roster` }),
  DUPLICATE_CHILD: (p) => ({ vi: `Đơn vị con ${show(p.received)} bị trùng`, en: `Child unit ${show(p.received)} is repeated` }),
  UNKNOWN_FIELD: (p) => ({ vi: `Trường ${show(p.received)} không được khai báo cho chỉ tiêu này`, en: `Field ${show(p.received)} is not declared for this indicator` }),
  INVALID_AS_OF: (p) => ({ vi: `Ngày đánh giá ${show(p.received)} không hợp lệ (YYYY-MM-DD, 1900–2200)`, en: `Evaluation date ${show(p.received)} is invalid (YYYY-MM-DD, 1900–2200)` }),
  SET_NOT_IN_FORCE: (p) => ({ vi: `Bộ tiêu chí không có hiệu lực vào ngày ${String(p.asOf)} (hiệu lực ${String(p.validity)})`, en: `The set is not in force on ${String(p.asOf)} (in force ${String(p.validity)})` }),
  PARAMETER_NOT_SUPPLIED: (p) => ({ vi: `Mức chuẩn "${String(p.labelVi)}" do UBND tỉnh quy định chưa được cung cấp`, en: `The value "${String(p.labelEn)}" is set by the province and has not been supplied` }),
  VALUE_NOT_KNOWN: (p) => ({ vi: `Chưa có mức chuẩn: ${String(p.reasonVi)}`, en: `Threshold not known: ${String(p.reasonEn)}` }),
  YEAR_NOT_COVERED: (p) => ({ vi: `Văn bản không quy định mức chuẩn cho năm ${String(p.year)}`, en: `The law sets no value for the year ${String(p.year)}` }),
  NO_VALUE_FOR_CONTEXT: (p) => ({ vi: `Không có mức chuẩn cho ${String(p.what)}`, en: `No value for ${String(p.what)}` }),
  PREREQUISITE_UNKNOWN: (p) => ({ vi: `Chưa rõ đơn vị đã đạt "${String(p.labelVi)}" (điều kiện tiên quyết) hay chưa`, en: `Not known whether the unit meets the prerequisite "${String(p.labelEn)}"` }),
  UNVERIFIED_VALUE: (p) => ({ vi: `Kết luận dựa trên mức chuẩn chưa được xác minh với văn bản gốc (${String(p.provenance)})`, en: `The verdict rests on a value not verified against the official text (${String(p.provenance)})` }),
  CUSTOM_RULE_FAILED: (p) => ({ vi: `Quy tắc "${String(p.rule)}" không đánh giá được dữ liệu này`, en: `Rule "${String(p.rule)}" could not evaluate this data` }),
};

/** Build an issue with its message. */
export function issue(
  severity: Severity,
  code: IssueCode,
  path: string,
  params: Readonly<Record<string, unknown>> = {},
  indicator?: string,
): Issue {
  const message = ISSUE_MESSAGES[code](params);
  return indicator === undefined ? { severity, code, path, message } : { severity, code, path, indicator, message };
}
