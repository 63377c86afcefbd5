// Citations of QĐ 04/2022/QĐ-TTg (18/02/2022) and the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.9, §4.5, §6.2 G8) and the pages read for this package
// (README, "Sources"): only what a cited source states is 'verified'.
import type { Citation, CitationPatch, Label, Provenance } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /**
   * LawNet (English): Điều 5 khoản 1 (the 9 criteria of phường/thị trấn, lettered a–i) and khoản 2 (conditions a–d:
   * registration with UBND cấp huyện; the criteria of Phụ lục I; registration period 02 / 05 years; ≥ 90% satisfied and
   * agreeing); in force 15/04/2022. Read for this package.
   */
  dieu5:
    'https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/van-hoa--xa-hoi/criteria-for-evaluating-and-recognizing-wards-or-commune-level-towns-as-civilized-urban-areas-in-vie-1003321',
  /**
   * Cổng TTĐT Hải Phòng: signer (Phó Thủ tướng Lê Văn Thành), the 9 criteria, the phường/thị trấn conditions and the
   * quận/thị xã/thành phố conditions up to "có 100% xã trực thu…" (the page is cut off there). Read for this package.
   */
  haiPhong: 'https://thanhphohaiphong.gov.vn/9-tieu-chi-danh-gia-cong-nhan-do-thi-van-minh.html/amp',
  /**
   * Sở VHTTDL Thanh Hóa, "Quy định tiêu chí xét công nhận đạt chuẩn đô thị văn minh": the two wordings of criterion 3
   * (phường/thị trấn vs quận/thị xã/thành phố), the conditions. Read for this package (the stored address has three
   * garbled characters in its path).
   */
  thanhHoa:
    'http://svhttdl.thanhhoa.gov.vn/gia-dinh-van-hoa-co-so/%EF%BF%BD%EF%BF%BD%EF%BF%BD-quy-dinh-tieu-chi-xet-cong-nhan-dat-chuan-do-thi-van-minh-1005490',
  /** Hướng dẫn 12/HD-BCA-V05 (Bộ Công an, 21/5/2024): criterion 4 of phường/thị trấn has 06 nội dung, all to be met; nội dung 1. Read. */
  hd12Bca:
    'http://hethongphapluat.com/huong-dan-12-hd-bca-v05-nam-2024-thuc-hien-tieu-chi-so-4-ve-an-ninh-trat-tu-do-thi-theo-quyet-dinh-04-2022-qd-ttg-quy-dinh-tieu-chi-trinh-tu-thu-tuc-xet-cong-nhan-dat-chuan-do-thi-van-minh-do-bo-cong-an-ban-hanh.html',
  /** QĐ 1723/QĐ-BTP (15/8/2022): "tiêu chí 9.4 tại Phụ lục II của Quyết định số 04/2022/QĐ-TTg" (tiếp cận pháp luật). From the reference. */
  qd1723:
    'http://tuphapdienban.gov.vn/2022/09/11/quyet-dinh-so-1723-qd-btp-ngay-15-8-2022-huong-dan-tieu-chi-huyen-dat-chuan-tiep-can-phap-luat-thuoc-bo-tieu-chi-quoc-gia-ve-huyen-nong-thon-moi-tieu-chi-tiep-can-phap-luat-thuoc-bo-tieu-chi-quoc-gia/',
  /** Sở VHTTDL Yên Bái: the units of Phụ lục I and Phụ lục II. From the reference. */
  yenBai: 'https://sovhttdl.yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=1102&l=Tinhoatdong&lv=28',
  /** The procedure for quận/thị xã/thành phố: self-assessment on the Bảng đánh giá of Phụ lục II, MTTQ survey, 30 days. From the reference. */
  trinhTu: 'https://lifetoday.vn/tieu-chi-trinh-tu-thu-tuc-xet-cong-nhan-dat-chuan-do-thi-van-minh/',
  /** Dĩ An (Bình Dương): phường registered in 2022, first review planned for 2024 (the 2-year rule in practice). From the reference. */
  diAn: 'http://dian.binhduong.gov.vn/Trang-chu/ctl/Detail/ttId/47874/mid/1600',
} as const;

/** The decision as a whole, Phụ lục I (phường, thị trấn). */
export const QD_04_PL1: Citation = {
  decision: '04/2022/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2022-02-18',
  effective: '2022-04-15',
  part: 'Phụ lục I',
  url: URLS.dieu5,
  provenance: 'partial',
  note:
    'Signed by Phó Thủ tướng Lê Văn Thành; in force 15/04/2022. The 9 criteria and the conditions of Điều 5 khoản 1–2 are ' +
    'verified; the content of Phụ lục I (the rows of each criterion) has not been read, except that criterion 4 has 06 nội dung.',
};

/** The decision as a whole, Phụ lục II (quận, thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc TW). */
export const QD_04_PL2: Citation = {
  ...QD_04_PL1,
  part: 'Phụ lục II',
  url: URLS.haiPhong,
  note:
    'Signed by Phó Thủ tướng Lê Văn Thành; in force 15/04/2022. The 9 criteria, code 9.4 and the conditions up to the ' +
    '100%-of-phường/thị trấn rule are verified; the clause on xã is cut off in the source; the content of Phụ lục II has not been read.',
};

/** A row of an annex, with its own provenance. */
export function row(item: string, patch: { readonly provenance: Provenance; readonly url?: string; readonly note?: string }): CitationPatch {
  return { item, provenance: patch.provenance, ...(patch.url !== undefined ? { url: patch.url } : {}), ...(patch.note !== undefined ? { note: patch.note } : {}) };
}

/** The citation of a criterion: number and name verified (Điều 5 khoản 1; Hải Phòng; Sở VHTTDL Thanh Hóa). */
export function tieuChi(n: number, extra?: string, url: string = URLS.dieu5): CitationPatch {
  return {
    item: String(n),
    url,
    provenance: 'verified',
    note: 'Number and name verified (Điều 5 khoản 1 as quoted by LawNet; Cổng TTĐT Hải Phòng; Sở VHTTDL Thanh Hóa).' + (extra ? ` ${extra}` : ''),
  };
}

/**
 * The number of chỉ tiêu of Phụ lục I as news reports count it ("28/52 chỉ tiêu", a Hà Tĩnh thị trấn, 2023). UNVERIFIED:
 * no official text confirms it, and this package does not encode 52 rows (README, "Why 14 rows and not 52"). Kept apart
 * so that reports against 52 can be displayed and checked, never used as the set's denominator.
 */
export const REPORTED_INDICATORS_PHUONG_THI_TRAN = {
  value: 52,
  provenance: 'unverified',
  note:
    'Implied by a 2023 Vũ Quang (Hà Tĩnh) report of "1/9 tiêu chí, 28/52 chỉ tiêu" against QĐ 04/2022 (reference §3.9, §5.1 R3); ' +
    'the annex text has not been confirmed.',
} as const satisfies { value: number; provenance: Provenance; note: string };

/** Why a row stands for a whole criterion: the annex's rows are not known. */
export const VI_CA_TIEU_CHI: Label = {
  vi:
    'Kết quả đánh giá cả tiêu chí theo Bảng đánh giá của Phụ lục (đạt khi mọi nội dung của tiêu chí đều đạt); nội dung từng ' +
    'dòng của Phụ lục chưa được xác minh nên không tách thành chỉ tiêu',
  en:
    'The assessed result of the whole criterion on the annex’s assessment table (met when every content of the criterion is ' +
    'met); the annex’s rows are not verified, so they are not split into indicators',
};
