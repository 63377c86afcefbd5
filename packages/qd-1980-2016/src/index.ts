/**
 * @tieuchi/qd-1980-2016 — QĐ 1980/QĐ-TTg (17/10/2016) of the Thủ tướng Chính phủ, in force 01/12/2016:
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020 (19 tiêu chí). It replaced QĐ 491/QĐ-TTg and
 * QĐ 342/QĐ-TTg, and was followed by QĐ 318/QĐ-TTg on 08/3/2022.
 * @packageDocumentation
 */
import { xaNtm } from './xa-ntm.js';

export { xaNtm };
export { QD_1980, URLS } from './sources.js';

/**
 * The number of indicators commonly reported for this set (49). Unverified; the encoded list follows the reported
 * rows and has the same length, which is a check of the encoding, not a confirmation of the count.
 */
export const reportedIndicatorTotal = { value: 49, provenance: 'unverified' } as const;

/** Every set this package publishes. */
export const sets = [xaNtm] as const;
