/**
 * @tieuchi/thanh-hoa-qd-32-2022 — QĐ 32/2022/QĐ-UBND (10/8/2022) of UBND tỉnh Thanh Hóa: Bộ tiêu chí xã nông thôn mới
 * tỉnh Thanh Hóa giai đoạn 2022 - 2025 (19 tiêu chí, 57 chỉ tiêu), derived from the national QĐ 318/QĐ-TTg Phụ lục I
 * (and its QĐ 211/QĐ-TTg amendment) with the never-looser check. The decision text has not been read: no Thanh Hóa value
 * is encoded (see README, "Gaps").
 * @packageDocumentation
 */
import { xaNtm, xaNtm2024 } from './xa-ntm.js';

export { xaNtm, xaNtm2024 };
export { xaNtmHistory, xaNtmDerivation, xaNtmDerivation2024, XA_NTM_ID, HET_HIEU_LUC } from './xa-ntm.js';
export { QD_32, QD_32_TU_2024 } from './sources.js';

/** Every version this package publishes (as issued; from 01/3/2024), oldest first. */
export const sets = [xaNtm, xaNtm2024] as const;
