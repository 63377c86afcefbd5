// Citations of QĐ 1048/QĐ-TTg (21/8/2019) and the public sources that confirm it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.10.1, §4.7) and the pages read for this package.
import type { Citation } from '@tieuchi/core';

/** Where each fact was confirmed (read for this package unless marked "from the reference"). */
export const URLS = {
  /**
   * Báo Mới: "Phó Thủ tướng Vương Đình Huệ vừa ký quyết định …"; 6 ngành hàng; Phần A (35 điểm), B (25), C (40) with their
   * sub-groups; "Tổng điểm đánh giá cho mỗi sản phẩm tối đa là 100 điểm và được phân thành 5 hạng"; 5 sao 90–100.
   */
  baoMoi: 'https://baomoi.zadn.vn/ban-hanh-bo-tieu-chi-danh-gia-phan-hang-san-pham-chuong-trinh-moi-xa-mot-san-pham-c31938553.epi',
  /** CIPTEK: the same parts and points; "05 hạng": 5 sao 90–100, 4 sao 70–89, 3 sao 50–69 "đạt tiêu chuẩn". */
  ciptek: 'https://ciptek.vn/bo-tieu-chi-ocop/',
  /** PROATC: the 5 bands in full, incl. 2 sao 30–49 "chưa đạt tiêu chuẩn" and 1 sao "dưới 30 điểm". */
  proatc: 'https://proatc.vn/phan-hang-nhom-san-pham-ocop/',
  /** Kế hoạch 115/KH-UBND (Thừa Thiên Huế, 08/5/2020): "Quyết định số 1048/QĐ-TTg ngày 21/8/2019 … ban hành Bộ tiêu chí …". */
  hue: 'https://thuvienphapluat.vn/van-ban/Doanh-nghiep/Ke-hoach-115-KH-UBND-2020-danh-gia-phan-hang-va-cong-nhan-san-pham-OCOP-Hue-442454.aspx?tab=2',
  /** Thư viện Pháp luật (25/02/2023): QĐ 148/QĐ-TTg "có hiệu lực kể từ ngày ký, thay thế Quyết định 1048/QĐ-TTg năm 2019". */
  thayThe: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop',
} as const;

/** The decision as a whole. */
export const QD_1048: Citation = {
  decision: '1048/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2019-08-21',
  url: URLS.ciptek,
  provenance: 'verified',
  note:
    'Signed by Phó Thủ tướng Vương Đình Huệ. Verified: the three parts and their maxima (35/25/40), the total of 100 and the 5 star ' +
    'bands on the council’s average total score. Not known: the date in force (this package starts on the signing date), ' +
    'the scoring items of each product group (Phụ lục III), which are not encoded.',
};
