// Citations of QĐ 148/QĐ-TTg (24/02/2023) and the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.10.2, §4.7, §6.2 G16) and the pages read for this package.
import type { Citation } from '@tieuchi/core';

/** Where each fact was confirmed (read for this package unless marked "from the reference"). */
export const URLS = {
  /**
   * Thư viện Pháp luật (25/02/2023): Phần A 40 điểm (35 under QĐ 1048), B 25, C 35 (40 under QĐ 1048); criteria of each
   * product group in Phụ lục III; "Tổng điểm đánh giá cho mỗi sản phẩm tối đa là 100 điểm và được phân thành 05 hạng";
   * "có hiệu lực kể từ ngày ký, thay thế Quyết định 1048/QĐ-TTg năm 2019 và Quyết định 781/QĐ-TTg".
   */
  thuVienPhapLuat: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop',
  /** Thương hiệu & Công luận (25/02/2023): signed by Phó Thủ tướng Trần Lưu Quang on 24/2/2023; 6 nhóm sản phẩm; the three parts. */
  congLuan:
    'https://hangthat.thuonghieucongluan.com.vn/ban-hanh-bo-tieu-chi-va-quy-trinh-danh-gia-phan-hang-san-pham-chuong-trinh-moi-xa-mot-san-pham-a93435.html',
  /** THVL (Vĩnh Long, 2023): a provincial council scoring under the 40/25/35 split. */
  vinhLong: 'https://thvl.vn/san-pham-ocop-vinh-long/danh-gia-phan-hang-san-pham-ocop-nam-2023/',
  /**
   * Báo Điện Biên Phủ via Báo Mới: from 06/7/2025 QĐ 1489/QĐ-TTg amends Phụ lục II (the procedure) of QĐ 148; "những sản phẩm
   * đạt từ 90 điểm trở lên sẽ được đề xuất … đánh giá, phân hạng ở cấp quốc gia".
   */
  qd1489: 'https://baomoi.net.vn/infographic-trinh-tu-danh-gia-phan-hang-san-pham-ocop-c52720491.epi',
  /** The 3–5 sao certificate is valid 36 months (from the reference). */
  chungNhan: 'https://www.doanhnghiepkinhtexanh.vn/c/quay-ocop?page=4',
  /** The bands of QĐ 1048/QĐ-TTg (PROATC), reported to be kept by QĐ 148. */
  bands1048: 'https://proatc.vn/phan-hang-nhom-san-pham-ocop/',
} as const;

/** The decision as a whole. */
export const QD_148: Citation = {
  decision: '148/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2023-02-24',
  effective: '2023-02-24',
  url: URLS.thuVienPhapLuat,
  provenance: 'partial',
  note:
    'Signed by Phó Thủ tướng Trần Lưu Quang; in force on signing; replaces QĐ 1048/QĐ-TTg (2019) and QĐ 781/QĐ-TTg. Verified: ' +
    'the three parts and their maxima (40/25/35), 100 points, 05 hạng. Partial: the 3–5 sao bounds (reported as in QĐ 1048; the ' +
    'decision text has not been read). Unverified: the 1–2 sao bounds. Phụ lục III (scoring items per product group) is not encoded.',
};
