import { isIsoDate } from '@tieuchi/core';
import { CliError } from './errors.js';
import { L } from './lang.js';

/** Today as `YYYY-MM-DD`, in the machine's local time (the day an official would write on the report). */
export function today(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A `--as-of` value: a real `YYYY-MM-DD` date between 1900 and 2200, else a usage error naming the option. */
export function parseDateOption(x: unknown, option = '--as-of'): string | undefined {
  if (x === undefined) return undefined;
  const s = String(x).trim();
  if (!isIsoDate(s) || Number(s.slice(0, 4)) < 1900 || Number(s.slice(0, 4)) > 2200) {
    throw new CliError(
      L(
        `Ngày không hợp lệ cho ${option}: ${JSON.stringify(String(x))} — cần một ngày có thật dạng YYYY-MM-DD (ví dụ 2024-06-01)`,
        `Invalid date for ${option}: ${JSON.stringify(String(x))} — expected a real date written YYYY-MM-DD (e.g. 2024-06-01)`,
      ),
    );
  }
  return s;
}
