/**
 * @tieuchi/qd-1048-2019 — QĐ 1048/QĐ-TTg (21/8/2019) of the Thủ tướng Chính phủ: Bộ Tiêu chí đánh giá, phân hạng sản
 * phẩm Chương trình mỗi xã một sản phẩm (OCOP). Parts A (35), B (25), C (40); 100 points; 1–5 stars; met from 3 stars.
 * Replaced by QĐ 148/QĐ-TTg (@tieuchi/qd-148-2023) from 24/02/2023.
 * @packageDocumentation
 */
import { sanPhamOcop } from './san-pham-ocop.js';

export { sanPhamOcop };
export { HANG_SAO } from './san-pham-ocop.js';

/** Every set this package publishes. */
export const sets = [sanPhamOcop] as const;
