/** Three-valued verdict: đạt / chưa đạt / chưa đủ dữ liệu. */
export type Status = 'met' | 'not-met' | 'unknown';

export const STATUS_LABELS = {
  met: { vi: 'Đạt', en: 'Met' },
  'not-met': { vi: 'Chưa đạt', en: 'Not met' },
  unknown: { vi: 'Chưa đủ dữ liệu', en: 'Insufficient data' },
} as const;

/** Kleene conjunction: not-met if any is not-met, else unknown if any is unknown, else met. */
export function allOf(statuses: Iterable<Status>): Status {
  let sawUnknown = false;
  for (const s of statuses) {
    if (s === 'not-met') return 'not-met';
    if (s === 'unknown') sawUnknown = true;
  }
  return sawUnknown ? 'unknown' : 'met';
}

/** Kleene "at least n of": met once n are met, not-met once n can no longer be reached. */
export function atLeastOf(n: number, statuses: Iterable<Status>): Status {
  let met = 0;
  let unknown = 0;
  for (const s of statuses) {
    if (s === 'met') met++;
    else if (s === 'unknown') unknown++;
  }
  if (met >= n) return 'met';
  if (met + unknown < n) return 'not-met';
  return 'unknown';
}
