/**
 * @tieuchi/ha-tinh-qd-18-2020 — QĐ 18/2020/QĐ-UBND (07/8/2020) of the UBND tỉnh Hà Tĩnh: Quy định tạm thời Bộ tiêu chí
 * phường, thị trấn đạt chuẩn đô thị văn minh thực hiện trên địa bàn tỉnh Hà Tĩnh (18 tiêu chí).
 * Superseded by the national QĐ 04/2022/QĐ-TTg (@tieuchi/qd-04-2022) from 15/04/2022.
 * @packageDocumentation
 */
import { phuongThiTranDtvm } from './phuong-thi-tran-dtvm.js';

export { phuongThiTranDtvm };
export { TEN_TIEU_CHI } from './phuong-thi-tran-dtvm.js';

/** Every set this package publishes. */
export const sets = [phuongThiTranDtvm] as const;
