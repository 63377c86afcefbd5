import { z } from 'zod';
import type { CriteriaSet } from '../definition/define.js';
import type { Indicator } from '../definition/model.js';
import { isIsoDate } from '../definition/validate.js';
import { unitOf, type Input, type ScalarInput, type UnitOfMeasure } from '../input/input.js';
import { COMMUNE_GROUPS } from '../region/region.js';
import { NOT_APPLICABLE, type UnitOf } from '../types/infer.js';

/** `YYYY-MM-DD` with a plausible month and day; the zod schema also checks the calendar (no 30 February). */
const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const CHILD_STATUSES = ['met', 'not-met', 'unknown'] as const;

/** A JSON Schema document (draft 2020-12) with its identity. */
export interface JsonSchema {
  readonly $schema: string;
  readonly $id: string;
  readonly title: string;
  readonly description: string;
  readonly [keyword: string]: unknown;
}

function showUnit(u: UnitOfMeasure): string {
  return typeof u === 'string' ? u : u.vi === u.en ? u.vi : `${u.vi} / ${u.en}`;
}

/** "<code> — <vi label> (<en label>)", then the unit of measure in brackets when there is one. */
function describe(ind: Indicator): string {
  const unit = unitOf(ind.input);
  const head = `${ind.code} — ${ind.label.vi} (${ind.label.en})`;
  return unit === undefined ? head : `${head} [${showUnit(unit)}]`;
}

function scalarSchema(i: ScalarInput): z.ZodType {
  switch (i.kind) {
    case 'number': {
      let s = z.number();
      if (i.min !== undefined) s = s.min(i.min);
      if (i.max !== undefined) s = s.max(i.max);
      return s;
    }
    case 'percent':
      return z.number().min(0).max(100);
    case 'count': {
      let s = z.number().int().min(0);
      if (i.max !== undefined) s = s.max(i.max);
      return s;
    }
    case 'boolean':
      return z.boolean();
    case 'choice':
      return z.enum(i.options as unknown as readonly [string, ...string[]]);
    case 'date': {
      // JSON Schema can express the shape only; the calendar and the bounds are checked by zod (and by evaluate).
      const bounds = i.min || i.max ? ` (${i.min ?? '…'} – ${i.max ?? '…'})` : '';
      return z
        .string()
        .regex(DATE_PATTERN)
        .refine((s) => isIsoDate(s) && (i.min === undefined || s >= i.min) && (i.max === undefined || s <= i.max), {
          message: `Expected a valid YYYY-MM-DD date${bounds}`,
        });
    }
  }
}

function inputSchema(i: Input): z.ZodType {
  if (i.kind === 'children') {
    return z
      .array(
        // Other keys of a child are ignored by evaluate, so they are allowed.
        z.looseObject({
          id: z.string().min(1),
          name: z.string().optional(),
          status: z.enum(CHILD_STATUSES),
        }),
      )
      .superRefine((children, ctx) => {
        const ids = new Set<string>();
        children.forEach((c, n) => {
          if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: [n, 'id'], input: c.id, message: `Child unit "${c.id}" is repeated` });
          ids.add(c.id);
        });
      });
  }
  if (i.kind === 'fields') {
    const shape: Record<string, z.ZodType> = {};
    for (const [k, f] of Object.entries(i.fields)) shape[k] = scalarSchema(f).nullable().optional();
    return z.strictObject(shape);
  }
  return scalarSchema(i);
}

function valueSchema(ind: Indicator): z.ZodType {
  const base = inputSchema(ind.input);
  const value = ind.applicability === 'ifPresent' ? z.union([base, z.literal(NOT_APPLICABLE), z.null()]) : base.nullable();
  return value.optional().meta({ description: describe(ind) });
}

/**
 * A zod schema of a unit for a set: its identity and context (region among the set's regions, zone among the
 * set's zones when it has any, commune group 1–3, categories, recognised sets) and `values`, with one optional,
 * nullable property per indicator code typed from the indicator's input (`'n/a'` allowed for "(nếu có)"
 * indicators) and no other property. Each value carries a description "<code> — <vi> (<en>) [unit]".
 *
 * It accepts only what `evaluate` reads without an issue about the data's shape or range (a unit it rejects makes
 * `evaluate` report an issue too). Unknown keys beside `values` are allowed, as `evaluate` ignores them.
 */
export function unitSchema<S extends CriteriaSet>(set: S): z.ZodType<UnitOf<S>> {
  const values: Record<string, z.ZodType> = {};
  for (const c of set.criteria) for (const ind of c.indicators) values[ind.code] = valueSchema(ind);
  const zones = Object.keys(set.zones);
  const schema = z.looseObject({
    id: z.string().regex(/\S/).meta({ description: 'Mã đơn vị (unit id)' }),
    name: z.string().optional().meta({ description: 'Tên đơn vị (unit name)' }),
    region: z
      .enum(set.regions as unknown as readonly [string, ...string[]])
      .optional()
      .meta({ description: 'Vùng kinh tế - xã hội (region)' }),
    province: z.string().optional().meta({ description: 'Tỉnh, mã dạng slug (province slug), e.g. "thanh-hoa"' }),
    ...(zones.length > 0
      ? { zone: z.enum(zones as [string, ...string[]]).optional().meta({ description: 'Vùng của tỉnh (provincial zone)' }) }
      : {}),
    group: z.literal(COMMUNE_GROUPS).optional().meta({ description: 'Nhóm xã 1, 2, 3 (commune group)' }),
    category: z.array(z.string()).optional().meta({ description: 'Loại đơn vị (categories), e.g. xã đặc biệt khó khăn' }),
    recognized: z.array(z.string()).optional().meta({ description: 'Bộ tiêu chí đơn vị đã được công nhận (ids of sets already met)' }),
    values: z.strictObject(values).meta({ description: 'Giá trị các chỉ tiêu theo mã (indicator values by code); null: chưa có dữ liệu (no data)' }),
  });
  return schema as unknown as z.ZodType<UnitOf<S>>;
}

/**
 * The JSON Schema (draft 2020-12) of a unit's input for a set, for data-entry forms: {@link unitSchema} through
 * zod's `z.toJSONSchema`, identified as `https://tieuchi.dev/schemas/<set id>/<version>.json`, titled with the
 * set's Vietnamese name and described by its English one.
 *
 * JSON Schema cannot state everything `unitSchema` checks (a real calendar date, a date's bounds, distinct child
 * ids); what it can state it states exactly.
 */
export function inputJsonSchema(set: CriteriaSet): JsonSchema {
  const generated = z.toJSONSchema(unitSchema(set), { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema: typeof $schema === 'string' ? $schema : 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://tieuchi.dev/schemas/${set.id}/${encodeURIComponent(set.version)}.json`,
    title: set.label.vi,
    description: set.label.en,
    ...rest,
  };
}
