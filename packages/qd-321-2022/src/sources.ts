// Citations of QĐ 321/QĐ-TTg (08/3/2022) and the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.7): conditions 1–5 verified by three concordant
// sources; the items after condition 5 partial (a Hà Nội task split; the other sources are cut off after 5).
import type { Citation, CitationPatch, Provenance } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /** Trà Vinh NTM portal: conditions 1–5 (≥ 20% huyện and ≥ 40% xã NTM nâng cao in its title). */
  traVinh:
    'https://nongthonmoi.travinh.gov.vn/tinh-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-co-it-nhat-20-so-huyen-dat-chuan-ntm-nang-cao-va-co-it-nhat-40-so-xa-dat-chuan-ntm-nang-cao-giai-doan-2021-2025',
  /** Báo Hà Tĩnh: conditions 1–5. */
  baoHaTinh: 'https://baohatinh.vn/chinh-quyen/tinh-hoan-thanh-nhiem-vu-xay-dung-ntm-co-it-nhat-40-so-xa-dat-chuan-ntm-nang-cao/228357.htm',
  /** Quảng Bình portal: conditions 1–5. */
  quangBinh: 'https://www.quangbinh.gov.vn/3cms/quy-dinh-tinh-thanh-pho-truc-thuoc-trung-uong-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-giai-.htm',
  /** Báo Nghệ An: QĐ 318, 319, 320 and 321 signed on 8/3/2022 by Phó Thủ tướng Thường trực Phạm Bình Minh. */
  baoNgheAn: 'https://baonghean.vn/bo-tieu-chi-nong-thon-moi-tag9268.html',
  /** Hà Nội task split of QĐ 321: green space, tree-lined roads, SIPAS (items after condition 5). */
  haNoi: 'https://vietnam.vn/?p=593165',
} as const;

/** QĐ 321/QĐ-TTg as a whole. */
export const QD_321: Citation = {
  decision: '321/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2022-03-08',
  url: URLS.traVinh,
  provenance: 'partial',
  note:
    'Signed with QĐ 318, 319 and 320 by Phó Thủ tướng Thường trực Phạm Bình Minh (Báo Nghệ An); the date in force is not ' +
    'confirmed. Conditions 1–5 verified by three concordant sources; the items after 5 partial; the decree’s own sentences ' +
    'have not been quoted, so the Vietnamese wording follows the sources’ summaries.',
};

/** The citation of one condition. */
export function dieuKien(
  item: string,
  patch: { readonly provenance: Provenance; readonly url?: string; readonly note?: string },
): CitationPatch {
  return {
    item,
    provenance: patch.provenance,
    ...(patch.url !== undefined ? { url: patch.url } : {}),
    ...(patch.note !== undefined ? { note: patch.note } : {}),
  };
}

/** Conditions 1–5: verified by three concordant sources. */
export const VERIFIED_1_5 =
  'Condition and value verified by three concordant sources (Trà Vinh NTM portal, Báo Hà Tĩnh, Quảng Bình portal); the ' +
  'Vietnamese wording follows their summaries.';
