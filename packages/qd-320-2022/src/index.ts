/**
 * @tieuchi/qd-320-2022 — QĐ 320/QĐ-TTg (08/3/2022) of the Thủ tướng Chính phủ, as originally issued.
 * Phụ lục I: Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025 (4 conditions, 9 tiêu chí).
 * Phụ lục II: thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới.
 * Phụ lục III: Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021 - 2025.
 * Plus `evaluateDistrict`, the roll-up of a district from its communes' and townships' results.
 * @packageDocumentation
 */
import { huyenNtm } from './huyen-ntm.js';
import { huyenNtmNangCao } from './huyen-ntm-nang-cao.js';
import { thiXaHoanThanhNtm } from './thi-xa-hoan-thanh-ntm.js';

export { huyenNtm, DK } from './huyen-ntm.js';
export { huyenNtmNangCao } from './huyen-ntm-nang-cao.js';
export { thiXaHoanThanhNtm } from './thi-xa-hoan-thanh-ntm.js';
export { evaluateDistrict, CHILD_ROLES } from './evaluate-district.js';
export type { ChildRoles, DistrictInput, EvaluateDistrictOptions } from './evaluate-district.js';
export { KET_THUC_CAP_HUYEN } from './sources.js';

/** Every set this package publishes. */
export const sets = [huyenNtm, thiXaHoanThanhNtm, huyenNtmNangCao] as const;
