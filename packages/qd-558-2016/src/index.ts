/**
 * @tieuchi/qd-558-2016 — QĐ 558/QĐ-TTg (04/2016) of the Thủ tướng Chính phủ: Tiêu chí huyện nông thôn mới
 * (2016–2020): 100% of communes NTM (verified) and 9 criteria (names unverified).
 * @packageDocumentation
 */
import { huyenNtm } from './huyen-ntm.js';

export { huyenNtm };
export { QD_558, URLS } from './sources.js';

/** Every set this package publishes. */
export const sets = [huyenNtm] as const;
