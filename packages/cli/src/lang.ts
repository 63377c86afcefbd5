import type { Label } from '@tieuchi/core';

/** A message in both languages (Vietnamese is the default of every command; `--lang en` picks English). */
export function L(vi: string, en: string): Label {
  return { vi, en };
}
