import { z } from 'zod';
import { PROVENANCES } from '../citation/citation.js';
import type { Input } from '../input/input.js';
import type { Scope, SetDefinition, Tier } from '../definition/model.js';
import type { Rule } from '../rule/rule.js';
import { isIsoDate } from '../definition/validate.js';
import { REGIONS } from '../region/region.js';
import type { AfterLastYear, BetweenYears, Scalar, Value, ValueNode } from '../value/value.js';

/*
 * The STRUCTURE of a criteria set as JSON (what `toData(set)` produces), as zod schemas.
 * Only shapes, types and closed lists are checked here; the meaning (coverage of regions and years,
 * duplicates, rule/input agreement, percent ranges…) is checked afterwards by `validateSet`, exactly as
 * for a set written in TypeScript. Objects are strict: an unknown key is a typo until proven otherwise.
 * Custom issues carry `params: { vi, en, code? }` so that they can be reported in both languages.
 */

const SCOPES = ['xa', 'huyen', 'huyen-dac-thu', 'thi-xa', 'tinh', 'phuong-thi-tran', 'quan-thi-xa', 'khu-dan-cu', 'vuon', 'san-pham'] as const satisfies readonly Scope[];
const TIERS = ['ntm', 'nang-cao', 'kieu-mau', 'hien-dai', 'hoan-thanh', 'dtvm', 'ocop', 'other'] as const satisfies readonly Tier[];
// Compile-time proof that the lists above name every scope and tier of the model.
type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
const _scopesComplete: Exhaustive<Scope, (typeof SCOPES)[number]> = true;
const _tiersComplete: Exhaustive<Tier, (typeof TIERS)[number]> = true;
const BETWEEN_YEARS = ['previous', 'next', 'unknown', 'interpolate'] as const satisfies readonly BetweenYears[];
const AFTER_LAST_YEAR = ['last', 'unknown'] as const satisfies readonly AfterLastYear[];
const _betweenComplete: Exhaustive<BetweenYears, (typeof BETWEEN_YEARS)[number]> = true;
const _afterComplete: Exhaustive<AfterLastYear, (typeof AFTER_LAST_YEAR)[number]> = true;
void [_scopesComplete, _tiersComplete, _betweenComplete, _afterComplete];

const nonBlank = z.string().refine((s) => s.trim() !== '', {
  params: { vi: 'Chuỗi không được để trống', en: 'Must not be blank' },
});

const isoDate = z.string().refine(isIsoDate, {
  params: { vi: 'Cần một ngày hợp lệ dạng YYYY-MM-DD', en: 'Expected a valid YYYY-MM-DD date' },
});

/** `{ vi, en }`, both non-blank. */
export const labelData = z.strictObject({ vi: nonBlank, en: nonBlank });

const citationShape = {
  decision: nonBlank,
  issuer: nonBlank,
  signed: isoDate,
  effective: isoDate.optional(),
  part: z.string().optional(),
  item: z.string().optional(),
  url: z.string().optional(),
  provenance: z.enum(PROVENANCES),
  note: z.string().optional(),
};

/** A full citation (of a set or of an amendment). */
export const citationData = z.strictObject(citationShape);
/** Fields a child node overrides on its parent's citation. */
export const citationPatchData = citationData.partial();

/** The value nodes of a value tree whose values are `value`. */
function nodeOf<T extends Scalar>(value: z.ZodType<Value<T>>) {
  const lazy = z.lazy(() => value);
  const values = z.lazy(() => z.record(z.string(), value));
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('sourced'), value: lazy, source: citationPatchData }),
    z.strictObject({ type: z.literal('byRegion'), values }),
    z.strictObject({ type: z.literal('byYear'), values, between: z.enum(BETWEEN_YEARS), after: z.enum(AFTER_LAST_YEAR) }),
    z.strictObject({ type: z.literal('byCategory'), values, otherwise: lazy }),
    z.strictObject({ type: z.literal('byZone'), values }),
    z.strictObject({ type: z.literal('byGroup'), values: z.strictObject({ '1': lazy.optional(), '2': lazy.optional(), '3': lazy.optional() }) }),
    z.strictObject({ type: z.literal('parameter'), name: nonBlank, label: labelData }),
    z.strictObject({ type: z.literal('notKnown'), reason: labelData }),
  ]);
}

/** A value tree (`Value<T>`) whose leaves match `leaf`, with every kind of value node, recursively. */
function valueOf<T extends Scalar>(leaf: z.ZodType<T>): z.ZodType<Value<T>> {
  const value: z.ZodType<Value<T>> = z.union([leaf, z.lazy(() => node)]) as unknown as z.ZodType<Value<T>>;
  const node = nodeOf(value);
  return value;
}

const numberValue = valueOf(z.number());
const equalsValue = valueOf(z.union([z.number(), z.string(), z.boolean()]));
const optionsValue = valueOf(z.array(z.string()));
const scalarValue = valueOf(z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]));

const unitOfMeasure = z.union([nonBlank, labelData]);

