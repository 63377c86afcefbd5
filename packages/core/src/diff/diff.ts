import { configure } from 'safe-stable-stringify';
import { mergeCitation, type Citation, type CitationPatch } from '../citation/citation.js';
import type {
  Applicability,
  Combination,
  Criterion,
  CriterionGroup,
  DerivedFrom,
  Indicator,
  Prerequisite,
  Scope,
  SetDefinition,
  Tier,
  UnitCategory,
  Validity,
} from '../definition/model.js';
import type { Input } from '../input/input.js';
import type { Label } from '../label/label.js';
import type { Region } from '../region/region.js';
import type { Rule, RuleType, ScoreBand } from '../rule/rule.js';
import { isNode, walkValue, type AfterLastYear, type BetweenYears, type Dimension, type Scalar, type Value } from '../value/value.js';

/** One side of a comparison: which set and which version. */
export interface SetRef {
  readonly id: string;
  readonly version: string;
  readonly label: Label;
  /** Present when the side is a defined set (`defineSet`), which carries its content fingerprint. */
  readonly fingerprint?: string;
}

/** A change of a bookkeeping field; it never counts as a change of content. */
export type MetaChange =
  | { readonly field: 'id' | 'version'; readonly before: string; readonly after: string }
  | { readonly field: 'validity'; readonly before: Validity; readonly after: Validity }
  | { readonly field: 'amendedBy'; readonly before: readonly Citation[]; readonly after: readonly Citation[] }
  | { readonly field: 'derivedFrom'; readonly before: DerivedFrom | undefined; readonly after: DerivedFrom | undefined };

/** A criterion present only in the newer set. Its own new indicators are listed here, not as `indicator-added`. */
export interface CriterionAdded {
  readonly kind: 'criterion-added';
  readonly number: number;
  readonly label: Label;
  /** Codes of its indicators, in set order. */
  readonly indicators: readonly string[];
}

/** A criterion present only in the older set. Its indicators that vanished are listed here, not as `indicator-removed`. */
export interface CriterionRemoved {
  readonly kind: 'criterion-removed';
  readonly number: number;
  readonly label: Label;
  readonly indicators: readonly string[];
}

type CriterionFieldChange =
  | { readonly field: 'label'; readonly before: Label; readonly after: Label }
  | { readonly field: 'group'; readonly before: string | undefined; readonly after: string | undefined }
  | { readonly field: 'combine'; readonly before: Combination; readonly after: Combination }
  | { readonly field: 'source'; readonly before: CitationPatch | undefined; readonly after: CitationPatch | undefined };

/** A field of a criterion present in both sets changed. `label` is the criterion's label in the newer set. */
export type CriterionChanged = { readonly kind: 'criterion-changed'; readonly number: number; readonly label: Label } & CriterionFieldChange;

/** An indicator present only in the newer set, in a criterion present in both. */
export interface IndicatorAdded {
  readonly kind: 'indicator-added';
  readonly code: string;
  readonly criterion: number;
  readonly label: Label;
}

/** An indicator present only in the older set, in a criterion present in both. */
export interface IndicatorRemoved {
  readonly kind: 'indicator-removed';
  readonly code: string;
  readonly criterion: number;
  readonly label: Label;
}

/** An indicator (same code) now belongs to another criterion. */
export interface IndicatorMoved {
  readonly kind: 'indicator-moved';
  readonly code: string;
  readonly label: Label;
  readonly from: number;
  readonly to: number;
}

/** The identity of a custom predicate: its stable name and the requirement as the law states it. */
export interface PredicateRef {
  readonly name: string;
  readonly description: Label;
}

type IndicatorFieldChange =
  | { readonly field: 'label'; readonly before: Label; readonly after: Label }
  | { readonly field: 'input'; readonly before: Input; readonly after: Input }
  | { readonly field: 'rule-type'; readonly before: RuleType; readonly after: RuleType }
  | { readonly field: 'applicability'; readonly before: Applicability; readonly after: Applicability }
  | { readonly field: 'source'; readonly before: CitationPatch | undefined; readonly after: CitationPatch | undefined }
  /** A custom rule's name or description changed (its predicate is code and is not compared). */
  | { readonly field: 'predicate'; readonly before: PredicateRef; readonly after: PredicateRef };

