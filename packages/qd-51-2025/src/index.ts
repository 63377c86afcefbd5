/**
 * @tieuchi/qd-51-2025 — QĐ 51/2025/QĐ-TTg (29/12/2025, in force 15/02/2026) of the Thủ tướng Chính phủ: Bộ tiêu chí
 * quốc gia về nông thôn mới giai đoạn 2026 - 2030. Phụ lục I (xã NTM: 10 tiêu chí, 47 chỉ tiêu, thresholds by 3 nhóm xã),
 * Phụ lục II (pilot framework, xã NTM hiện đại) and Phụ lục III (tỉnh hoàn thành nhiệm vụ). The structure is known; the
 * contents of the annex tables are not, so every row is a placeholder that evaluates to unknown (see README).
 * 2026–2030 has no xã NTM nâng cao, no kiểu mẫu and no district-level set.
 * @packageDocumentation
 */
import { tinhHoanThanhNtm } from './tinh-hoan-thanh-ntm.js';
import { xaNtmHienDai } from './xa-ntm-hien-dai.js';
import { xaNtm } from './xa-ntm.js';

export { xaNtm, xaNtmHienDai, tinhHoanThanhNtm };
export { TIEU_CHI, TONG_SO_CHI_TIEU, SO_DONG_TAM_CHIA } from './xa-ntm.js';
export { QD_51, URLS } from './sources.js';

/** Every set this package publishes. */
export const sets = [xaNtm, xaNtmHienDai, tinhHoanThanhNtm] as const;
