/**
 * @tieuchi/qd-318-2022 — QĐ 318/QĐ-TTg (08/3/2022) of the Thủ tướng Chính phủ, as originally issued.
 * Phụ lục I: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025 (19 tiêu chí, 57 chỉ tiêu).
 * Phụ lục II: Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025 (19 tiêu chí, 75 chỉ tiêu).
 * @packageDocumentation
 */
import { xaNtm } from './xa-ntm.js';
import { xaNtmNangCao } from './xa-ntm-nang-cao.js';

export { xaNtm, xaNtmNangCao };

/** Every set this package publishes. */
export const sets = [xaNtm, xaNtmNangCao] as const;