/** A field of an indicator present in both sets changed. `criterion` and `label` are those of the newer set. */
export type IndicatorChanged = {
  readonly kind: 'indicator-changed';
  readonly code: string;
  readonly criterion: number;
  readonly label: Label;
} & IndicatorFieldChange;

/** The year policy of a `byYear` value, compared as a pseudo-leaf at the path of the `byYear` node. */
export interface YearPolicy {
  readonly type: 'yearPolicy';
  readonly between: BetweenYears;
  readonly after: AfterLastYear;
}

/**
 * What sits at a leaf of a value tree: a scalar, a province parameter, a not-known value, the year policy of a
 * `byYear` node, or (field `bands`) the score bands of a `scoreBands` rule.
 */
export type ValueLeaf =
  | Scalar
  | { readonly type: 'parameter'; readonly name: string; readonly label: Label }
  | { readonly type: 'notKnown'; readonly reason: Label }
  | YearPolicy
  | readonly ScoreBand[];

/** One leaf of a rule's value differs (its value, or the citation given to it by `sourced` wrappers). */
export interface ValueChanged {
  readonly kind: 'value-changed';
  readonly code: string;
  readonly criterion: number;
  readonly label: Label;
  /** Type of the rule the field belongs to (the newer set's, unless the field exists only in the older one). */
  readonly rule: RuleType;
  /** Rule field: `value`, `min`, `max`, `atLeast`, `values`, `bands` or `params.<name>`. */
  readonly field: string;
  /** Dimension keys leading to the leaf, e.g. `['2025', 'BTB']`; `[]` for a plain value. */
  readonly at: readonly string[];
  /** The dimension of each key of `at`, e.g. `['year', 'region']`. */
  readonly dims: readonly Dimension[];
  /** `undefined` when the leaf exists only in the newer set. */
  readonly before: ValueLeaf | undefined;
  /** `undefined` when the leaf exists only in the older set. */
  readonly after: ValueLeaf | undefined;
  /**
   * Present when the citation the leaf carries (all `sourced` wrappers on its path, outermost first, merged)
   * differs; a change of `sourced` on a whole subtree is reported on each of its leaves.
   */
  readonly source?: { readonly before: CitationPatch | undefined; readonly after: CitationPatch | undefined };
}

type SetFieldChange =
  | { readonly field: 'label'; readonly before: Label; readonly after: Label }
  | { readonly field: 'scope'; readonly before: Scope; readonly after: Scope }
  | { readonly field: 'tier'; readonly before: Tier; readonly after: Tier }
  | { readonly field: 'citation'; readonly before: Citation; readonly after: Citation }
  | { readonly field: 'regions'; readonly before: readonly Region[]; readonly after: readonly Region[] }
  /** Keyed collections are compared per key (group id, category, zone, parameter name, prerequisite set id). */
  | { readonly field: 'groups'; readonly key: string; readonly before: CriterionGroup | undefined; readonly after: CriterionGroup | undefined }
  | { readonly field: 'categories'; readonly key: string; readonly before: UnitCategory | undefined; readonly after: UnitCategory | undefined }
  | { readonly field: 'zones'; readonly key: string; readonly before: Label | undefined; readonly after: Label | undefined }
  | { readonly field: 'parameters'; readonly key: string; readonly before: Value<Scalar> | undefined; readonly after: Value<Scalar> | undefined }
  | { readonly field: 'prerequisites'; readonly key: string; readonly before: Prerequisite | undefined; readonly after: Prerequisite | undefined };

/** A set-level content field changed. */
export type SetChanged = { readonly kind: 'set-changed' } & SetFieldChange;

/** A change of content. */
export type DiffEntry =
  | SetChanged
  | CriterionAdded
  | CriterionRemoved
  | CriterionChanged
  | IndicatorAdded
  | IndicatorRemoved
  | IndicatorMoved
  | IndicatorChanged
  | ValueChanged;

/** The kinds of content change. */
export type DiffKind = DiffEntry['kind'];

/** The differences between two sets or two versions of one set, as plain data. */
export interface SetDiff {
  readonly from: SetRef;
  readonly to: SetRef;
  /** Bookkeeping changes (id, version, validity, amendedBy, derivedFrom); the fingerprint is never listed. */
  readonly meta: readonly MetaChange[];
  /** Content changes: set fields first, then criteria by number, each followed by its indicators in set order. */
  readonly changes: readonly DiffEntry[];
}

