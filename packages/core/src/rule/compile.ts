import type { CitationPatch } from '../citation/citation.js';
import type { ChildResult, Input, UnitOfMeasure } from '../input/input.js';
import { unitOf } from '../input/input.js';
import type { Label } from '../label/label.js';
import type { Status } from '../status/status.js';
import { resolveValue, type Resolved, type Scalar, type Value, type ValueContext, type ValueProblem } from '../value/value.js';
import type { Rule, RuleType, ScoreBand } from './rule.js';

/** A rule's requirement with every threshold chosen for one unit's context. */
export interface Requirement {
  readonly type: RuleType;
  readonly value?: Scalar;
  readonly min?: number;
  readonly max?: number;
  readonly band?: string;
  readonly params?: Readonly<Record<string, number>>;
  readonly unit?: UnitOfMeasure;
  /** The requirement as a reader would say it. */
  readonly text: Label;
}

/** A rule applied to one valid value. */
export interface Outcome {
  readonly status: Status;
  /** How far the value is from the requirement, in its unit (0 when met; null when not measurable). */
  readonly gap: number | null;
  /** What to show as the actual value when it is not the raw input (e.g. a share of children). */
  readonly shown?: unknown;
  /** The score band reached. */
  readonly band?: string;
  /** Child units that are not met or unknown. */
  readonly blocking?: readonly ChildResult[];
}

/** A rule ready to apply, or why it cannot be in this context. */
export type CompiledRule =
  | {
      readonly ok: true;
      readonly requirement: Requirement;
      readonly sources: readonly CitationPatch[];
      readonly check: (value: unknown) => Outcome;
    }
  | { readonly ok: false; readonly problems: readonly ValueProblem[]; readonly sources: readonly CitationPatch[] };

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const enNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

function unitText(u: UnitOfMeasure | undefined): Label {
  if (u === undefined) return { vi: '', en: '' };
  if (typeof u === 'string') return u === '%' ? { vi: '%', en: '%' } : { vi: ` ${u}`, en: ` ${u}` };
  return { vi: ` ${u.vi}`, en: ` ${u.en}` };
}

function num(n: number, u: UnitOfMeasure | undefined): Label {
  const t = unitText(u);
  return { vi: `${viNumber.format(n)}${t.vi}`, en: `${enNumber.format(n)}${t.en}` };
}

