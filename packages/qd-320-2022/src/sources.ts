// Citations of QĐ 320/QĐ-TTg (08/3/2022) and the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.4, §4.4): only what a cited source states is 'verified'.
import type { Citation, CitationPatch, Label, Provenance } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /**
   * Legal Q&A (mirror of a thuvienphapluat.vn article) quoting Phụ lục I of QĐ 320: conditions (1)–(5) word for word,
   * and the start of Phụ lục II, "(1) Có 100% số xã" (the quotation is cut off there).
   */
  dieuKien:
    'http://118.69.201.250:801/phap-luat/ho-tro-phap-luat/tieu-chi-ve-huyen-nong-thon-moi-quy-dinh-thi-xa-thanh-pho-truc-thuoc-cap-tinh-hoan-thanh-nhiem-vu-x-1493.html',
  /** Viện Nghiên cứu phát triển bền vững vùng (VASS): the 9 criteria, their numbering, and the wording of 1.1 and 1.2. */
  irsd: 'http://irsd.vass.gov.vn/tin-tuc/bo-tieu-chi-nong-thon-moi-cap-huyen-giai-doan-2021-2025.html',
  /** Gia Lai TV: the 9 criteria and the ≥ 10% nâng cao condition (second source for the names). */
  gialai:
    'http://gialaitv.vn/tin-tuc/tin-dia-phuong/huyen-nong-thon-moi-giai-doan-2022-2025-phai-co-it-nhat-10-so-xa-tren-dia-ban-dat-chuan-ntm-nang-cao/',
  /** Báo Nghệ An: QĐ 318, 319, 320 and 321 signed on 8/3/2022 by Phó Thủ tướng Thường trực Phạm Bình Minh. */
  baoNgheAn: 'https://baonghean.vn/bo-tieu-chi-nong-thon-moi-tag9268.html',
  /**
   * thuvienphapluat notice of QĐ 932/QĐ-BGTVT (18/7/2022), the Bộ GTVT guidance for the transport criterion of the
   * huyện NTM set: names and numbers of chỉ tiêu 2.1, 2.2 and 2.4 and when each is assessed "Đạt".
   */
  qd932: 'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/41731/huong-dan-tieu-chi-ve-giao-thong-cua-huyen-nong-thon-moi',
  /** Làng nghề Việt: the same QĐ 932/QĐ-BGTVT summary (second copy). */
  qd932b: 'https://langngheviet.com.vn/tieu-chi-ve-giao-thong-cua-huyen-nong-thon-moi-va-ntm-nang-cao-giai-doan-2021-2025-25641.html',
  /** QĐ 211/QĐ-TTg (01/3/2024) special-district set: wording of its rows 3.2 and 4, used as a cross-check for PL I. */
  qd211DacThu:
    'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/criteria-for-special-new-rural-districts-without-commune-level-administrative-units-in-vietnam-as-of-march-1-2024-133694.html',
  /** Tuyên Quang NTM portal (QĐ 926/QĐ-TTg targets): code 9.4 of PL I and code 9.1 of PL III (an ninh, trật tự). */
  chiTieu94: 'https://nongthonmoituyenquang.gov.vn/tin-tuc/van-hoa-xa-hoi-moi-truong/giu-vung-an-ninh-trat-tu-xa-hoi-trong-xay-dung-nong-thon-moi-2110.html',
  /** Bình Dương digital-transformation plan: "criterion 9.5" of huyện NTM and "9.2" of huyện NTM nâng cao. */
  chiTieu95: 'https://baobinhduong.vn/en/plan-on-digital-transformation-in-new-style-rural-construction-promulgated-a304269.html',
  /** QĐ 1723/QĐ-BTP (15/8/2022): "tiêu chí 9.6 tại Phụ lục I của Quyết định số 320/QĐ-TTg" = huyện đạt chuẩn tiếp cận pháp luật. */
  qd1723:
    'http://tuphapdienban.gov.vn/2022/09/11/quyet-dinh-so-1723-qd-btp-ngay-15-8-2022-huong-dan-tieu-chi-huyen-dat-chuan-tiep-can-phap-luat-thuoc-bo-tieu-chi-quoc-gia-ve-huyen-nong-thon-moi-tieu-chi-tiep-can-phap-luat-thuoc-bo-tieu-chi-quoc-gia/',
  /** TP.HCM QĐ 2475/QĐ-UBND (2023), English translation: the QĐ 320 column of rows 1.1–1.2 of huyện NTM nâng cao. */
  hcm2475:
    'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/advanced-set-of-new-rural-construction-criteria-associated-with-urbanization-in-rural-areas-of-hcmc-vietnam-121519.html',
  /** Vietnamnet, 06/2025: the amendment of the 2013 Constitution organises local government in two levels and ends the district level. */
  haiCap: 'https://vietnamnet.vn/ban-tin-vietnamnet-17-6-quoc-hoi-thong-qua-sua-hien-phap-lich-su-pre2412112.html',
  /** nhansu.vn: NQ 203/2025/QH15 ends the district-level administrative units; district level ends from 1/7/2025. */
  haiCapNgay:
    'https://nhansu.vn/tim-kiem-bai-viet?tukhoa=k%E1%BA%BFt+th%C3%BAc+%C4%91%C6%A1n+v%E1%BB%8B+h%C3%A0nh+ch%C3%ADnh+c%E1%BA%A5p+huy%E1%BB%87n',
} as const;