const stringify = configure({ deterministic: true, bigint: false, circularValue: Error });

/** Structural equality on plain data: key order is ignored, a key holding `undefined` equals a missing key. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return stringify(a) === stringify(b);
}

function ref(s: SetDefinition): SetRef {
  const fp = (s as { readonly fingerprint?: unknown }).fingerprint;
  return typeof fp === 'string'
    ? { id: s.id, version: s.version, label: s.label, fingerprint: fp }
    : { id: s.id, version: s.version, label: s.label };
}

function metaChanges(a: SetDefinition, b: SetDefinition): MetaChange[] {
  const out: MetaChange[] = [];
  if (a.id !== b.id) out.push({ field: 'id', before: a.id, after: b.id });
  if (a.version !== b.version) out.push({ field: 'version', before: a.version, after: b.version });
  if (!sameData(a.validity, b.validity)) out.push({ field: 'validity', before: a.validity, after: b.validity });
  if (!sameData(a.amendedBy, b.amendedBy)) out.push({ field: 'amendedBy', before: a.amendedBy, after: b.amendedBy });
  if (!sameData(a.derivedFrom, b.derivedFrom)) out.push({ field: 'derivedFrom', before: a.derivedFrom, after: b.derivedFrom });
  return out;
}

/** Per-key comparison of two keyed collections, keys in the older order then the newer's new keys. */
function keyed<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, emit: (key: string, before: T | undefined, after: T | undefined) => void): void {
  const keys = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  for (const k of keys) {
    const x = a.get(k);
    const y = b.get(k);
    if (!sameData(x, y)) emit(k, x, y);
  }
}

const entriesOf = <T>(r: Readonly<Record<string, T>>): Map<string, T> => new Map(Object.entries(r));

function setChanges(a: SetDefinition, b: SetDefinition): SetChanged[] {
  const out: SetChanged[] = [];
  const kind = 'set-changed' as const;
  if (!sameData(a.label, b.label)) out.push({ kind, field: 'label', before: a.label, after: b.label });
  if (a.scope !== b.scope) out.push({ kind, field: 'scope', before: a.scope, after: b.scope });
  if (a.tier !== b.tier) out.push({ kind, field: 'tier', before: a.tier, after: b.tier });
  if (!sameData(a.citation, b.citation)) out.push({ kind, field: 'citation', before: a.citation, after: b.citation });
  if (!sameData(a.regions, b.regions)) out.push({ kind, field: 'regions', before: a.regions, after: b.regions });
  keyed(new Map(a.groups.map((g) => [g.id, g])), new Map(b.groups.map((g) => [g.id, g])), (key, before, after) =>
    out.push({ kind, field: 'groups', key, before, after }),
  );
  keyed(entriesOf(a.categories), entriesOf(b.categories), (key, before, after) => out.push({ kind, field: 'categories', key, before, after }));
  keyed(entriesOf(a.zones), entriesOf(b.zones), (key, before, after) => out.push({ kind, field: 'zones', key, before, after }));
  keyed(entriesOf(a.parameters), entriesOf(b.parameters), (key, before, after) => out.push({ kind, field: 'parameters', key, before, after }));
  keyed(new Map(a.prerequisites.map((p) => [p.set, p])), new Map(b.prerequisites.map((p) => [p.set, p])), (key, before, after) =>
    out.push({ kind, field: 'prerequisites', key, before, after }),
  );
  return out;
}

/** A leaf of a value tree with the citation `sourced` wrappers give it. */
interface Leaf {
  readonly at: readonly string[];
  readonly dims: readonly Dimension[];
  readonly value: ValueLeaf;
  readonly source: CitationPatch | undefined;
}

const isPrefix = (p: readonly string[], of: readonly string[]): boolean => p.length <= of.length && p.every((k, i) => of[i] === k);

