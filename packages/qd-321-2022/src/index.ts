/**
 * @tieuchi/qd-321-2022 — QĐ 321/QĐ-TTg (08/3/2022) of the Thủ tướng Chính phủ, as originally issued:
 * Quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025.
 * Plus `evaluateProvince`, the roll-up of a province from its districts', towns' and communes' results.
 * @packageDocumentation
 */
import { tinhHoanThanhNtm } from './tinh-hoan-thanh-ntm.js';

export { tinhHoanThanhNtm };
export { evaluateProvince } from './evaluate-province.js';
export type { EvaluateProvinceOptions, ProvinceInput } from './evaluate-province.js';

/** Every set this package publishes. */
export const sets = [tinhHoanThanhNtm] as const;
