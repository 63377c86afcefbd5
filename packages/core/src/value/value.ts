import type { CitationPatch } from '../citation/citation.js';
import type { Label } from '../label/label.js';
import { REGIONS, type CommuneGroup, type Region } from '../region/region.js';

/** A legal threshold value: a number, text, flag or list of options. */
export type Scalar = number | string | boolean | readonly string[];

/** What to do with a year between two listed years (e.g. income for 2023 when the law lists 2022 and 2025). */
export type BetweenYears =
  /** the value of the latest listed year before it */
  | 'previous'
  /** the value of the next listed year after it */
  | 'next'
  /** no value: the indicator evaluates to unknown */
  | 'unknown'
  /** straight-line between the two listed years (numbers only); only where an instrument says so */
  | 'interpolate';

/** What to do with a year after the last listed one. */
export type AfterLastYear = 'last' | 'unknown';

/** A value that varies, as a plain serialisable tree whose leaves are scalars. */
export type ValueNode<T extends Scalar> =
  | { readonly type: 'sourced'; readonly value: Value<T>; readonly source: CitationPatch }
  | { readonly type: 'byRegion'; readonly values: Readonly<Partial<Record<Region, Value<T>>>> }
  | {
      readonly type: 'byYear';
      readonly values: Readonly<Record<string, Value<T>>>;
      readonly between: BetweenYears;
      readonly after: AfterLastYear;
    }
  | { readonly type: 'byCategory'; readonly values: Readonly<Record<string, Value<T>>>; readonly otherwise: Value<T> }
  | { readonly type: 'byZone'; readonly values: Readonly<Record<string, Value<T>>> }
  | { readonly type: 'byGroup'; readonly values: Readonly<Partial<Record<`${CommuneGroup}`, Value<T>>>> }
  | { readonly type: 'parameter'; readonly name: string; readonly label: Label }
  | { readonly type: 'notKnown'; readonly reason: Label };

/** A threshold: a plain scalar, or a value that varies by region, year, category, zone or group. */
export type Value<T extends Scalar> = T | ValueNode<T>;

/** True when `v` is a varying value node rather than a plain scalar. */
export function isNode<T extends Scalar>(v: Value<T>): v is ValueNode<T> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Values per region (the 7 vùng). Every region the set covers needs one. */
export function byRegion<T extends Scalar>(values: Partial<Record<Region, Value<T>>>): ValueNode<T> {
  return { type: 'byRegion', values };
}

/** Values per year, with an explicit policy for the years in between and after. */
export function byYear<T extends Scalar>(
  values: Record<number, Value<T>>,
  policy: { between: BetweenYears; after: AfterLastYear },
): ValueNode<T> {
  const keyed: Record<string, Value<T>> = {};
  for (const [k, v] of Object.entries(values)) keyed[k] = v;
  return { type: 'byYear', values: keyed, between: policy.between, after: policy.after };
}

/** Values for units of a category (e.g. xã đặc biệt khó khăn), and for the others. */
export function byCategory<T extends Scalar>(values: Record<string, Value<T>>, otherwise: Value<T>): ValueNode<T> {
  return { type: 'byCategory', values, otherwise };
}

/** Values per provincial zone (e.g. Thanh Hóa Vùng 1 / Vùng 2). */
export function byZone<T extends Scalar>(values: Record<string, Value<T>>): ValueNode<T> {
  return { type: 'byZone', values };
}

/** Values per commune group (nhóm xã 1, 2, 3 of QĐ 51/2025). */
export function byGroup<T extends Scalar>(values: Partial<Record<CommuneGroup, Value<T>>>): ValueNode<T> {
  const keyed: Partial<Record<`${CommuneGroup}`, Value<T>>> = {};
  for (const [k, v] of Object.entries(values)) keyed[k as `${CommuneGroup}`] = v as Value<T>;
  return { type: 'byGroup', values: keyed };
}

/** A value the law delegates to the province ("UBND tỉnh quy định"): a provincial set supplies it. */
export function provinceParameter(name: string, label: Label): ValueNode<never> {
  return { type: 'parameter', name, label };
}