/** Flatten a value tree into its leaves, keyed by dimension path (and dimension names). */
export function valueLeaves(v: Value<Scalar>): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const wrappers: { readonly at: readonly string[]; readonly source: CitationPatch }[] = [];
  const sourceAt = (at: readonly string[]): CitationPatch | undefined => {
    const on = wrappers.filter((w) => isPrefix(w.at, at));
    return on.length === 0 ? undefined : Object.assign({}, ...on.map((w) => w.source));
  };
  walkValue(v, (node, path, dims) => {
    const key = stringify([path, dims]) as string;
    if (!isNode(node)) {
      out.set(key, { at: path, dims, value: node, source: sourceAt(path) });
      return;
    }
    switch (node.type) {
      case 'sourced':
        wrappers.push({ at: path, source: node.source });
        return;
      case 'parameter':
        out.set(key, { at: path, dims, value: { type: 'parameter', name: node.name, label: node.label }, source: sourceAt(path) });
        return;
      case 'notKnown':
        out.set(key, { at: path, dims, value: { type: 'notKnown', reason: node.reason }, source: sourceAt(path) });
        return;
      case 'byYear':
        out.set(`${key}#policy`, {
          at: path,
          dims,
          value: { type: 'yearPolicy', between: node.between, after: node.after },
          source: sourceAt(path),
        });
        return;
      default:
        return;
    }
  });
  return out;
}

/** The value-bearing fields of a rule, in a fixed order. */
function ruleFields(rule: Rule): [string, Map<string, Leaf>][] {
  const leaves = (v: unknown): Map<string, Leaf> => valueLeaves(v as Value<Scalar>);
  switch (rule.type) {
    case 'atLeast':
    case 'atMost':
    case 'equals':
      return [['value', leaves(rule.value)]];
    case 'between':
      return [
        ['min', leaves(rule.min)],
        ['max', leaves(rule.max)],
      ];
    case 'isTrue':
      return [];
    case 'oneOf':
      return [['values', leaves(rule.values)]];
    case 'shareOfChildren':
      return [['atLeast', leaves(rule.atLeast)]];
    case 'scoreBands':
      return [
        ['bands', new Map([['[[],[]]', { at: [], dims: [], value: rule.bands, source: undefined }]])],
        ['atLeast', leaves(rule.atLeast)],
      ];
    case 'custom':
      return Object.entries(rule.params as Readonly<Record<string, Value<number>>>).map(([k, v]) => [`params.${k}`, leaves(v)]);
  }
}

function valueChanges(a: Indicator, b: Indicator, criterion: number): ValueChanged[] {
  const out: ValueChanged[] = [];
  const fa = new Map(ruleFields(a.rule));
  const fb = new Map(ruleFields(b.rule));
  const fields = [...fa.keys(), ...[...fb.keys()].filter((k) => !fa.has(k))];
  for (const field of fields) {
    const la = fa.get(field) ?? new Map<string, Leaf>();
    const lb = fb.get(field) ?? new Map<string, Leaf>();
    const rule = fb.has(field) ? b.rule.type : a.rule.type;
    const keys = [...la.keys(), ...[...lb.keys()].filter((k) => !la.has(k))];
    for (const k of keys) {
      const x = la.get(k);
      const y = lb.get(k);
      const valueSame = x !== undefined && y !== undefined && sameData(x.value, y.value);
      const sourceSame = sameData(x?.source, y?.source);
      if (valueSame && sourceSame) continue;
      const where = (y ?? x) as Leaf;
      out.push({
        kind: 'value-changed',
        code: b.code,
        criterion,
        label: b.label,
        rule,
        field,
        at: where.at,
        dims: where.dims,
        before: x?.value,
        after: y?.value,
        ...(sourceSame ? {} : { source: { before: x?.source, after: y?.source } }),
      });
    }
  }
  return out;
}

/** Citations as they apply to a node: the parent's, overridden by the node's own patch. */
interface Cited {
  readonly before: Citation;
  readonly after: Citation;
}

/** A citation patch changed only if the citation it produces changed (a provincial set restates national citations). */
function citedDiffers(a: CitationPatch | undefined, b: CitationPatch | undefined, parents: Cited): boolean {
  return !sameData(a, b) && !sameData(mergeCitation(parents.before, a), mergeCitation(parents.after, b));
}

