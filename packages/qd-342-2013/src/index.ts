/**
 * @tieuchi/qd-342-2013 — QĐ 342/QĐ-TTg (20/02/2013) of the Thủ tướng Chính phủ: amends criteria 7, 10, 12, 14 and 15
 * of the Bộ tiêu chí quốc gia về nông thôn mới (QĐ 491/QĐ-TTg, @tieuchi/qd-491-2009), in force from signing.
 * @packageDocumentation
 */
import { history, inForce, type CriteriaSet } from '@tieuchi/core';
import { xaNtm as xaNtm491 } from '@tieuchi/qd-491-2009';
import { amendment } from './amendment.js';

export { amendment };
export { QD_342, URLS } from './sources.js';

/** Every amendment this package publishes. */
export const amendments = [amendment] as const;

/** QĐ 342 issues no new set: it only amends `qd-491-2009/xa-ntm` (see `xaNtm` and `xaNtmHistory`). */
export const sets = [] as const;

/**
 * Versions of `qd-491-2009/xa-ntm` over time: as issued (16/4/2009 – 19/02/2013), then as amended by QĐ 342
 * (20/02/2013 – 30/11/2016, the day before QĐ 1980/QĐ-TTg takes effect).
 */
export const xaNtmHistory = history(xaNtm491, amendments);

function mustBeInForce(set: CriteriaSet | undefined, what: string): CriteriaSet {
  if (!set) throw new Error(`${what} is not in force on the date asked`);
  return set;
}

/** QĐ 491/QĐ-TTg as amended by QĐ 342/QĐ-TTg, in force from 20/02/2013. */
export const xaNtm: CriteriaSet = mustBeInForce(inForce(xaNtmHistory, '2013-02-20'), 'qd-491-2009/xa-ntm');
