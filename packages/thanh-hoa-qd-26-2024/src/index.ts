/**
 * @tieuchi/thanh-hoa-qd-26-2024 — QĐ 26/2024/QĐ-UBND of UBND tỉnh Thanh Hóa: Bộ tiêu chí xã nông thôn mới nâng cao tỉnh
 * Thanh Hóa giai đoạn 2024 - 2025, with two zones (Vùng 1 / Vùng 2), derived from the national QĐ 318/QĐ-TTg Phụ lục II
 * as amended by QĐ 211/QĐ-TTg with the never-looser check. Its tables have not been read: no Thanh Hóa value and no value
 * per zone is encoded (see README, "Gaps").
 * @packageDocumentation
 */
import { xaNtmNangCao } from './xa-ntm-nang-cao.js';

export { xaNtmNangCao };
export { xaNtmNangCaoDerivation, XA_NTM_NANG_CAO_ID, XA_NTM_2024_2025_ID, HET_HIEU_LUC } from './xa-ntm-nang-cao.js';
export { VUNG, LOAI_XA_VUNG_1, vungCuaXa, type Vung } from './vung.js';
export { QD_26, DIEU_KIEN_1, HAI_VUNG, CAN_DUOI_NGAY_KY, URLS } from './sources.js';

/** Every set this package publishes. */
export const sets = [xaNtmNangCao] as const;