function indicatorChanges(a: Indicator, b: Indicator, criterion: number, parents: Cited): (IndicatorChanged | ValueChanged)[] {
  const out: (IndicatorChanged | ValueChanged)[] = [];
  const head = { kind: 'indicator-changed', code: b.code, criterion, label: b.label } as const;
  if (!sameData(a.label, b.label)) out.push({ ...head, field: 'label', before: a.label, after: b.label });
  if (!sameData(a.input, b.input)) out.push({ ...head, field: 'input', before: a.input, after: b.input });
  if (a.applicability !== b.applicability) out.push({ ...head, field: 'applicability', before: a.applicability, after: b.applicability });
  if (citedDiffers(a.source, b.source, parents)) out.push({ ...head, field: 'source', before: a.source, after: b.source });
  if (a.rule.type !== b.rule.type) out.push({ ...head, field: 'rule-type', before: a.rule.type, after: b.rule.type });
  if (a.rule.type === 'custom' && b.rule.type === 'custom') {
    const pa: PredicateRef = { name: a.rule.name, description: a.rule.description };
    const pb: PredicateRef = { name: b.rule.name, description: b.rule.description };
    if (!sameData(pa, pb)) out.push({ ...head, field: 'predicate', before: pa, after: pb });
  }
  out.push(...valueChanges(a, b, criterion));
  return out;
}

function criterionChanges(a: Criterion, b: Criterion, parents: Cited): CriterionChanged[] {
  const out: CriterionChanged[] = [];
  const head = { kind: 'criterion-changed', number: b.number, label: b.label } as const;
  if (!sameData(a.label, b.label)) out.push({ ...head, field: 'label', before: a.label, after: b.label });
  if (a.group !== b.group) out.push({ ...head, field: 'group', before: a.group, after: b.group });
  if (!sameData(a.combine, b.combine)) out.push({ ...head, field: 'combine', before: a.combine, after: b.combine });
  if (citedDiffers(a.source, b.source, parents)) out.push({ ...head, field: 'source', before: a.source, after: b.source });
  return out;
}

/**
 * Compare two criteria sets (or two versions of one set).
 *
 * Indicators are matched by code across the whole set, criteria by number. A value tree is compared leaf by leaf
 * (see {@link walkValue}), so a change of one regional number is one `value-changed` entry. Custom predicates are
 * code: they are compared by name and description only.
 */
export function diffSets(a: SetDefinition, b: SetDefinition): SetDiff {
  const changes: DiffEntry[] = [...setChanges(a, b)];
  const critA = new Map(a.criteria.map((c) => [c.number, c]));
  const critB = new Map(b.criteria.map((c) => [c.number, c]));
  const indA = new Map(a.criteria.flatMap((c) => c.indicators.map((i) => [i.code, { ind: i, criterion: c.number }] as const)));
  const indB = new Map(b.criteria.flatMap((c) => c.indicators.map((i) => [i.code, { ind: i, criterion: c.number }] as const)));
  const numbers = [...new Set([...critA.keys(), ...critB.keys()])].sort((x, y) => x - y);
  for (const n of numbers) {
    const ca = critA.get(n);
    const cb = critB.get(n);
    if (!ca && cb) {
      changes.push({ kind: 'criterion-added', number: n, label: cb.label, indicators: cb.indicators.map((i) => i.code) });
    } else if (ca && !cb) {
      changes.push({ kind: 'criterion-removed', number: n, label: ca.label, indicators: ca.indicators.map((i) => i.code) });
    } else if (ca && cb) {
      changes.push(...criterionChanges(ca, cb, { before: a.citation, after: b.citation }));
    }
    for (const ind of cb?.indicators ?? []) {
      const before = indA.get(ind.code);
      if (!before) {
        if (ca) changes.push({ kind: 'indicator-added', code: ind.code, criterion: n, label: ind.label });
        continue;
      }
      if (before.criterion !== n) {
        changes.push({ kind: 'indicator-moved', code: ind.code, label: ind.label, from: before.criterion, to: n });
      }
      const critBefore = critA.get(before.criterion);
      const parents: Cited = {
        before: mergeCitation(a.citation, critBefore?.source),
        after: mergeCitation(b.citation, cb?.source),
      };
      changes.push(...indicatorChanges(before.ind, ind, n, parents));
    }
    if (cb) {
      for (const ind of ca?.indicators ?? []) {
        if (!indB.has(ind.code)) changes.push({ kind: 'indicator-removed', code: ind.code, criterion: n, label: ind.label });
      }
    }
  }
  return { from: ref(a), to: ref(b), meta: metaChanges(a, b), changes };
}
