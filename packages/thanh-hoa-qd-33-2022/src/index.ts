/**
 * @tieuchi/thanh-hoa-qd-33-2022 — QĐ 33/2022/QĐ-UBND (10/8/2022) of UBND tỉnh Thanh Hóa: Bộ tiêu chí xã nông thôn mới
 * nâng cao tỉnh Thanh Hóa giai đoạn 2022 - 2025 (19 tiêu chí, 75 chỉ tiêu), derived from the national QĐ 318/QĐ-TTg
 * Phụ lục II (and its QĐ 211/QĐ-TTg amendment) with the never-looser check; prerequisite: the Thanh Hóa xã NTM set
 * (QĐ 32/2022/QĐ-UBND). The decision text has not been read: no Thanh Hóa value is encoded (see README, "Gaps").
 * @packageDocumentation
 */
import { xaNtmNangCao, xaNtmNangCao2024 } from './xa-ntm-nang-cao.js';

export { xaNtmNangCao, xaNtmNangCao2024 };
export { xaNtmNangCaoHistory, xaNtmNangCaoDerivation, xaNtmNangCaoDerivation2024, XA_NTM_NANG_CAO_ID } from './xa-ntm-nang-cao.js';
export { QD_33, QD_33_TU_2024, DIEU_KIEN_XA_NTM, URLS } from './sources.js';

/** Every version this package publishes (as issued; from 01/3/2024), oldest first. */
export const sets = [xaNtmNangCao, xaNtmNangCao2024] as const;
