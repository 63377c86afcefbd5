/**
 * @tieuchi/qd-491-2009 — QĐ 491/QĐ-TTg (16/4/2009) of the Thủ tướng Chính phủ, as originally issued:
 * Bộ tiêu chí quốc gia về nông thôn mới (19 tiêu chí in 5 nhóm). Amended by QĐ 342/QĐ-TTg (20/02/2013), which is
 * the package @tieuchi/qd-342-2013; replaced by QĐ 1980/QĐ-TTg from 01/12/2016.
 * @packageDocumentation
 */
import { xaNtm } from './xa-ntm.js';

export { xaNtm };
export { QD_491, URLS } from './sources.js';

/**
 * The number of indicators commonly reported for this set (39). Unverified: it is kept for display and checks, not as
 * the length of the encoded list, which holds placeholders where rows are not known (see README, "Gaps").
 */
export const reportedIndicatorTotal = { value: 39, provenance: 'unverified' } as const;

/** Every set this package publishes. */
export const sets = [xaNtm] as const;
