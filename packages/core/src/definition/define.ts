import type { Citation, CitationPatch } from '../citation/citation.js';
import { fingerprintOf } from '../canonical/canonical.js';
import type { Input } from '../input/input.js';
import type { Label } from '../label/label.js';
import { REGIONS, type Region } from '../region/region.js';
import type { RuleFor } from '../rule/rule.js';
import type { InputsOf } from '../types/infer.js';
import type { Scalar, Value } from '../value/value.js';
import { CriteriaSetError } from './errors.js';
import type {
  Applicability,
  Combination,
  Criterion,
  CriterionGroup,
  CriterionRole,
  DerivedFrom,
  Indicator,
  Prerequisite,
  Scope,
  SetDefinition,
  Tier,
  UnitCategory,
  Validity,
} from './model.js';
import { validateSet } from './validate.js';

/** A defined, validated, deep-frozen criteria set with its content fingerprint. */
export type CriteriaSet<Cs extends readonly Criterion[] = readonly Criterion[]> = SetDefinition<Cs> & {
  /** `sha256:` hash of the canonical JSON. */
  readonly fingerprint: string;
  /** Phantom: the inferred `values` type of a unit (types only, always undefined at run time). */
  readonly __inputs?: InputsOf<Cs>;
};

/** Declare an indicator (chỉ tiêu): one row of the decree's table. */
export function indicator<const C extends string, const I extends Input, const A extends Applicability = 'always'>(
  code: C,
  def: Label & {
    readonly input: I;
    readonly rule: RuleFor<I>;
    /** "(nếu có)" indicators: `'ifPresent'`. */
    readonly applicability?: A;
    readonly source?: CitationPatch;
  },
  // NoInfer: otherwise an indicator written inside criterion(…, [ … ]) takes A from the expected `Indicator`
  // type ('always' | 'ifPresent'), and every indicator of the set would accept 'n/a' at the type level.
): Indicator<C, I> & { readonly applicability: NoInfer<A> } {
  const base = {
    code,
    label: { vi: def.vi, en: def.en },
    input: def.input,
    rule: def.rule,
    applicability: (def.applicability ?? 'always') as A,
  };
  return def.source ? { ...base, source: def.source } : base;
}

/** Declare a condition (điều kiện) of the set: it must hold, but is not counted among the tiêu chí. */
export function condition<const Inds extends readonly Indicator[]>(
  number: number,
  head: Label & { readonly group?: string; readonly combine?: Combination; readonly source?: CitationPatch },
  indicators: Inds,
): Criterion<Inds> {
  return criterion(number, { ...head, role: 'condition' }, indicators);
}

/** Declare a criterion (tiêu chí) with its indicators. */
export function criterion<const Inds extends readonly Indicator[]>(
  number: number,
  head: Label & { readonly group?: string; readonly combine?: Combination; readonly source?: CitationPatch; readonly role?: CriterionRole },
  indicators: Inds,
): Criterion<Inds> {
  return {
    number,
    ...(head.role === 'condition' ? { role: 'condition' as const } : {}),
    label: { vi: head.vi, en: head.en },
    ...(head.group !== undefined ? { group: head.group } : {}),
    combine: head.combine ?? { type: 'all' },
    indicators,
    ...(head.source ? { source: head.source } : {}),
  };
}

/** What an author writes to define a set; omitted collections default to empty, regions to all seven. */
export interface SetInput<Cs extends readonly Criterion[]> {
  readonly id: string;
  /** Defaults to the start of validity. */
  readonly version?: string;
  readonly label: Label;
  readonly scope: Scope;
  readonly tier: Tier;
  readonly citation: Citation;
  readonly validity: Validity;
  readonly regions?: readonly Region[];
  readonly groups?: readonly CriterionGroup[];
  readonly categories?: Readonly<Record<string, UnitCategory>>;
  readonly zones?: Readonly<Record<string, Label>>;
  readonly parameters?: Readonly<Record<string, Value<Scalar>>>;
  readonly prerequisites?: readonly Prerequisite[];
  readonly amendedBy?: readonly Citation[];
  readonly province?: string;
  readonly derivedFrom?: DerivedFrom;
  readonly criteria: Cs;
}

/** Freeze an object graph so a published set cannot be changed. */
export function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** Normalise a set input to a full definition (defaults filled in). */
export function normalise<Cs extends readonly Criterion[]>(input: SetInput<Cs>): SetDefinition<Cs> {
  return {
    id: input.id,
    version: input.version ?? input.validity?.from,
    label: input.label,
    scope: input.scope,
    tier: input.tier,
    citation: input.citation,
    validity: input.validity,
    regions: input.regions ?? REGIONS,
    groups: input.groups ?? [],
    categories: input.categories ?? {},
    zones: input.zones ?? {},
    parameters: input.parameters ?? {},
    prerequisites: input.prerequisites ?? [],
    amendedBy: input.amendedBy ?? [],
    ...(input.province !== undefined ? { province: input.province } : {}),
    ...(input.derivedFrom ? { derivedFrom: input.derivedFrom } : {}),
    criteria: input.criteria,
  } as SetDefinition<Cs>;
}

/** Validate, fingerprint and freeze a set definition; throws {@link CriteriaSetError} naming each problem. */
export function seal<Cs extends readonly Criterion[]>(def: SetDefinition<Cs>): CriteriaSet<Cs> {
  const problems = validateSet(def);
  if (problems.length > 0) throw new CriteriaSetError(String(def.id), problems);
  const copy = structuredCloneWithFunctions(def);
  return deepFreeze({ ...copy, fingerprint: fingerprintOf(copy) }) as CriteriaSet<Cs>;
}

/** Define a criteria set. Malformed sets fail here, with an error that names the set and the code. */
export function defineSet<const Cs extends readonly Criterion[]>(input: SetInput<Cs>): CriteriaSet<Cs> {
  return seal(normalise(input));
}

/** Copy plain data deeply, keeping functions (custom predicates) by reference, so freezing never touches the author's objects. */
function structuredCloneWithFunctions<T>(x: T): T {
  if (Array.isArray(x)) return x.map((v) => structuredCloneWithFunctions(v)) as T;
  if (typeof x === 'object' && x !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = structuredCloneWithFunctions(v);
    return out as T;
  }
  return x;
}
