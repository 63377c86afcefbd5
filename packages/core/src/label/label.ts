/** A bilingual label: Vietnamese is the legal text, English a faithful gloss. */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

/** Language of a rendered report. */
export type Lang = 'vi' | 'en';

/** True when `x` is a label with two non-empty strings. */
export function isLabel(x: unknown): x is Label {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as Label).vi === 'string' &&
    typeof (x as Label).en === 'string' &&
    (x as Label).vi.trim() !== '' &&
    (x as Label).en.trim() !== ''
  );
}
