/**
 * @tieuchi/qd-148-2023 — QĐ 148/QĐ-TTg (24/02/2023) of the Thủ tướng Chính phủ: Bộ tiêu chí và quy trình đánh giá, phân
 * hạng sản phẩm Chương trình mỗi xã một sản phẩm (OCOP). Parts A (40), B (25), C (35); 100 points; 5 hạng; met from 3 sao.
 * Replaces QĐ 1048/QĐ-TTg (@tieuchi/qd-1048-2019) from 24/02/2023.
 * @packageDocumentation
 */
import { sanPhamOcop } from './san-pham-ocop.js';

export { sanPhamOcop };
export { HANG_SAO } from './san-pham-ocop.js';

/** Every set this package publishes. */
export const sets = [sanPhamOcop] as const;
