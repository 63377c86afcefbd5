// Names of the 19 criteria of QĐ 318/QĐ-TTg Phụ lục II (xã nông thôn mới nâng cao), with where each name is confirmed.
// Names of 7, 8, 16 and 19 are verified (ministry guidance and programme decisions name them as criteria of the nâng
// cao set); the other 15 are partial (Bình Phước QĐ 1361/QĐ-UBND, a provincial copy of the national annex) — §3.2.1.
import type { CitationPatch } from '@tieuchi/core';
import { tieuChiPl2, URLS_PL2 } from '../sources.js';

export interface TenTieuChi {
  readonly vi: string;
  readonly en: string;
}

/** Criterion names, by number. */
export const TEN = {
  1: { vi: 'Quy hoạch', en: 'Planning' },
  2: { vi: 'Giao thông', en: 'Transport' },
  3: { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and natural-disaster prevention' },
  4: { vi: 'Điện', en: 'Electricity' },
  5: { vi: 'Giáo dục', en: 'Education' },
  6: { vi: 'Văn hóa', en: 'Culture' },
  7: { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural commercial infrastructure' },
  8: { vi: 'Thông tin và Truyền thông', en: 'Information and communication' },
  9: { vi: 'Nhà ở dân cư', en: 'Housing' },
  10: { vi: 'Thu nhập', en: 'Income' },
  11: { vi: 'Nghèo đa chiều', en: 'Multidimensional poverty' },
  12: { vi: 'Lao động', en: 'Labour' },
  13: { vi: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', en: 'Organisation of production and rural economic development' },
  14: { vi: 'Y tế', en: 'Health' },
  15: { vi: 'Hành chính công', en: 'Public administration' },
  16: { vi: 'Tiếp cận pháp luật', en: 'Access to law' },
  17: { vi: 'Môi trường', en: 'Environment' },
  18: { vi: 'Chất lượng môi trường sống', en: 'Quality of the living environment' },
  19: { vi: 'Quốc phòng và An ninh', en: 'Defence and security' },
} as const satisfies Record<number, TenTieuChi>;

export type SoTieuChi = keyof typeof TEN;

/** The citation of each criterion's name and number. */
export function nguonTieuChi(n: SoTieuChi, extra?: string): CitationPatch {
  switch (n) {
    case 7:
      return tieuChiPl2(7, {
        url: URLS_PL2.qd1214,
        note: 'Name verified: QĐ 1214/QĐ-BCT (22/6/2022) guides criterion 7 "Cơ sở hạ tầng thương mại nông thôn" of the xã NTM and xã NTM nâng cao sets.',
      }, extra);
    case 8:
      return tieuChiPl2(8, {
        url: URLS_PL2.tieuChi8,
        note: 'Name verified: Sở TT&TT Thái Nguyên (17/6/2022), "tiêu chí số 8 thông tin và truyền thông" of both sets.',
      }, extra);
    case 16:
      return tieuChiPl2(16, {
        url: URLS_PL2.qd1723,
        note: 'Name and position verified: QĐ 1723/QĐ-BTP (15/8/2022) guides "tiêu chí 16 tại Phụ lục II của Quyết định số 318/QĐ-TTg" (tiếp cận pháp luật).',
      }, extra);
    case 19:
      return tieuChiPl2(19, {
        url: URLS_PL2.qd926,
        note: 'Name verified: QĐ 926/QĐ-TTg (02/8/2022) targets "chỉ tiêu 19.2 của tiêu chí số 19 về quốc phòng và an ninh" of the nâng cao set.',
      }, extra);
    default:
      return tieuChiPl2(n, undefined, extra);
  }
}