/** A value the law sets but that is not known to us: the indicator evaluates to unknown, never guessed. */
export function notKnown(reason: Label): ValueNode<never> {
  return { type: 'notKnown', reason };
}

/** A value with its own citation (e.g. a regional number confirmed by a different source). */
export function sourced<T extends Scalar>(value: Value<T>, source: CitationPatch): ValueNode<T> {
  return { type: 'sourced', value, source };
}

/** What a unit brings to the choice of a value. */
export interface ValueContext {
  readonly region: Region | undefined;
  readonly year: number;
  readonly categories: readonly string[];
  readonly zone: string | undefined;
  readonly group: CommuneGroup | undefined;
  readonly parameters: Readonly<Record<string, Value<Scalar>>>;
}

/** Why no value could be chosen. */
export type ValueProblem =
  | { readonly code: 'REGION_REQUIRED' }
  | { readonly code: 'NO_VALUE_FOR_REGION'; readonly region: Region }
  | { readonly code: 'ZONE_REQUIRED' }
  | { readonly code: 'NO_VALUE_FOR_ZONE'; readonly zone: string }
  | { readonly code: 'GROUP_REQUIRED' }
  | { readonly code: 'NO_VALUE_FOR_GROUP'; readonly group: CommuneGroup }
  | { readonly code: 'YEAR_NOT_COVERED'; readonly year: number }
  | { readonly code: 'PARAMETER_NOT_SUPPLIED'; readonly name: string; readonly label: Label }
  | { readonly code: 'VALUE_NOT_KNOWN'; readonly reason: Label };

/** A chosen value with the citation patches met on the way to it (outermost first). */
export type Resolved<T extends Scalar> =
  | { readonly ok: true; readonly value: T; readonly sources: readonly CitationPatch[] }
  | { readonly ok: false; readonly problem: ValueProblem; readonly sources: readonly CitationPatch[] };

/** The own entry `k` of a node's values, never an inherited member (a category may be named "toString"). */
function ownValue<T extends Scalar>(values: object, k: string): Value<T> | undefined {
  return Object.prototype.hasOwnProperty.call(values, k) ? ((values as Record<string, Value<T>>)[k] as Value<T>) : undefined;
}

