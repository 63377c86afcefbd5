import type { CriteriaSet } from '@tieuchi/core';
import type { SetResolver } from './run.js';

/**
 * A resolver over a fixed list of set versions: the version of the named set in force on the date (the latest whose
 * validity starts on or before it and has not ended), or `undefined`. Enough for a law package testing its own sets.
 */
export function resolveFromSets(sets: readonly CriteriaSet[]): SetResolver {
  return (setId, asOf) => {
    let best: CriteriaSet | undefined;
    for (const s of sets) {
      if (s.id !== setId || asOf < s.validity.from || (s.validity.until !== undefined && asOf > s.validity.until)) continue;
      if (best === undefined || s.validity.from > best.validity.from) best = s;
    }
    return best;
  };
}
