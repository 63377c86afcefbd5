import type { Label } from '../label/label.js';

/** A unit of measure, either the legal text only or with an English gloss. */
export type UnitOfMeasure = string | Label;

/** A real number with an optional unit of measure and valid range. */
export interface NumberInput {
  readonly kind: 'number';
  readonly unit?: UnitOfMeasure;
  readonly min?: number;
  readonly max?: number;
}
/** A share in percent, 0–100. */
export interface PercentInput {
  readonly kind: 'percent';
}
/** A whole, non-negative count. */
export interface CountInput {
  readonly kind: 'count';
  readonly unit?: UnitOfMeasure;
  readonly max?: number;
}
/** Yes / no ("Đạt" / "Chưa đạt"). */
export interface BooleanInput {
  readonly kind: 'boolean';
}
/** One of a fixed list of options. */
export interface ChoiceInput<O extends string = string> {
  readonly kind: 'choice';
  readonly options: readonly O[];
  readonly labels?: Readonly<Record<O, Label>>;
}
/** A calendar date, ISO `YYYY-MM-DD`. */
export interface DateInput {
  readonly kind: 'date';
  readonly min?: string;
  readonly max?: string;
}
/** The results of child units (communes of a district, villages of a commune). */
export interface ChildrenInput {
  readonly kind: 'children';
  /** What the children are, e.g. { vi: 'xã', en: 'commune' }. */
  readonly of: Label;
}
/** Several named inputs read together by one indicator (for a custom rule). */
export interface FieldsInput<F extends Readonly<Record<string, ScalarInput>> = Readonly<Record<string, ScalarInput>>> {
  readonly kind: 'fields';
  readonly fields: F;
}

/** Inputs that hold a single value. */
export type ScalarInput = NumberInput | PercentInput | CountInput | BooleanInput | ChoiceInput | DateInput;
/** Any input an indicator can read. */
export type Input = ScalarInput | ChildrenInput | FieldsInput;
/** Input kinds whose value is a number. */
export type NumericInput = NumberInput | PercentInput | CountInput;

/** Status of a child unit as reported by its own evaluation. */
export type ChildStatus = 'met' | 'not-met' | 'unknown';

/** A child unit's result, as read by a `children` input. */
export interface ChildResult {
  readonly id: string;
  readonly name?: string;
  readonly status: ChildStatus;
}

/** The TypeScript type of a value for an input. */
export type ValueOf<I> = I extends NumericInput
  ? number
  : I extends BooleanInput
    ? boolean
    : I extends ChoiceInput<infer O>
      ? O
      : I extends DateInput
        ? string
        : I extends ChildrenInput
          ? readonly ChildResult[]
          : I extends FieldsInput<infer F>
            ? { readonly [K in keyof F]?: ValueOf<F[K]> | null }
            : never;

/** Constructors of inputs. */
export const input = {
  /** A real number, e.g. income in triệu đồng/người/năm. */
  number: (options: { unit?: UnitOfMeasure; min?: number; max?: number } = {}): NumberInput => ({ kind: 'number', ...options }),
  /** A share in percent (0–100). */
  percent: (): PercentInput => ({ kind: 'percent' }),
  /** A whole, non-negative count. */
  count: (options: { unit?: UnitOfMeasure; max?: number } = {}): CountInput => ({ kind: 'count', ...options }),
  /** Yes / no. */
  boolean: (): BooleanInput => ({ kind: 'boolean' }),
  /** One of the given options. */
  choice: <const O extends string>(options: readonly O[], labels?: Record<O, Label>): ChoiceInput<O> =>
    labels ? { kind: 'choice', options, labels } : { kind: 'choice', options },
  /** A calendar date. */
  date: (options: { min?: string; max?: string } = {}): DateInput => ({ kind: 'date', ...options }),
  /** Results of child units. */
  children: (of: Label): ChildrenInput => ({ kind: 'children', of }),
  /** Several named inputs for one indicator. */
  fields: <const F extends Readonly<Record<string, ScalarInput>>>(fields: F): FieldsInput<F> => ({ kind: 'fields', fields }),
} as const;

/** True when the input's value is a number. */
export function isNumeric(i: Input): i is NumericInput {
  return i.kind === 'number' || i.kind === 'percent' || i.kind === 'count';
}

/** The unit of measure of an input, if it has one. */
export function unitOf(i: Input): UnitOfMeasure | undefined {
  if (i.kind === 'percent') return '%';
  if (i.kind === 'number' || i.kind === 'count') return i.unit;
  return undefined;
}