/** Rounds away floating-point noise in a gap (0.1 + 0.2 style). */
function roundGap(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

function collect(resolved: readonly Resolved<Scalar>[]): { problems: ValueProblem[]; sources: CitationPatch[] } {
  const problems: ValueProblem[] = [];
  const sources: CitationPatch[] = [];
  for (const r of resolved) {
    if (!r.ok) problems.push(r.problem);
    sources.push(...r.sources);
  }
  return { problems, sources };
}

function bandOf(bands: readonly ScoreBand[], score: number): ScoreBand | undefined {
  let reached: ScoreBand | undefined;
  for (const b of bands) if (score >= b.min) reached = b;
  return reached;
}

/** Choose the thresholds of a rule for a context and return a checker for values. */
export function compileRule(rule: Rule, input: Input, ctx: ValueContext): CompiledRule {
  const unit = unitOf(input);
  switch (rule.type) {
    case 'atLeast':
    case 'atMost': {
      const r = resolveValue(rule.value, ctx);
      if (!r.ok) return { ok: false, problems: [r.problem], sources: r.sources };
      const t = r.value;
      const n = num(t, unit);
      const text =
        rule.type === 'atLeast' ? { vi: `≥ ${n.vi}`, en: `≥ ${n.en}` } : t === 0 && input.kind === 'count'
          ? { vi: 'Không', en: 'None (0)' }
          : { vi: `≤ ${n.vi}`, en: `≤ ${n.en}` };
      const check =
        rule.type === 'atLeast'
          ? (v: unknown): Outcome => {
              const x = v as number;
              return x >= t ? { status: 'met', gap: 0 } : { status: 'not-met', gap: roundGap(t - x) };
            }
          : (v: unknown): Outcome => {
              const x = v as number;
              return x <= t ? { status: 'met', gap: 0 } : { status: 'not-met', gap: roundGap(x - t) };
            };
      return { ok: true, requirement: { type: rule.type, value: t, unit, text }, sources: r.sources, check };
    }
    case 'between': {
      const lo = resolveValue(rule.min, ctx);
      const hi = resolveValue(rule.max, ctx);
      if (!lo.ok || !hi.ok) return { ok: false, ...collect([lo, hi]) };
      const min = lo.value;
      const max = hi.value;
      const a = num(min, unit);
      const b = num(max, unit);
      return {
        ok: true,
        requirement: { type: 'between', min, max, unit, text: { vi: `từ ${a.vi} đến ${b.vi}`, en: `from ${a.en} to ${b.en}` } },
        sources: [...lo.sources, ...hi.sources],
        check: (v) => {
          const x = v as number;
          if (x < min) return { status: 'not-met', gap: roundGap(min - x) };
          if (x > max) return { status: 'not-met', gap: roundGap(x - max) };
          return { status: 'met', gap: 0 };
        },
      };
    }
    case 'equals': {
      const r = resolveValue(rule.value as Value<Scalar>, ctx);
      if (!r.ok) return { ok: false, problems: [r.problem], sources: r.sources };
      const expected = r.value;
      const text: Label =
        typeof expected === 'boolean'
          ? expected
            ? { vi: 'Đạt', en: 'Yes' }
            : { vi: 'Không', en: 'No' }
          : typeof expected === 'number'
            ? { vi: `= ${num(expected, unit).vi}`, en: `= ${num(expected, unit).en}` }
            : choiceText(input, [expected as string]);
      return {
        ok: true,
        requirement: { type: 'equals', value: expected, unit, text },
        sources: r.sources,
        check: (v) => (v === expected ? { status: 'met', gap: 0 } : { status: 'not-met', gap: null }),
      };
    }
    case 'isTrue':
      return {
        ok: true,
        requirement: { type: 'isTrue', value: true, text: { vi: 'Đạt', en: 'Met (yes)' } },
        sources: [],
        check: (v) => (v === true ? { status: 'met', gap: 0 } : { status: 'not-met', gap: null }),
      };
    case 'oneOf': {
      const r = resolveValue(rule.values as Value<Scalar>, ctx);
      if (!r.ok) return { ok: false, problems: [r.problem], sources: r.sources };
      const options = r.value as readonly string[];
      return {
        ok: true,
        requirement: { type: 'oneOf', value: options, text: choiceText(input, options) },
        sources: r.sources,
        check: (v) => (options.includes(v as string) ? { status: 'met', gap: 0 } : { status: 'not-met', gap: null }),
      };
    }
    case 'shareOfChildren': {
      const r = resolveValue(rule.atLeast, ctx);
      if (!r.ok) return { ok: false, problems: [r.problem], sources: r.sources };
      const need = r.value;
      const of = input.kind === 'children' ? input.of : { vi: 'đơn vị', en: 'units' };
      return {
        ok: true,
        requirement: {
          type: 'shareOfChildren',
          value: need,
          unit: '%',
          text: { vi: `≥ ${viNumber.format(need)}% ${of.vi} đạt`, en: `≥ ${enNumber.format(need)}% of ${of.en} met` },
        },
        sources: r.sources,
        check: (v) => {
          const children = v as readonly ChildResult[];
          const total = children.length;
          let met = 0;
          let unknown = 0;
          const blocking: ChildResult[] = [];
          for (const c of children) {
            if (c.status === 'met') met++;
            else {
              if (c.status === 'unknown') unknown++;
              blocking.push(c);
            }
          }
          if (total === 0) return { status: 'unknown', gap: null, shown: null, blocking };
          // Rounded like a gap, so that 29/50 is exactly 58 % (not 57.99999999999999) when compared with the threshold.
          const share = roundGap((met / total) * 100);
          const best = roundGap(((met + unknown) / total) * 100);
          const shown = share;
          // Kleene: met once enough are met; not-met once even all unknowns met would not suffice.
          if (share >= need) return { status: 'met', gap: 0, shown, blocking };
          const gap = roundGap(need - share);
          if (best < need) return { status: 'not-met', gap, shown, blocking };
          return { status: 'unknown', gap, shown, blocking };
        },
      };
    }
    case 'scoreBands': {
      const bands = [...rule.bands].sort((a, b) => a.min - b.min);
      const required = bands.find((b) => b.band === rule.atLeast) as ScoreBand;
      return {
        ok: true,
        requirement: {
          type: 'scoreBands',
          band: required.band,
          value: required.min,
          unit,
          text: { vi: `≥ ${required.label.vi} (từ ${viNumber.format(required.min)} điểm)`, en: `≥ ${required.label.en} (from ${enNumber.format(required.min)} points)` },
        },
        sources: [],
        check: (v) => {
          const score = v as number;
          const reached = bandOf(bands, score);
          const base = reached ? { band: reached.band } : {};
          return score >= required.min
            ? { status: 'met', gap: 0, ...base }
            : { status: 'not-met', gap: roundGap(required.min - score), ...base };
        },
      };
    }
    case 'custom': {
      const names = Object.keys(rule.params);
      const resolved = names.map((k) => resolveValue((rule.params as Record<string, Value<number>>)[k] as Value<number>, ctx));
      const { problems, sources } = collect(resolved);
      if (problems.length > 0) return { ok: false, problems, sources };
      const params: Record<string, number> = {};
      names.forEach((k, i) => {
        params[k] = (resolved[i] as { value: number }).value;
      });
      Object.freeze(params);
      const test = rule.test as (value: unknown, p: Readonly<Record<string, number>>) => boolean | null;
      return {
        ok: true,
        requirement: { type: 'custom', params, text: rule.description, ...(unit ? { unit } : {}) },
        sources,
        check: (v) => {
          let verdict: boolean | null;
          try {
            verdict = test(v, params);
          } catch {
            verdict = null;
          }
          return verdict === true
            ? { status: 'met', gap: 0 }
            : verdict === false
              ? { status: 'not-met', gap: null }
              : { status: 'unknown', gap: null };
        },
      };
    }
  }
}

function choiceText(input: Input, options: readonly string[]): Label {
  const labels = input.kind === 'choice' ? input.labels : undefined;
  const vi = options.map((o) => labels?.[o]?.vi ?? o).join(' / ');
  const en = options.map((o) => labels?.[o]?.en ?? o).join(' / ');
  return { vi, en };
}