/**
 * The end of the district level (huyện, thị xã, thành phố thuộc tỉnh), after which no unit can be assessed under QĐ 320.
 * The design of this workspace states 1/7/2025; the project reference marks it as context without a source. The
 * sources read here: the 2025 amendment of the Constitution (two-level local government; the date is cut off in the
 * excerpt read) and a legal-news page naming NQ 203/2025/QH15 and "từ ngày 1/7/2025". Provenance: partial.
 */
export const KET_THUC_CAP_HUYEN = {
  date: '2025-07-01',
  lastDay: '2025-06-30',
  provenance: 'partial' as Provenance,
  urls: [URLS.haiCap, URLS.haiCapNgay],
} as const;

const BASE = {
  decision: '320/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2022-03-08',
} as const;

/** Phụ lục I — Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025. */
export const QD_320_PL1: Citation = {
  ...BASE,
  part: 'Phụ lục I',
  url: URLS.dieuKien,
  provenance: 'partial',
  note:
    'Signed by Phó Thủ tướng Thường trực Phạm Bình Minh (Báo Nghệ An). The date in force is not confirmed. Conditions (1)–(5) ' +
    'and the names and numbers of the 9 criteria are verified; criterion 1 verified; 2.1, 2.2, 2.4 and 9.6 verified; ' +
    'the other rows partial, unverified or placeholders.',
};

/** Phụ lục II — thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới. */
export const QD_320_PL2: Citation = {
  ...BASE,
  part: 'Phụ lục II',
  url: URLS.dieuKien,
  provenance: 'unverified',
  note: 'Only the opening words of Phụ lục II, "(1) Có 100% số xã", have been read; the rest of the annex is not known.',
};

/** Phụ lục III — Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021 - 2025. */
export const QD_320_PL3: Citation = {
  ...BASE,
  part: 'Phụ lục III',
  url: URLS.dieuKien,
  provenance: 'unverified',
  note:
    'The annex exists (it is amended by QĐ 211/QĐ-TTg) and uses the 9-criterion structure with indicator codes (partial); ' +
    'code 9.1 is verified and 9.2 partial; its conditions and thresholds are not known.',
};

/** The citation of one row of an annex. */
export function row(
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

/** The citation of a criterion of Phụ lục I: names and numbering verified by two concordant sources. */
export function tieuChiPl1(n: number): CitationPatch {
  return {
    item: String(n),
    url: URLS.irsd,
    provenance: 'verified',
    note: 'Criterion name and number verified (VASS IRSD; Gia Lai TV).',
  };
}

/** The wording of a whole-criterion placeholder (the criterion's indicators are not known). */
export function placeholderLabel(nameVi: string, nameEn: string): Label {
  return {
    vi: `Đạt tiêu chí ${nameVi} theo quy định (chỉ tiêu chưa xác minh)`,
    en: `The ${nameEn} criterion is met as the decision requires (indicators not verified)`,
  };
}

/** Why a threshold is left unknown. */
export function chuaXacMinh(vi: string, en: string): Label {
  return {
    vi: `Mức chuẩn chưa được xác minh từ văn bản gốc QĐ 320/QĐ-TTg: ${vi}`,
    en: `Threshold not confirmed from the official text of QĐ 320/QĐ-TTg: ${en}`,
  };
}
