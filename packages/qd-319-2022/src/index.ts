/**
 * @tieuchi/qd-319-2022 — QĐ 319/QĐ-TTg (08/3/2022) of the Thủ tướng Chính phủ: quy định xã nông thôn mới kiểu mẫu
 * giai đoạn 2021 - 2025 (four conditions: nâng cao attained, income ≥ 110% of the nâng cao level, ≥ 1 smart-village
 * model, kiểu mẫu criteria met in ≥ 1 outstanding field set by the province).
 * @packageDocumentation
 */
import { xaNtmKieuMau, LINH_VUC_NOI_TROI } from './xa-ntm-kieu-mau.js';
import { HE_SO_THU_NHAP_KIEU_MAU, mucThuNhapKieuMau, nhan110 } from './thu-nhap.js';

export { xaNtmKieuMau, LINH_VUC_NOI_TROI, HE_SO_THU_NHAP_KIEU_MAU, mucThuNhapKieuMau, nhan110 };

/** Every set this package publishes. */
export const sets = [xaNtmKieuMau] as const;
