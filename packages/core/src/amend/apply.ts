import type { Citation, CitationPatch } from '../citation/citation.js';
import type { DefinitionProblem } from '../definition/errors.js';
import type { Criterion, Indicator, SetDefinition, UnitCategory } from '../definition/model.js';
import { REGIONS } from '../region/region.js';
import type { Rule } from '../rule/rule.js';
import { isNode, type Scalar, type Value, type ValueNode } from '../value/value.js';
import type { Change, ValueSelector } from './change.js';

/** The fields of a citation that identify a decision, as a patch for the nodes it changes. */
export function citationPatch(c: Citation, extra?: CitationPatch): CitationPatch {
  return { ...c, ...(extra ?? {}) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Replace the leaves chosen by `where` in a value tree; wraps a plain value in byRegion when regions are chosen. */
export function replaceValue(
  node: Value<Scalar>,
  where: ValueSelector,
  next: Value<Scalar>,
  regions: readonly string[],
): Value<Scalar> {
  const wantRegions = where.regions && where.regions.length > 0 ? where.regions : undefined;
  const wantYears = where.years && where.years.length > 0 ? where.years : undefined;
  if (!wantRegions && !wantYears) return next;
  if (isNode(node)) {
    switch (node.type) {
      case 'byRegion': {
        if (!wantRegions) {
          const values: Record<string, Value<Scalar>> = {};
          for (const [k, v] of Object.entries(node.values)) values[k] = replaceValue(v as Value<Scalar>, where, next, regions);
          return { type: 'byRegion', values } as ValueNode<Scalar>;
        }
        const values: Record<string, Value<Scalar>> = { ...(node.values as Record<string, Value<Scalar>>) };
        const rest: ValueSelector = wantYears ? { years: wantYears } : {};
        for (const r of wantRegions) {
          const old = values[r];
          values[r] = old === undefined ? next : replaceValue(old, rest, next, regions);
        }
        return { type: 'byRegion', values } as ValueNode<Scalar>;
      }
      case 'byYear': {
        const values: Record<string, Value<Scalar>> = { ...node.values };
        if (!wantYears) {
          for (const [k, v] of Object.entries(values)) values[k] = replaceValue(v, where, next, regions);
          return { ...node, values };
        }
        const rest: ValueSelector = wantRegions ? { regions: wantRegions } : {};
        const listed = Object.keys(values).map(Number).sort((a, b) => a - b);
        for (const y of wantYears) {
          // A new year starts from the value of the latest listed year before it.
          const base = values[String(y)] ?? values[String(listed.filter((l) => l < y).pop() ?? listed[0])];
          values[String(y)] = base === undefined ? next : replaceValue(base, rest, next, regions);
        }
        return { ...node, values };
      }
      case 'sourced':
        return { ...node, value: replaceValue(node.value, where, next, regions) };
      case 'byCategory': {
        const values: Record<string, Value<Scalar>> = {};
        for (const [k, v] of Object.entries(node.values)) values[k] = replaceValue(v, where, next, regions);
        return { ...node, values, otherwise: replaceValue(node.otherwise, where, next, regions) };
      }
      case 'byZone':
      case 'byGroup': {
        const values: Record<string, Value<Scalar>> = {};
        for (const [k, v] of Object.entries(node.values)) values[k] = replaceValue(v as Value<Scalar>, where, next, regions);
        return { ...node, values } as ValueNode<Scalar>;
      }
      default:
        break;
    }
  }
  // A plain (or opaque) value: split it by region so only the chosen regions change.
  if (wantRegions) {
    const values: Record<string, Value<Scalar>> = {};
    const rest: ValueSelector = wantYears ? { years: wantYears } : {};
    for (const r of regions.length > 0 ? regions : REGIONS) {
      values[r] = wantRegions.includes(r as never) ? (wantYears ? replaceValue(node, rest, next, regions) : next) : node;
    }
    return { type: 'byRegion', values } as ValueNode<Scalar>;
  }
  // Years chosen on a value that does not vary by year: the change cannot be placed without a policy.
  throw new Error('years');
}

function ruleField(rule: Rule, field: string | undefined): { key: string; params: boolean } | undefined {
  const f = field ?? ({ atLeast: 'value', atMost: 'value', equals: 'value', oneOf: 'values', shareOfChildren: 'atLeast' } as Record<string, string>)[rule.type];
  if (f === undefined) return undefined;
  if (f.startsWith('params.')) return rule.type === 'custom' && Object.prototype.hasOwnProperty.call(rule.params, f.slice(7)) ? { key: f.slice(7), params: true } : undefined;
  return Object.prototype.hasOwnProperty.call(rule, f) ? { key: f, params: false } : undefined;
}

/**
 * Apply declarative changes to a set definition. Problems (a code that does not exist…) are returned, naming
 * the decision that made the change; the caller throws them.
 */
export function applyChanges(
  def: SetDefinition,
  changes: readonly Change[],
  by: Citation,
): { def: SetDefinition; problems: DefinitionProblem[] } {
  const problems: DefinitionProblem[] = [];
  const who = by.decision;
  const patch = citationPatch(by);
  const notFound = (path: string, at: string, vi: string, en: string): void => {
    problems.push({ code: 'AMENDMENT_TARGET_NOT_FOUND', path, at, message: { vi: `${who}: ${vi}`, en: `${who}: ${en}` } });
  };
  const invalid = (path: string, at: string, vi: string, en: string): void => {
    problems.push({ code: 'INVALID_AMENDMENT', path, at, message: { vi: `${who}: ${vi}`, en: `${who}: ${en}` } });
  };
  let criteria: Criterion[] = def.criteria.map((c) => ({ ...c, indicators: [...c.indicators] }));
  const categories: Record<string, UnitCategory> = { ...def.categories };
  const parameters: Record<string, Value<Scalar>> = { ...def.parameters };
  let prerequisites = def.prerequisites;

  const locate = (code: string): { c: Mutable<Criterion>; i: number } | undefined => {
    for (const c of criteria) {
      const i = c.indicators.findIndex((x) => x.code === code);
      if (i >= 0) return { c: c as Mutable<Criterion>, i };
    }
    return undefined;
  };
  const setIndicator = (loc: { c: Mutable<Criterion>; i: number }, ind: Indicator): void => {
    const list = [...loc.c.indicators];
    list[loc.i] = ind;
    loc.c.indicators = list;
  };
  const withSource = (ind: Indicator, extra?: CitationPatch): Indicator => ({ ...ind, source: { ...patch, ...(ind.source ?? {}), ...(extra ?? {}) } });

  changes.forEach((ch, n) => {
    const path = `changes[${n}]`;
    switch (ch.type) {
      case 'replaceIndicator': {
        const loc = locate(ch.code);
        if (!loc) return notFound(path, ch.code, `không có chỉ tiêu ${ch.code} để thay thế`, `no indicator ${ch.code} to replace`);
        if (ch.indicator.code !== ch.code) return invalid(path, ch.code, `chỉ tiêu thay thế phải giữ mã ${ch.code}`, `the replacement must keep code ${ch.code}`);
        return setIndicator(loc, withSource(ch.indicator));
      }
      case 'updateIndicator': {
        const loc = locate(ch.code);
        if (!loc) return notFound(path, ch.code, `không có chỉ tiêu ${ch.code} để sửa`, `no indicator ${ch.code} to change`);
        const old = loc.c.indicators[loc.i] as Indicator;
        const next: Indicator = {
          ...old,
          ...(ch.label ? { label: ch.label } : {}),
          ...(ch.input ? { input: ch.input } : {}),
          ...(ch.rule ? { rule: ch.rule } : {}),
          ...(ch.applicability ? { applicability: ch.applicability } : {}),
        };
        return setIndicator(loc, withSource(next, ch.source));
      }
      case 'setValue': {
        const loc = locate(ch.code);
        if (!loc) return notFound(path, ch.code, `không có chỉ tiêu ${ch.code} để đổi mức chuẩn`, `no indicator ${ch.code} whose value to change`);
        const old = loc.c.indicators[loc.i] as Indicator;
        const field = ruleField(old.rule, ch.field);
        if (!field) return invalid(path, ch.code, `quy tắc "${old.rule.type}" không có trường "${ch.field ?? 'value'}"`, `rule "${old.rule.type}" has no field "${ch.field ?? 'value'}"`);
        const next: Value<Scalar> = { type: 'sourced', value: ch.value, source: { ...patch, ...(ch.source ?? {}) } };
        const oldValue = (field.params ? (old.rule as { params: Record<string, Value<Scalar>> }).params[field.key] : (old.rule as unknown as Record<string, Value<Scalar>>)[field.key]) as Value<Scalar>;
        let replaced: Value<Scalar>;
        try {
          replaced = replaceValue(oldValue, ch.where ?? {}, next, def.regions);
        } catch {
          return invalid(path, ch.code, 'mức chuẩn cũ không chia theo năm nên không thể sửa riêng một năm', 'the old value does not vary by year, so one year alone cannot be changed');
        }
        const rule = field.params
          ? { ...old.rule, params: { ...(old.rule as { params: Record<string, unknown> }).params, [field.key]: replaced } }
          : { ...old.rule, [field.key]: replaced };
        return setIndicator(loc, { ...old, rule: rule as Rule });
      }
      case 'addIndicator': {
        if (locate(ch.indicator.code)) return invalid(path, ch.indicator.code, `chỉ tiêu ${ch.indicator.code} đã có`, `indicator ${ch.indicator.code} already exists`);
        const c = criteria.find((x) => x.number === ch.criterion) as Mutable<Criterion> | undefined;
        if (!c) return notFound(path, String(ch.criterion), `không có tiêu chí ${ch.criterion} để thêm chỉ tiêu`, `no criterion ${ch.criterion} to add an indicator to`);
        const list = [...c.indicators];
        const at = ch.after === undefined ? list.length : list.findIndex((x) => x.code === ch.after) + 1;
        if (ch.after !== undefined && at === 0) return notFound(path, ch.after, `không có chỉ tiêu ${ch.after}`, `no indicator ${ch.after}`);
        list.splice(at, 0, withSource(ch.indicator));
        c.indicators = list;
        return;
      }
      case 'removeIndicator': {
        const loc = locate(ch.code);
        if (!loc) return notFound(path, ch.code, `không có chỉ tiêu ${ch.code} để bãi bỏ`, `no indicator ${ch.code} to remove`);
        loc.c.indicators = loc.c.indicators.filter((x) => x.code !== ch.code);
        return;
      }
      case 'addCriterion': {
        if (criteria.some((c) => c.number === ch.criterion.number)) {
          return invalid(path, String(ch.criterion.number), `tiêu chí ${ch.criterion.number} đã có`, `criterion ${ch.criterion.number} already exists`);
        }
        const added: Criterion = { ...ch.criterion, source: { ...patch, ...(ch.criterion.source ?? {}) }, indicators: ch.criterion.indicators.map((i) => withSource(i)) };
        const at = ch.after === undefined ? criteria.length : criteria.findIndex((c) => c.number === ch.after) + 1;
        if (ch.after !== undefined && at === 0) return notFound(path, String(ch.after), `không có tiêu chí ${ch.after}`, `no criterion ${ch.after}`);
        criteria = [...criteria.slice(0, at), added, ...criteria.slice(at)];
        return;
      }
      case 'removeCriterion': {
        if (!criteria.some((c) => c.number === ch.number)) return notFound(path, String(ch.number), `không có tiêu chí ${ch.number} để bãi bỏ`, `no criterion ${ch.number} to remove`);
        criteria = criteria.filter((c) => c.number !== ch.number);
        return;
      }
      case 'updateCriterion': {
        const c = criteria.find((x) => x.number === ch.number) as Mutable<Criterion> | undefined;
        if (!c) return notFound(path, String(ch.number), `không có tiêu chí ${ch.number} để sửa`, `no criterion ${ch.number} to change`);
        if (ch.label) c.label = ch.label;
        if (ch.group !== undefined) c.group = ch.group;
        if (ch.combine) c.combine = ch.combine;
        c.source = { ...(c.source ?? {}), ...patch, ...(ch.source ?? {}) };
        return;
      }
      case 'setCategory':
        if (ch.category === null) {
          if (!Object.prototype.hasOwnProperty.call(categories, ch.key)) return notFound(path, ch.key, `không có loại đơn vị "${ch.key}"`, `no category "${ch.key}"`);
          delete categories[ch.key];
        } else categories[ch.key] = { ...ch.category, source: { ...patch, ...(ch.category.source ?? {}) } };
        return;
      case 'setParameter':
        parameters[ch.name] = { type: 'sourced', value: ch.value, source: patch };
        return;
      case 'setPrerequisites':
        prerequisites = ch.prerequisites;
        return;
      default:
        invalid(path, '', 'loại thay đổi không được hỗ trợ', 'unsupported change');
    }
  });
  return { def: { ...def, criteria, categories, parameters, prerequisites }, problems };
}