/** Choose the value that applies in a context. */
export function resolveValue<T extends Scalar>(
  v: Value<T>,
  ctx: ValueContext,
  sources: readonly CitationPatch[] = [],
  depth = 0,
): Resolved<T> {
  if (!isNode(v)) return { ok: true, value: v, sources };
  switch (v.type) {
    case 'sourced':
      return resolveValue(v.value, ctx, [...sources, v.source], depth);
    case 'byRegion': {
      if (!ctx.region) return { ok: false, problem: { code: 'REGION_REQUIRED' }, sources };
      const next = ownValue<T>(v.values, ctx.region);
      if (next === undefined) return { ok: false, problem: { code: 'NO_VALUE_FOR_REGION', region: ctx.region }, sources };
      return resolveValue(next, ctx, sources, depth);
    }
    case 'byYear': {
      const years = Object.keys(v.values).map(Number).sort((a, b) => a - b);
      const exact = ownValue<T>(v.values, String(ctx.year));
      if (exact !== undefined) return resolveValue(exact, ctx, sources, depth);
      const first = years[0];
      const last = years[years.length - 1];
      if (first === undefined || last === undefined || ctx.year < first) {
        return { ok: false, problem: { code: 'YEAR_NOT_COVERED', year: ctx.year }, sources };
      }
      if (ctx.year > last) {
        if (v.after === 'last') return resolveValue(v.values[String(last)] as Value<T>, ctx, sources, depth);
        return { ok: false, problem: { code: 'YEAR_NOT_COVERED', year: ctx.year }, sources };
      }
      if (v.between === 'unknown') return { ok: false, problem: { code: 'YEAR_NOT_COVERED', year: ctx.year }, sources };
      if (v.between === 'interpolate') {
        const y0 = years.filter((y) => y < ctx.year).pop() as number;
        const y1 = years.find((y) => y > ctx.year) as number;
        const a = resolveValue(v.values[String(y0)] as Value<T>, ctx, sources, depth);
        const b = resolveValue(v.values[String(y1)] as Value<T>, ctx, sources, depth);
        if (!a.ok) return a;
        if (!b.ok) return b;
        if (typeof a.value !== 'number' || typeof b.value !== 'number') {
          return { ok: false, problem: { code: 'YEAR_NOT_COVERED', year: ctx.year }, sources };
        }
        const x = a.value + ((b.value - a.value) * (ctx.year - y0)) / (y1 - y0);
        return { ok: true, value: (Math.round(x * 1e6) / 1e6) as T, sources: [...a.sources, ...b.sources.slice(sources.length)] };
      }
      const chosen =
        v.between === 'previous' ? years.filter((y) => y < ctx.year).pop() : years.find((y) => y > ctx.year);
      return resolveValue(v.values[String(chosen)] as Value<T>, ctx, sources, depth);
    }
    case 'byCategory': {
      for (const c of ctx.categories) {
        const next = ownValue<T>(v.values, c);
        if (next !== undefined) return resolveValue(next, ctx, sources, depth);
      }
      return resolveValue(v.otherwise, ctx, sources, depth);
    }
    case 'byZone': {
      if (!ctx.zone) return { ok: false, problem: { code: 'ZONE_REQUIRED' }, sources };
      const next = ownValue<T>(v.values, ctx.zone);
      if (next === undefined) return { ok: false, problem: { code: 'NO_VALUE_FOR_ZONE', zone: ctx.zone }, sources };
      return resolveValue(next, ctx, sources, depth);
    }
    case 'byGroup': {
      if (!ctx.group) return { ok: false, problem: { code: 'GROUP_REQUIRED' }, sources };
      const next = ownValue<T>(v.values, `${ctx.group}`);
      if (next === undefined) return { ok: false, problem: { code: 'NO_VALUE_FOR_GROUP', group: ctx.group }, sources };
      return resolveValue(next, ctx, sources, depth);
    }
    case 'parameter': {
      const supplied = Object.prototype.hasOwnProperty.call(ctx.parameters, v.name) ? ctx.parameters[v.name] : undefined;
      if (supplied === undefined || depth > 0) {
        return { ok: false, problem: { code: 'PARAMETER_NOT_SUPPLIED', name: v.name, label: v.label }, sources };
      }
      return resolveValue(supplied as Value<T>, ctx, sources, depth + 1);
    }
    case 'notKnown':
      return { ok: false, problem: { code: 'VALUE_NOT_KNOWN', reason: v.reason }, sources };
  }
}

/** The dimensions a value varies by. */
export type Dimension = 'region' | 'year' | 'category' | 'zone' | 'group';

/** Visit every node of a value tree, with the path of dimension keys that leads to it. */
export function walkValue<T extends Scalar>(
  v: Value<T>,
  visit: (node: Value<T>, path: readonly string[], dims: readonly Dimension[]) => void,
  path: readonly string[] = [],
  dims: readonly Dimension[] = [],
): void {
  visit(v, path, dims);
  if (!isNode(v)) return;
  switch (v.type) {
    case 'sourced':
      return walkValue(v.value, visit, path, dims);
    case 'byRegion':
      for (const r of REGIONS) if (v.values[r] !== undefined) walkValue(v.values[r] as Value<T>, visit, [...path, r], [...dims, 'region']);
      return;
    case 'byYear':
      for (const [k, x] of Object.entries(v.values)) walkValue(x, visit, [...path, k], [...dims, 'year']);
      return;
    case 'byCategory':
      for (const [k, x] of Object.entries(v.values)) walkValue(x, visit, [...path, k], [...dims, 'category']);
      return walkValue(v.otherwise, visit, [...path, '*'], [...dims, 'category']);
    case 'byZone':
      for (const [k, x] of Object.entries(v.values)) walkValue(x, visit, [...path, k], [...dims, 'zone']);
      return;
    case 'byGroup':
      for (const [k, x] of Object.entries(v.values)) walkValue(x as Value<T>, visit, [...path, k], [...dims, 'group']);
      return;
    default:
      return;
  }
}
