import type { Citation, CitationPatch, Provenance } from '../citation/citation.js';
import type { Combination, Validity } from '../definition/model.js';
import type { Input, UnitOfMeasure } from '../input/input.js';
import type { Label, Lang } from '../label/label.js';
import type { RuleType, ScoreBand } from '../rule/rule.js';
import { isNode, walkValue, type Dimension, type Scalar, type Value } from '../value/value.js';
import type { DiffEntry, MetaChange, PredicateRef, SetDiff, SetRef, ValueChanged, ValueLeaf } from './diff.js';

type Text = Readonly<Record<Lang, string>>;

const ARROW = ' → ';
const NOTHING: Text = { vi: '(không có)', en: '(none)' };

const PROVENANCE: Readonly<Record<Provenance, Text>> = {
  verified: { vi: 'đã xác minh', en: 'verified' },
  partial: { vi: 'xác minh một phần', en: 'partly verified' },
  unverified: { vi: 'chưa xác minh', en: 'unverified' },
};

const CITATION_FIELDS: readonly (readonly [keyof Citation, Text])[] = [
  ['decision', { vi: 'văn bản', en: 'decision' }],
  ['issuer', { vi: 'cơ quan ban hành', en: 'issuer' }],
  ['signed', { vi: 'ngày ký', en: 'signed' }],
  ['effective', { vi: 'ngày hiệu lực', en: 'effective' }],
  ['part', { vi: 'phần', en: 'part' }],
  ['item', { vi: 'mục', en: 'item' }],
  ['url', { vi: 'nguồn', en: 'url' }],
  ['provenance', { vi: 'mức xác minh', en: 'provenance' }],
  ['note', { vi: 'ghi chú', en: 'note' }],
];

const RULE_TYPES: Readonly<Record<RuleType, Text>> = {
  atLeast: { vi: 'tối thiểu (≥)', en: 'at least (≥)' },
  atMost: { vi: 'tối đa (≤)', en: 'at most (≤)' },
  between: { vi: 'trong khoảng', en: 'between' },
  equals: { vi: 'bằng', en: 'equals' },
  isTrue: { vi: 'đạt', en: 'is met' },
  oneOf: { vi: 'một trong các lựa chọn', en: 'one of' },
  shareOfChildren: { vi: 'tỷ lệ đơn vị con đạt chuẩn', en: 'share of child units met' },
  scoreBands: { vi: 'thang điểm', en: 'score bands' },
  custom: { vi: 'điều kiện riêng', en: 'custom predicate' },
};

const INPUT_KINDS: Readonly<Record<Input['kind'], Text>> = {
  number: { vi: 'số', en: 'number' },
  percent: { vi: 'tỷ lệ (%)', en: 'percent' },
  count: { vi: 'số đếm', en: 'count' },
  boolean: { vi: 'có/không', en: 'yes/no' },
  choice: { vi: 'lựa chọn', en: 'choice' },
  date: { vi: 'ngày', en: 'date' },
  children: { vi: 'kết quả đơn vị con', en: 'results of child units' },
  fields: { vi: 'nhiều trường', en: 'several fields' },
};

const t = (x: Text, lang: Lang): string => x[lang];
const lbl = (l: Label, lang: Lang): string => l[lang];

