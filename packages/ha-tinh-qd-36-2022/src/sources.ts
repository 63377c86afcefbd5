// Citations of Hà Tĩnh QĐ 36/2022/QĐ-UBND (09/12/2022) and of the sources behind each fact this package encodes.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.16, §5.1) and the pages read for this package. The
// text of QĐ 36/2022 (and of QĐ 37/2022, issued the same day) has NOT been read: which of the two decisions holds which
// level of sets is not confirmed, and no Hà Tĩnh value is known. Rows the province may have tightened stay national.
import type { Citation, CitationPatch } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /**
   * Cổng TTĐT tỉnh Hà Tĩnh (cited by the project reference §3.16.2; not read here): QĐ 15/2024/QĐ-UBND (12/7/2024, in
   * force 26/7/2024) amends four sets — xã NTM, xã NTM nâng cao, huyện NTM, huyện NTM nâng cao — "issued with QĐ 36/2022
   * and QĐ 37/2022" (09/12/2022). It is the source of the numbers and date of QĐ 36 and QĐ 37.
   */
  hatinhGov: 'https://hatinh.gov.vn/vi/tuyen-truyen/tin-bai/20179/ban-bien-tap',
  /**
   * Báo Hà Tĩnh via tinthethaonews (read, search excerpt): "Văn phòng NTM tỉnh và Ủy ban Mặt trận Tổ quốc tỉnh tổ chức
   * đánh giá, thẩm định mức độ đạt chuẩn tiêu chí 20 – Khu dân cư mẫu, vườn mẫu và lấy ý kiến sự hài lòng của người dân
   * tại các xã Sơn Trường, Sơn Kim 1 (Hương Sơn)" — the provincial tiêu chí 20 of 2016–2020 (reference §3.16.3).
   */
  tieuChi20: 'https://tinthethaonews.org/tieu-chi-20-nong-thon-moi-tag133478.html',
  /** Nông thôn mới Hà Tĩnh, 16/12/2017 (reference §3.16.3, not read here): "Bước đầu hình thành mô hình NTM kiểu mẫu". */
  ntmKieuMau2017: 'http://nongthonmoihatinh.vn/vi/news/savefile/Tin-trong-tinh/Ha-Tinh-Buoc-dau-hinh-thanh-mo-hinh-nong-thon-moi-kieu-mau-72052',
  /** Nông thôn mới Hà Tĩnh: "Khi xây dựng NTM kiểu mẫu là 'tiêu chí 20'" (title read; body not in the stored copy). */
  tieuChi20KieuMau: 'http://nongthonmoi.hatinh.gov.vn/Tin-trong-nuoc/Khi-xay-dung-NTM-kieu-mau-la-tieu-chi-20-75620.html',
  /**
   * Cổng TTĐT tỉnh Hà Tĩnh, 28/6/2022 (read, search excerpt): the provincial council recognised 4 xã NTM, 6 xã NTM nâng
   * cao and 4 xã NTM kiểu mẫu (đợt 1, 2022) — kiểu mẫu recognitions went on in 2022, before QĐ 36/37 (09/12/2022).
   */
  hatinhGov2022: 'https://hatinh.gov.vn/index.php/tuyen-truyen/tin-bai/12945',
} as const;

/** What every citation of QĐ 36 says about the split between QĐ 36 and QĐ 37. */
const SPLIT =
  'Number and date verified (Cổng TTĐT Hà Tĩnh, via the project reference §3.16.2). That QĐ 36/2022 is the decision holding ' +
  'the commune-level sets (xã NTM, xã NTM nâng cao) and QĐ 37/2022 the district-level ones is NOT verified: it is the ' +
  'likeliest split (reference §3.16.2), not a reading of either text. Effective date not known (the sets are taken to apply ' +
  'from the signing day). Contents not read: every row is the national one unless a row says otherwise.';

/**
 * QĐ 36/2022/QĐ-UBND of UBND tỉnh Hà Tĩnh (09/12/2022). Provenance 'unverified': the number and date are confirmed, but
 * not that this decision is the one that issues the commune sets, nor any of its contents.
 */
export const QD_36_2022: Citation = {
  decision: '36/2022/QĐ-UBND',
  issuer: 'UBND tỉnh Hà Tĩnh',
  signed: '2022-12-09',
  url: URLS.hatinhGov,
  provenance: 'unverified',
  note: SPLIT,
};

/** The citation of the provincial criterion 20 "Khu dân cư mẫu, vườn mẫu" when it is read into the 2022 nâng cao set. */
export const TIEU_CHI_20_NGUON: CitationPatch = {
  item: '20',
  url: URLS.tieuChi20,
  provenance: 'unverified',
  note:
    'Hà Tĩnh\'s provincial tiêu chí 20 "Khu dân cư mẫu, vườn mẫu", added to the 19 national criteria, is VERIFIED for ' +
    '2016–2020 (reference §3.16.3; Báo Hà Tĩnh: the VPĐP NTM tỉnh and UBMTTQ tỉnh assessed "mức độ đạt chuẩn tiêu chí 20 – ' +
    'Khu dân cư mẫu, vườn mẫu"). That the 2022–2025 xã NTM nâng cao set of QĐ 36/2022 still carries it is NOT verified: it is ' +
    'read in because 2022 Hà Tĩnh reports count nâng cao criteria out of 20 ("13/20", "12/20", "11/20"; reference §5.1 ' +
    'R5–R7), and those reports may instead follow the 2018–2020 provincial set. Remove the criterion if QĐ 36 has 19.',
};

/** The prerequisite of the Hà Tĩnh nâng cao set: the commune is xã NTM under the Hà Tĩnh set. */
export const TIEN_QUYET_NGUON: CitationPatch = {
  provenance: 'unverified',
  note:
    'The national nâng cao set requires xã NTM (partial, QĐ 318 Phụ lục II). That the Hà Tĩnh nâng cao set requires the ' +
    'commune to meet the Hà Tĩnh xã NTM set (rather than QĐ 318 Phụ lục I) follows the provincial pattern confirmed for ' +
    'Bình Phước QĐ 1361/QĐ-UBND and Thanh Hóa QĐ 26/2024/QĐ-UBND (reference §4.2); Hà Tĩnh\'s wording has not been read. ' +
    'While the Hà Tĩnh xã NTM set has no row of its own, both requirements are the same.',
};

/**
 * How the Hà Tĩnh sets carry QĐ 211/QĐ-TTg: the national rule on which communes are held to the TDMNPB values applies
 * to Hà Tĩnh communes from 01/3/2024, whatever the provincial text of 2022 says (a province may not lower the bar).
 */
export const AP_DUNG_QD_211 =
  'Not a Hà Tĩnh decision: QĐ 211/QĐ-TTg (01/3/2024) redefines, for every commune, which communes are held to the TDMNPB ' +
  'values (QĐ 318 Điều 1). The Hà Tĩnh sets of 09/12/2022 inherit QĐ 318\'s classes; kept after 01/3/2024 they would hold a ' +
  'xã khu vực II/III to the BTB stunting ceiling (≤ 25%) where the national set now holds it to the TDMNPB one (≤ 24%) — looser ' +
  'than the national set, which a province may not be. So the Hà Tĩnh sets take the QĐ 211 classes on the same day, with QĐ 211\'s ' +
  'own citation (partial). Whether QĐ 15/2024/QĐ-UBND restated this is not known.';