const scalarInputOptions = [
  z.strictObject({ kind: z.literal('number'), unit: unitOfMeasure.optional(), min: z.number().optional(), max: z.number().optional() }),
  z.strictObject({ kind: z.literal('percent') }),
  z.strictObject({ kind: z.literal('count'), unit: unitOfMeasure.optional(), max: z.number().optional() }),
  z.strictObject({ kind: z.literal('boolean') }),
  z
    .strictObject({ kind: z.literal('choice'), options: z.array(z.string()), labels: z.record(z.string(), labelData).optional() })
    .superRefine((c, ctx) => {
      if (!c.labels) return;
      for (const k of Object.keys(c.labels)) {
        if (!c.options.includes(k)) {
          ctx.addIssue({
            code: 'custom',
            path: ['labels', k],
            input: k,
            params: { code: 'INVALID_INPUT', vi: `Nhãn cho lựa chọn "${k}" không có trong danh sách lựa chọn`, en: `Label for "${k}", which is not an option` },
          });
        }
      }
      for (const o of c.options) {
        if (!Object.prototype.hasOwnProperty.call(c.labels, o)) {
          ctx.addIssue({
            code: 'custom',
            path: ['labels'],
            input: c.labels,
            params: { code: 'INVALID_INPUT', vi: `Thiếu nhãn cho lựa chọn "${o}"`, en: `No label for option "${o}"` },
          });
        }
      }
    }),
  z.strictObject({ kind: z.literal('date'), min: isoDate.optional(), max: isoDate.optional() }),
] as const;

const scalarInputData = z.discriminatedUnion('kind', [...scalarInputOptions]);

/** Any input an indicator reads. */
export const inputData = z.discriminatedUnion('kind', [
  ...scalarInputOptions,
  z.strictObject({ kind: z.literal('children'), of: labelData }),
  z.strictObject({ kind: z.literal('fields'), fields: z.record(z.string(), scalarInputData) }),
]);

const scoreBand = z.strictObject({ min: z.number(), band: nonBlank, label: labelData });

/** A rule as data; a custom rule names its predicate and carries no code. */
export const ruleData = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('atLeast'), value: numberValue }),
  z.strictObject({ type: z.literal('atMost'), value: numberValue }),
  z.strictObject({ type: z.literal('between'), min: numberValue, max: numberValue }),
  z.strictObject({ type: z.literal('equals'), value: equalsValue }),
  z.strictObject({ type: z.literal('isTrue') }),
  z.strictObject({ type: z.literal('oneOf'), values: optionsValue }),
  z.strictObject({ type: z.literal('shareOfChildren'), atLeast: numberValue }),
  z.strictObject({ type: z.literal('scoreBands'), bands: z.array(scoreBand), atLeast: nonBlank }),
  z.strictObject({
    type: z.literal('custom'),
    name: nonBlank,
    description: labelData,
    params: z.record(z.string(), numberValue).optional(),
  }),
]);

/** An indicator (chỉ tiêu); `applicability` defaults to "always", as in `indicator()`. */
export const indicatorData = z.strictObject({
  code: z.string(),
  label: labelData,
  input: inputData,
  rule: ruleData,
  applicability: z.enum(['always', 'ifPresent']).optional(),
  source: citationPatchData.optional(),
});

/** A criterion (tiêu chí); `combine` defaults to all, as in `criterion()`. */
export const criterionData = z.strictObject({
  number: z.number(),
  role: z.enum(['criterion', 'condition']).optional(),
  label: labelData,
  group: z.string().optional(),
  combine: z
    .discriminatedUnion('type', [z.strictObject({ type: z.literal('all') }), z.strictObject({ type: z.literal('atLeast'), count: z.number() })])
    .optional(),
  indicators: z.array(indicatorData),
  source: citationPatchData.optional(),
});

/**
 * A criteria set as JSON data. Collections an author may leave out default as in `defineSet` (regions to all
 * seven). `fingerprint`, when present (JSON of a sealed set), must match the content.
 */
export const setData = z.strictObject({
  id: z.string(),
  version: z.string().optional(),
  label: labelData,
  scope: z.enum(SCOPES),
  tier: z.enum(TIERS),
  citation: citationData,
  validity: z.strictObject({ from: isoDate, until: isoDate.optional() }),
  regions: z.array(z.enum(REGIONS)).optional(),
  groups: z.array(z.strictObject({ id: nonBlank, label: labelData })).optional(),
  categories: z
    .record(z.string(), z.strictObject({ label: labelData, useRegion: z.enum(REGIONS).optional(), source: citationPatchData.optional() }))
    .optional(),
  /** The declared order of `categories` (canonical JSON sorts keys; the first declared category wins). */
  categoryOrder: z.array(z.string()).optional(),
  zones: z.record(z.string(), labelData).optional(),
  parameters: z.record(z.string(), scalarValue).optional(),
  prerequisites: z.array(z.strictObject({ set: z.string(), label: labelData, source: citationPatchData.optional() })).optional(),
  amendedBy: z.array(citationData).optional(),
  province: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
  derivedFrom: z.strictObject({ id: z.string(), version: nonBlank, fingerprint: nonBlank, citation: citationData }).optional(),
  criteria: z.array(criterionData),
  fingerprint: z.string().optional(),
});

/** The parsed structure of a set. */
export type SetData = z.output<typeof setData>;

/*
 * Compile-time guards against drift: when the model gains a set key, a value node, an input kind or a rule type,
 * these fail to compile until the JSON structure above learns it.
 */
type NodeOf<U> = U extends { readonly type: infer T } ? T : never;
const _setKeys: Exhaustive<keyof SetDefinition, keyof typeof setData.shape> = true;
const _nodeTypes: Exhaustive<ValueNode<Scalar>['type'], NodeOf<z.output<ReturnType<typeof nodeOf<number>>>>> = true;
const _inputKinds: Exhaustive<Input['kind'], z.output<typeof inputData>['kind']> = true;
const _ruleTypes: Exhaustive<Rule['type'], z.output<typeof ruleData>['type']> = true;
void [_setKeys, _nodeTypes, _inputKinds, _ruleTypes];
