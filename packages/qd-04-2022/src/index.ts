/**
 * @tieuchi/qd-04-2022 — QĐ 04/2022/QĐ-TTg (18/02/2022, in force 15/04/2022) of the Thủ tướng Chính phủ: Quy định tiêu
 * chí, trình tự, thủ tục xét, công nhận đạt chuẩn đô thị văn minh.
 * Phụ lục I: phường, thị trấn (9 tiêu chí; conditions of Điều 5 khoản 2).
 * Phụ lục II: quận, thị xã, thành phố thuộc cấp tỉnh (9 tiêu chí; conditions incl. 100% of its phường and thị trấn).
 * @packageDocumentation
 */
import { phuongThiTranDtvm } from './phuong-thi-tran-dtvm.js';
import { quanThiXaDtvm } from './quan-thi-xa-dtvm.js';

export { phuongThiTranDtvm, quanThiXaDtvm };
export { REPORTED_INDICATORS_PHUONG_THI_TRAN } from './sources.js';

/** Every set this package publishes. */
export const sets = [phuongThiTranDtvm, quanThiXaDtvm] as const;
