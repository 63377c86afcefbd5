// Citations of QĐ 319/QĐ-TTg (08/3/2022) and the public sources that confirm it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.3, §4.2, §4.3).
import type { Citation, CitationPatch, Provenance } from '@tieuchi/core';

/** Where each fact was confirmed. Three concordant news reports give the four conditions (§3.3). */
export const URLS = {
  /** Làng nghề Việt: the four conditions, nearly verbatim (read for this package). */
  langNgheViet: 'https://langngheviet.com.vn/xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025-can-co-it-nhat-1-mo-hinh-thon-thong-minh-15155.html',
  /** Báo Quảng Nam: the four conditions (read for this package). */
  baoQuangNam: 'https://baoquangnam.vn/thoi-su-nong-thon-moi/quy-dinh-xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025-124590.html',
  /** Dân tộc và Phát triển: the four conditions. */
  danTocPhatTrien: 'https://dantocphattrien.vietnamnet.vn/xa-nong-thon-moi-kieu-mau-co-it-nhat-1-mo-hinh-thon-thong-minh-1646752269529.htm',
  /** Ministry official: kiểu mẫu has 4 conditions. */
  count4: 'https://www.vietnam.vn/en/lien-mach-nong-thon-moi',
  /** QĐ 318/QĐ-TTg, Điều 1: xã đặc biệt khó khăn / xã ATK held to the TDMNPB levels for NTM and NTM nâng cao. */
  qd318: 'https://ls1.hethongphapluat.com/quyet-dinh-318-qd-ttg-nam-2022-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-doan-2021-2025-do-thu-tuong-chinh-phu-ban-hanh.html',
} as const;

/** The decision. Its four conditions are verified; its effective date is not confirmed. */
export const QD_319: Citation = {
  decision: '319/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2022-03-08',
  url: URLS.langNgheViet,
  provenance: 'verified',
  note:
    'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025; signed by Phó Thủ tướng Thường trực Phạm Bình Minh with QĐ 318, 320 ' +
    'and 321. The four conditions are verified by three concordant sources (Làng nghề Việt, Báo Quảng Nam, Dân tộc và Phát triển). ' +
    'The effective date is not confirmed: the set is taken to apply from the signing date.',
};

/**
 * The citation of condition `n` (1–4), numbered in the order in which the decision lists them (the sources give them as
 * four consecutive items; the numbering itself is the reference's).
 */
export function dieuKien(n: 1 | 2 | 3 | 4, patch: { readonly provenance: Provenance; readonly note: string; readonly url?: string }): CitationPatch {
  return { item: String(n), url: patch.url ?? URLS.langNgheViet, provenance: patch.provenance, note: patch.note };
}
