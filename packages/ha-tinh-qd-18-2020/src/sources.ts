// Citations of Hà Tĩnh QĐ 18/2020/QĐ-UBND (07/8/2020) and the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.16.1, §6.2 G15) and the pages read for this package.
import type { Citation, CitationPatch } from '@tieuchi/core';

/** Where each fact was confirmed (all three read for this package). */
export const URLS = {
  /**
   * Partial text of the decision (hethongphapluat): number, date 07/8/2020, legal bases (NQ 1210/2016/UBTVQH13,
   * TT 02/2013/TT-BVHTTDL), Điều 1 (scope: "quy định tạm thời"), Điều 2 (the set is an annex; Sở Xây dựng leads "Quy
   * hoạch, kiến trúc và quản lý quy hoạch; Giao thông và hạ tầng kỹ thuật; Nhà ở"; Sở Công Thương "Điện; tiểu tiêu chí …").
   * The stored copy stops there: the annex is not in it.
   */
  decision:
    'https://ls1.hethongphapluat.com/quyet-dinh-18-2020-qd-ubnd-quy-dinh-tam-thoi-ve-bo-tieu-chi-phuong-thi-tran-dat-chuan-do-thi-van-minh-thuc-hien-tren-dia-ban-tinh-ha-tinh.html',
  /** Văn phòng Điều phối NTM Hà Tĩnh (10/8/2020): "Bộ tiêu chí gồm 18 tiêu chí, gồm: …" — the 18 names in this order. */
  ntmHaTinh:
    'http://nongthonmoi.hatinh.gov.vn/hoat-dong-cac-ban-nganh/ban-hanh-quy-dinh-tam-thoi-bo-tieu-chi-phuong-thi-tran-dat-chuan-do-thi-van-minh-tren-dia-ban-ha-tinh-98141.html',
  /**
   * Sở NN&PTNT Hà Tĩnh: signed by Chủ tịch UBND tỉnh Trần Tiến Hưng; "phường, thị trấn được công nhận đạt chuẩn đô thị văn
   * minh phải đạt 18 tiêu chí gồm: …" (its list leaves out "Nhà ở", so it names 17).
   */
  soNongNghiep:
    'http://sonongnghiep.hatinh.gov.vn/web/guest/home/-/asset_publisher/pEyEyXgBiqDF/blog/ha-tinh-ban-hanh-bo-tieu-chi-phuong-thi-tran-at-chuan-o-thi-van-minh',
  /** QĐ 04/2022/QĐ-TTg, the national set, in force 15/04/2022 (LawNet, Điều 5). */
  qd04:
    'https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/van-hoa--xa-hoi/criteria-for-evaluating-and-recognizing-wards-or-commune-level-towns-as-civilized-urban-areas-in-vie-1003321',
} as const;

/** The decision as a whole. */
export const QD_18_2020: Citation = {
  decision: '18/2020/QĐ-UBND',
  issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
  signed: '2020-08-07',
  part: 'Phụ lục',
  url: URLS.decision,
  provenance: 'partial',
  note:
    'Quy định tạm thời (interim), signed by Chủ tịch UBND tỉnh Trần Tiến Hưng. Verified: number, date, scope, 18 tiêu chí and ' +
    'their names, and that a phường/thị trấn must meet all 18. Partial: the numbering (order of the published list). Not ' +
    'known: the date in force (the stored copy stops before the final articles), the tiểu tiêu chí and thresholds of the annex. ' +
    'The validity end (14/04/2022, the day before QĐ 04/2022/QĐ-TTg came into force) is this package’s choice: no repealing ' +
    'instrument has been identified.',
};

/** The citation of a criterion: name verified, number partial (the order of the published 18-name list). */
export function tieuChi(n: number): CitationPatch {
  return {
    item: String(n),
    url: URLS.ntmHaTinh,
    provenance: 'partial',
    note:
      'Name verified (Văn phòng Điều phối NTM Hà Tĩnh lists the 18 names; Sở NN&PTNT Hà Tĩnh 17 of them, without "Nhà ở", which ' +
      'Điều 2 of the decision names among Sở Xây dựng’s criteria). Number partial: the position in the published list, not ' +
      'read in the annex.',
  };
}
