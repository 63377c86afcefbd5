/**
 * @tieuchi/qd-691-2018 — QĐ 691/QĐ-TTg (2018) of the Thủ tướng Chính phủ: Tiêu chí xã nông thôn mới kiểu mẫu giai
 * đoạn 2018 - 2020 (the precondition "nâng cao" and 4 criteria).
 * @packageDocumentation
 */
import { xaNtmKieuMau } from './xa-ntm-kieu-mau.js';

export { xaNtmKieuMau };
export { NANG_CAO_TINH_2016_2020 } from './xa-ntm-kieu-mau.js';
export { QD_691, URLS } from './sources.js';

/** Every set this package publishes. */
export const sets = [xaNtmKieuMau] as const;