function num(n: number, lang: Lang): string {
  const s = String(n);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

function scalar(x: Scalar, lang: Lang): string {
  if (typeof x === 'number') return num(x, lang);
  if (typeof x === 'boolean') return x ? t({ vi: 'có', en: 'yes' }, lang) : t({ vi: 'không', en: 'no' }, lang);
  if (Array.isArray(x)) return `[${x.join(', ')}]`;
  return String(x);
}

function isBands(x: ValueLeaf): x is readonly ScoreBand[] {
  return Array.isArray(x) && x.some((b) => typeof b === 'object' && b !== null);
}

const POLICY: Readonly<Record<string, Text>> = {
  previous: { vi: 'dùng năm liền trước', en: 'use the previous year' },
  next: { vi: 'dùng năm liền sau', en: 'use the next year' },
  interpolate: { vi: 'nội suy tuyến tính', en: 'interpolate linearly' },
  last: { vi: 'dùng năm cuối', en: 'use the last year' },
  unknown: { vi: 'không xác định', en: 'unknown' },
};

type LeafNode = Extract<ValueLeaf, { readonly type: string }>;

function isLeafNode(x: ValueLeaf | undefined): x is LeafNode {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function leaf(x: ValueLeaf | undefined, lang: Lang): string {
  if (x === undefined) return t(NOTHING, lang);
  if (isBands(x)) return x.map((b) => `≥ ${num(b.min, lang)}: ${lbl(b.label, lang)}`).join('; ');
  if (isLeafNode(x)) {
    switch (x.type) {
      case 'parameter':
        return lang === 'vi' ? `do tỉnh quy định (${lbl(x.label, lang)})` : `set by the province (${lbl(x.label, lang)})`;
      case 'notKnown':
        return lang === 'vi' ? `chưa rõ (${lbl(x.reason, lang)})` : `not known (${lbl(x.reason, lang)})`;
      case 'yearPolicy':
        return lang === 'vi'
          ? `năm ở giữa: ${t(POLICY[x.between] ?? POLICY.unknown!, lang)}, sau năm cuối: ${t(POLICY[x.after] ?? POLICY.unknown!, lang)}`
          : `years in between: ${t(POLICY[x.between] ?? POLICY.unknown!, lang)}, after the last: ${t(POLICY[x.after] ?? POLICY.unknown!, lang)}`;
    }
  }
  return scalar(x as Scalar, lang);
}

/** A whole value tree on one line, e.g. "{2022 TDMNPB: 39, …}". */
function valueTree(v: Value<Scalar> | undefined, lang: Lang): string {
  if (v === undefined) return t(NOTHING, lang);
  if (!isNode(v)) return scalar(v, lang);
  const parts: string[] = [];
  walkValue(v, (node, path) => {
    let x: ValueLeaf;
    if (!isNode(node)) x = node;
    else if (node.type === 'parameter' || node.type === 'notKnown') x = node;
    else return;
    parts.push(path.length === 0 ? leaf(x, lang) : `${path.join(' ')}: ${leaf(x, lang)}`);
  });
  return isNode(v) && (v.type === 'parameter' || v.type === 'notKnown' || (v.type === 'sourced' && !isNode(v.value)))
    ? (parts[0] ?? '')
    : `{${parts.join(', ')}}`;
}

function unit(u: UnitOfMeasure | undefined, lang: Lang): string | undefined {
  if (u === undefined) return undefined;
  return typeof u === 'string' ? u : lbl(u, lang);
}

function inputText(i: Input, lang: Lang): string {
  const kind = t(INPUT_KINDS[i.kind] ?? { vi: i.kind, en: i.kind }, lang);
  const extra: string[] = [];
  switch (i.kind) {
    case 'number':
    case 'count': {
      const u = unit(i.unit, lang);
      if (u) extra.push(u);
      const min = i.kind === 'number' ? i.min : undefined;
      if (min !== undefined || i.max !== undefined) extra.push(`${min === undefined ? '' : num(min, lang)}–${i.max === undefined ? '' : num(i.max, lang)}`);
      break;
    }
    case 'choice':
      extra.push(i.options.join(', '));
      break;
    case 'date':
      if (i.min !== undefined || i.max !== undefined) extra.push(`${i.min ?? ''}–${i.max ?? ''}`);
      break;
    case 'children':
      extra.push(lbl(i.of, lang));
      break;
    case 'fields':
      extra.push(Object.entries(i.fields).map(([k, f]) => `${k}: ${inputText(f, lang)}`).join(', '));
      break;
    default:
      break;
  }
  return extra.length === 0 ? kind : `${kind} (${extra.join('; ')})`;
}

function combineText(c: Combination, lang: Lang): string {
  if (c.type === 'all') return t({ vi: 'đạt tất cả chỉ tiêu', en: 'all indicators met' }, lang);
  return lang === 'vi' ? `đạt ít nhất ${c.count} chỉ tiêu` : `at least ${c.count} indicators met`;
}

function citationValue(k: keyof Citation, v: unknown, lang: Lang): string {
  if (v === undefined) return t(NOTHING, lang);
  if (k === 'provenance' && typeof v === 'string' && v in PROVENANCE) return t(PROVENANCE[v as Provenance], lang);
  return String(v);
}

/** A citation patch in short: decision, part, item and provenance (or whatever fields it has). */
function citationShort(c: CitationPatch | undefined, lang: Lang): string {
  if (c === undefined) return t(NOTHING, lang);
  const parts = [
    c.decision,
    c.part,
    c.item === undefined ? undefined : `${t({ vi: 'mục', en: 'item' }, lang)} ${c.item}`,
    c.provenance === undefined ? undefined : citationValue('provenance', c.provenance, lang),
  ].filter((x): x is string => x !== undefined);
  if (parts.length > 0) return parts.join(', ');
  const rest = CITATION_FIELDS.filter(([k]) => c[k] !== undefined).map(([k, name]) => `${t(name, lang)} ${String(c[k])}`);
  return rest.length > 0 ? rest.join(', ') : '{}';
}

/**
 * A citation change: when both sides exist, only the fields that differ ("mức xác minh: chưa xác minh → đã xác
 * minh"); when one side is absent, the other in short.
 */
function citationChange(a: CitationPatch | undefined, b: CitationPatch | undefined, lang: Lang): string {
  if (a === undefined || b === undefined) return `${citationShort(a, lang)}${ARROW}${citationShort(b, lang)}`;
  const parts: string[] = [];
  for (const [k, name] of CITATION_FIELDS) {
    const x = a[k];
    const y = b[k];
    if (x !== y) parts.push(`${t(name, lang)}: ${citationValue(k, x, lang)}${ARROW}${citationValue(k, y, lang)}`);
  }
  return parts.join('; ');
}

const change = (before: string, after: string): string => `${before}${ARROW}${after}`;

const DIMENSIONS: Readonly<Record<Dimension, Text>> = {
  year: { vi: 'năm', en: 'for' },
  region: { vi: 'vùng', en: 'region' },
  category: { vi: 'loại xã', en: 'category' },
  zone: { vi: 'khu vực', en: 'zone' },
  group: { vi: 'nhóm xã', en: 'commune group' },
};

function where(e: ValueChanged, lang: Lang): string {
  return e.at
    .map((k, i) => {
      const d = e.dims[i] ?? 'region';
      if (d === 'category' && k === '*') return t({ vi: 'các loại xã khác', en: 'other categories' }, lang);
      return `${t(DIMENSIONS[d], lang)} ${k}`;
    })
    .join(', ');
}

function fieldName(e: ValueChanged, lang: Lang): string {
  if (e.field.startsWith('params.')) return lang === 'vi' ? `tham số ${e.field.slice(7)}` : `parameter ${e.field.slice(7)}`;
  switch (e.field) {
    case 'value':
      return t({ vi: 'mức chuẩn', en: 'threshold' }, lang);
    case 'min':
      return t({ vi: 'mức tối thiểu', en: 'minimum' }, lang);
    case 'max':
      return t({ vi: 'mức tối đa', en: 'maximum' }, lang);
    case 'values':
      return t({ vi: 'các lựa chọn đạt', en: 'accepted options' }, lang);
    case 'bands':
      return t({ vi: 'thang điểm', en: 'score bands' }, lang);
    case 'atLeast':
      return e.rule === 'scoreBands'
        ? t({ vi: 'hạng yêu cầu', en: 'required band' }, lang)
        : t({ vi: 'tỷ lệ tối thiểu', en: 'minimum share' }, lang);
    default:
      return e.field;
  }
}

const isPolicy = (x: ValueLeaf | undefined): boolean => isLeafNode(x) && x.type === 'yearPolicy';

function valueLine(e: ValueChanged, lang: Lang): string {
  const field = fieldName(e, lang);
  const name = isPolicy(e.before) || isPolicy(e.after) ? `${t({ vi: 'cách áp dụng theo năm của', en: 'year policy of the' }, lang)} ${field}` : field;
  const w = where(e, lang);
  const valueSame = e.before !== undefined && e.after !== undefined && leaf(e.before, lang) === leaf(e.after, lang);
  const head = (w === '' ? name : `${name} ${w}`) + (valueSame ? ` (${leaf(e.after, lang)})` : '');
  const parts: string[] = [];
  if (!valueSame) parts.push(change(leaf(e.before, lang), leaf(e.after, lang)));
  if (e.source) parts.push(`${t({ vi: 'trích dẫn', en: 'citation' }, lang)} (${citationChange(e.source.before, e.source.after, lang)})`);
  return `${head}: ${parts.join('; ')}`;
}

function predicate(p: PredicateRef, lang: Lang): string {
  return `${p.name} (${lbl(p.description, lang)})`;
}

const indicatorHead = (code: string, label: Label, lang: Lang): string =>
  `${t({ vi: 'Chỉ tiêu', en: 'Indicator' }, lang)} ${code} (${lbl(label, lang)})`;
const criterionHead = (n: number, label: Label, lang: Lang): string =>
  `${t({ vi: 'Tiêu chí', en: 'Criterion' }, lang)} ${n} (${lbl(label, lang)})`;

const SET_FIELDS: Readonly<Record<string, Text>> = {
  label: { vi: 'tên', en: 'label' },
  scope: { vi: 'phạm vi', en: 'scope' },
  tier: { vi: 'cấp độ', en: 'tier' },
  citation: { vi: 'văn bản', en: 'citation' },
  regions: { vi: 'các vùng', en: 'regions' },
  groups: { vi: 'nhóm', en: 'group' },
  categories: { vi: 'loại đơn vị', en: 'category' },
  zones: { vi: 'khu vực', en: 'zone' },
  parameters: { vi: 'tham số', en: 'parameter' },
  prerequisites: { vi: 'điều kiện tiên quyết', en: 'prerequisite' },
};

function labelled(x: { readonly label: Label } | undefined, lang: Lang): string {
  return x === undefined ? t(NOTHING, lang) : lbl(x.label, lang);
}

/** One line for one content change. */
export function formatEntry(e: DiffEntry, lang: Lang): string {
  const noneText = t(NOTHING, lang);
  switch (e.kind) {
    case 'set-changed': {
      const head = `${t({ vi: 'Bộ tiêu chí', en: 'Set' }, lang)}: ${t(SET_FIELDS[e.field] ?? { vi: e.field, en: e.field }, lang)}`;
      switch (e.field) {
        case 'label':
          return `${head}: ${change(lbl(e.before, lang), lbl(e.after, lang))}`;
        case 'scope':
        case 'tier':
          return `${head}: ${change(e.before, e.after)}`;
        case 'citation':
          return `${head}: ${citationChange(e.before, e.after, lang)}`;
        case 'regions':
          return `${head}: ${change(e.before.join(', '), e.after.join(', '))}`;
        case 'groups':
          return `${head} ${e.key}: ${change(labelled(e.before, lang), labelled(e.after, lang))}`;
        case 'categories': {
          const cat = (c: typeof e.before): string =>
            c === undefined ? noneText : c.useRegion ? `${lbl(c.label, lang)} (${lang === 'vi' ? 'theo vùng' : 'uses region'} ${c.useRegion})` : lbl(c.label, lang);
          return `${head} ${e.key}: ${change(cat(e.before), cat(e.after))}`;
        }
        case 'zones':
          return `${head} ${e.key}: ${change(e.before ? lbl(e.before, lang) : noneText, e.after ? lbl(e.after, lang) : noneText)}`;
        case 'parameters':
          return `${head} ${e.key}: ${change(valueTree(e.before, lang), valueTree(e.after, lang))}`;
        case 'prerequisites':
          return `${head} ${e.key}: ${change(labelled(e.before, lang), labelled(e.after, lang))}`;
      }
      break;
    }
    case 'criterion-added':
      return lang === 'vi'
        ? `Thêm tiêu chí ${e.number} (${e.label.vi}): chỉ tiêu ${e.indicators.join(', ')}`
        : `Added criterion ${e.number} (${e.label.en}): indicators ${e.indicators.join(', ')}`;
    case 'criterion-removed':
      return lang === 'vi'
        ? `Bỏ tiêu chí ${e.number} (${e.label.vi}): chỉ tiêu ${e.indicators.join(', ')}`
        : `Removed criterion ${e.number} (${e.label.en}): indicators ${e.indicators.join(', ')}`;
    case 'criterion-changed': {
      const head = criterionHead(e.number, e.label, lang);
      switch (e.field) {
        case 'label':
          return `${head}: ${t({ vi: 'tên', en: 'label' }, lang)}: ${change(lbl(e.before, lang), lbl(e.after, lang))}`;
        case 'group':
          return `${head}: ${t({ vi: 'nhóm', en: 'group' }, lang)}: ${change(e.before ?? noneText, e.after ?? noneText)}`;
        case 'combine':
          return `${head}: ${t({ vi: 'cách kết hợp', en: 'combination' }, lang)}: ${change(combineText(e.before, lang), combineText(e.after, lang))}`;
        case 'source':
          return `${head}: ${t({ vi: 'trích dẫn', en: 'citation' }, lang)}: ${citationChange(e.before, e.after, lang)}`;
      }
      break;
    }
    case 'indicator-added':
      return lang === 'vi'
        ? `Thêm chỉ tiêu ${e.code} (${e.label.vi}) vào tiêu chí ${e.criterion}`
        : `Added indicator ${e.code} (${e.label.en}) to criterion ${e.criterion}`;
    case 'indicator-removed':
      return lang === 'vi'
        ? `Bỏ chỉ tiêu ${e.code} (${e.label.vi}) khỏi tiêu chí ${e.criterion}`
        : `Removed indicator ${e.code} (${e.label.en}) from criterion ${e.criterion}`;
    case 'indicator-moved':
      return lang === 'vi'
        ? `Chuyển chỉ tiêu ${e.code} (${e.label.vi}) từ tiêu chí ${e.from} sang tiêu chí ${e.to}`
        : `Moved indicator ${e.code} (${e.label.en}) from criterion ${e.from} to criterion ${e.to}`;
    case 'indicator-changed': {
      const head = indicatorHead(e.code, e.label, lang);
      switch (e.field) {
        case 'label':
          return `${head}: ${t({ vi: 'tên', en: 'label' }, lang)}: ${change(lbl(e.before, lang), lbl(e.after, lang))}`;
        case 'input':
          return `${head}: ${t({ vi: 'dữ liệu đầu vào', en: 'input' }, lang)}: ${change(inputText(e.before, lang), inputText(e.after, lang))}`;
        case 'rule-type':
          return `${head}: ${t({ vi: 'loại yêu cầu', en: 'rule' }, lang)}: ${change(t(RULE_TYPES[e.before], lang), t(RULE_TYPES[e.after], lang))}`;
        case 'applicability': {
          const a = (x: string): string =>
            x === 'ifPresent' ? t({ vi: 'nếu có', en: 'if present' }, lang) : t({ vi: 'luôn áp dụng', en: 'always' }, lang);
          return `${head}: ${t({ vi: 'phạm vi áp dụng', en: 'applicability' }, lang)}: ${change(a(e.before), a(e.after))}`;
        }
        case 'source':
          return `${head}: ${t({ vi: 'trích dẫn', en: 'citation' }, lang)}: ${citationChange(e.before, e.after, lang)}`;
        case 'predicate':
          return `${head}: ${t({ vi: 'điều kiện riêng', en: 'custom predicate' }, lang)}: ${change(predicate(e.before, lang), predicate(e.after, lang))}`;
      }
      break;
    }
    case 'value-changed':
      return `${indicatorHead(e.code, e.label, lang)}: ${valueLine(e, lang)}`;
  }
  return JSON.stringify(e);
}

function validityText(v: Validity, lang: Lang): string {
  if (lang === 'vi') return v.until ? `từ ${v.from} đến ${v.until}` : `từ ${v.from}`;
  return v.until ? `from ${v.from} to ${v.until}` : `from ${v.from}`;
}

/** One line for one bookkeeping change. */
export function formatMeta(m: MetaChange, lang: Lang): string {
  switch (m.field) {
    case 'id':
      return `${t({ vi: 'Mã bộ tiêu chí', en: 'Set id' }, lang)}: ${change(m.before, m.after)}`;
    case 'version':
      return `${t({ vi: 'Phiên bản', en: 'Version' }, lang)}: ${change(m.before, m.after)}`;
    case 'validity':
      return `${t({ vi: 'Hiệu lực', en: 'Validity' }, lang)}: ${change(validityText(m.before, lang), validityText(m.after, lang))}`;
    case 'amendedBy': {
      const list = (cs: readonly Citation[]): string => (cs.length === 0 ? t(NOTHING, lang) : cs.map((c) => c.decision).join(', '));
      return `${t({ vi: 'Sửa đổi bởi', en: 'Amended by' }, lang)}: ${change(list(m.before), list(m.after))}`;
    }
    case 'derivedFrom': {
      const from = (d: typeof m.before): string => (d === undefined ? t(NOTHING, lang) : `${d.id} (${t({ vi: 'phiên bản', en: 'version' }, lang)} ${d.version})`);
      return `${t({ vi: 'Dẫn xuất từ', en: 'Derived from' }, lang)}: ${change(from(m.before), from(m.after))}`;
    }
  }
}

function refText(r: SetRef, lang: Lang): string {
  return `${lbl(r.label, lang)} (${r.id}, ${t({ vi: 'phiên bản', en: 'version' }, lang)} ${r.version})`;
}

/**
 * The diff as readable text: a header naming both sets and versions, the bookkeeping changes, then one line per
 * content change, e.g. "Chỉ tiêu 10 (Thu nhập bình quân đầu người): mức chuẩn năm 2025, vùng BTB: 55 → 58".
 */
export function formatDiff(diff: SetDiff, lang: Lang): string {
  const lines = [`${t({ vi: 'So sánh', en: 'Comparing' }, lang)} ${refText(diff.from, lang)}${ARROW}${refText(diff.to, lang)}`];
  for (const m of diff.meta) lines.push(formatMeta(m, lang));
  if (diff.changes.length === 0) lines.push(t({ vi: 'Không có thay đổi nội dung.', en: 'No content changes.' }, lang));
  for (const e of diff.changes) lines.push(formatEntry(e, lang));
  return lines.join('\n');
}
