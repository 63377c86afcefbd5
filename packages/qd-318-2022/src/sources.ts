// Citations of QĐ 318/QĐ-TTg (08/3/2022), Phụ lục I, and the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.1): only what a cited source states is 'verified'.
import type { Citation, CitationPatch, Label, Provenance } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /** Text of the decision (title, legal bases, Điều 1 incl. the TDMNPB rule for xã ĐBKK / xã ATK). */
  decision:
    'https://ls1.hethongphapluat.com/quyet-dinh-318-qd-ttg-nam-2022-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-doan-2021-2025-do-thu-tuong-chinh-phu-ban-hanh.html',
  /** thuvienphapluat notice of the decision: date, 19 criteria, "chỉ tiêu chung" + 7 regional columns. */
  notice: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025',
  /** Ministry official: 19 tiêu chí, 57 chỉ tiêu. */
  count57: 'https://www.vietnam.vn/en/lien-mach-nong-thon-moi',
  /** Bình Phước QĐ 1360/QĐ-UBND (28/7/2022), a provincial copy: groups, road values for xã ĐBKK, income 39 / 59. */
  binhPhuoc:
    'https://sldtbxh.binhphuoc.gov.vn/en/news/news/the-criteria-for-new-rural-communes-in-binh-phuoc-province-shall-range-from-2021-2025-207.html',
  /** Dân Việt, 09/3/2022: wording of 3.1 and 3.2, the ≥ 80% level of 3.1. */
  danViet: 'https://danviet.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-xa-ntm-va-xa-ntm-nang-cao-giai-doan-2021-2025-20220309150802604.htm',
  /** QĐ 1680/QĐ-BNN-VPĐP (11/5/2022): ministry guidance for 3.1 and 3.2. */
  qd1680:
    'http://ccptnt.vn/quyet-dinh-1680-qd-bnn-vpdp-ngay-11-05-2022-huong-dan-thuc-hien-mot-so-tieu-chi-chi-tieu-thuoc-bo-tieu-chi-quoc-gia.html',
  /** QĐ 1491/QĐ-BGDĐT (06/6/2022): wording and regional values of 5 and 14.1. */
  qd1491: 'https://chatluongvacuocsong.vn/ban-hanh-bo-chi-tieu-giao-duc-trong-xay-dung-nong-thon-moi-d95868.html',
  /** Hướng dẫn 1064/HD-BVHTTDL (30/3/2022): wording and values of 6.1–6.3, guidance for 16. */
  hd1064:
    'http://svhttdl.thanhhoa.gov.vn/gia-dinh-van-hoa-co-so/huong-dan-thuc-hien-cac-tieu-chi-trong-xay-dung-nong-thon-moi-giai-doan-2021-2025-1005491',
  /** QĐ 1214/QĐ-BCT (22/6/2022): guidance for 7. */
  qd1214: 'https://dongthap.gov.vn/web/sct/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/11591633?plidlayout=1528',
  /** Sở TT&TT Thái Nguyên (17/6/2022): criterion 8 has 4 indicators, their wording. */
  tieuChi8:
    'https://sotttt.thainguyen.gov.vn/tin-tuc/-/asset_publisher/LgMJqmfcY8Ds/content/tieu-chi-so-8-thong-tin-va-truyen-thong-trong-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-oan-2',
  /** Vietnamnet: Bộ TT&TT guidance proposal for 8.2. */
  guidance82: 'https://vietnamnet.vn/de-nong-thon-la-noi-de-ai-cung-muon-tro-ve-muon-den-2096027.html',
  /** Tuyên Quang news: wording of 13.1–13.3 (paraphrase). */
  tieuChi13: 'https://vnbusiness.vn/mo-hinh/nang-cao-chat-luong-ve-hinh-thuc-to-chuc-san-xuat-trong-xay-dung-ntm-1094846.html',
  /** Sở Y tế Đắk Nông: criterion 15 has 4 indicators, their wording. */
  tieuChi15: 'https://syt.daknong.gov.vn/tin-hoat-dong-nganh-y-te/bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-nong-thon-moi-nang-cao-giai-doan-2021-2025.html',
  /** Legal Q&A reproducing the criterion-15 table (mirror of a thuvienphapluat.vn article, 2022): 15.3 and 15.4 values. */
  bang15:
    'http://118.69.201.250:801/phap-luat/tim-tu-van?loc=right_news&page=291&q=Th%E1%BB%B1c+h%C3%A0nh+kh%C3%A1m+ch%E1%BB%AFa+b%E1%BB%87nh',
  /** Báo Thanh Hóa via baomoi: centralised clean-water share of 17.1 attributed to the national set. */
  nuocTapTrung: 'https://m.baomoi.com/tieu-chi-nuoc-sach-tap-trung-diem-nghen-trong-xay-dung-ntm-o-nhu-thanh/c/44061754.epi',
  /** Tuyên Quang NTM portal: code 19.2 (an ninh, trật tự). */
  chiTieu192: 'https://nongthonmoituyenquang.gov.vn/tin-tuc/van-hoa-xa-hoi-moi-truong/giu-vung-an-ninh-trat-tu-xa-hoi-trong-xay-dung-nong-thon-moi-2110.html',
} as const;

/**
 * The decision as a whole. Provenance 'partial': the structure (19 tiêu chí in 5 nhóm, 57 chỉ tiêu, the regional
 * columns, the special rule of Điều 1) is verified; the wording and thresholds of most rows are not.
 */
export const QD_318: Citation = {
  decision: '318/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2022-03-08',
  effective: '2022-03-08',
  part: 'Phụ lục I',
  url: URLS.decision,
  provenance: 'partial',
  note:
    'Signed by Phó Thủ tướng Thường trực Phạm Bình Minh; in force on signing. Structure and counts (19/57) verified; ' +
    'wording of 15 rows and a few thresholds verified; the other rows are commonly reported forms (unverified).',
};

/** The citation of one row of Phụ lục I (defaults to the decision's page as the place to read it). */
export function pl1(item: string, patch: { readonly provenance: Provenance; readonly url?: string; readonly note?: string }): CitationPatch {
  return { item, url: patch.url ?? URLS.decision, provenance: patch.provenance, ...(patch.note !== undefined ? { note: patch.note } : {}) };
}

/** The citation of a criterion: names and nhóm membership are verified (§3.1.1). */
export function tieuChi(n: number): CitationPatch {
  return {
    item: String(n),
    url: URLS.binhPhuoc,
    provenance: 'verified',
    note: 'Criterion name, number and nhóm verified (thuvienphapluat notice; Bình Phước copy QĐ 1360/QĐ-UBND).',
  };
}

/** Why a threshold is left unknown: the reference gives no value, or only a vague one. */
export function chuaXacMinh(vi: string, en: string): Label {
  return {
    vi: `Mức chuẩn chưa được xác minh từ văn bản gốc QĐ 318/QĐ-TTg Phụ lục I: ${vi}`,
    en: `Threshold not confirmed from the official text of QĐ 318/QĐ-TTg Phụ lục I: ${en}`,
  };
}

// ——— Phụ lục II: Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025 ———
// Provenance follows /work/shared/reference/criteria-sets.md (§3.2, §4.6, §6.2 G2).

/** Where each fact of Phụ lục II was confirmed. */
export const URLS_PL2 = {
  /** Text of the decision: title, Điều 1 (both annexes; the TDMNPB rule applies to "đạt chuẩn nông thôn mới nâng cao"). */
  decision: URLS.decision,
  /** Ministry official: xã NTM nâng cao has 19 tiêu chí and 75 chỉ tiêu. */
  count75: 'https://www.vietnam.vn/en/lien-mach-nong-thon-moi',
  /** Bình Phước QĐ 1361/QĐ-UBND (2022), a provincial copy: names of criteria 1–19 and the prerequisite (xã đã đạt chuẩn NTM). */
  binhPhuocNangCao: 'https://vietnamnet.vn/binh-phuoc-chung-suc-xay-dung-nong-thon-moi-kieu-mau-2086842.html',
  /** TP.HCM QĐ 2476/QĐ-UBND (2023), English translation: its "QĐ 318" column gives rows 1.1–1.3 ("UBND tỉnh quy định"), then row 2.1. */
  hcm2476:
    'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/advanced-set-of-new-rural-construction-criteria-associated-with-urbanization-in-rural-areas-of-ho-chi-minh-city-vietnam-121521.html',
  /** Dân Việt, 09/3/2022: "Tỷ lệ đường xã được bảo trì hằng năm, đảm bảo sáng - xanh - sạch - đẹp …" is a content of criterion 2 of the nâng cao set. */
  danViet: URLS.danViet,
  /** Hướng dẫn 1064/HD-BVHTTDL (30/3/2022): guidance for the culture criterion of both sets. */
  hd1064: URLS.hd1064,
  /** QĐ 1214/QĐ-BCT (22/6/2022): guidance for criterion 7 of the xã NTM and xã NTM nâng cao sets. */
  qd1214: URLS.qd1214,
  /** Sở TT&TT Thái Nguyên (17/6/2022): "tiêu chí số 8 thông tin và truyền thông" of both sets. */
  tieuChi8: URLS.tieuChi8,
  /** QĐ 924/QĐ-TTg (02/8/2022): target for "chỉ tiêu 8.4" of the nâng cao set (the clause is cut off in the source). */
  qd924: 'https://truyenhinhthanhhoa.vn/phe-duyet-chuong-trinh-chuyen-doi-so-trong-xay-dung-nong-thon-moi-giai-doan-2021-2025-180220803075617675.htm',
  /** QĐ 1723/QĐ-BTP (15/8/2022): guidance for "tiêu chí 16 tại Phụ lục II của Quyết định số 318/QĐ-TTg" (tiếp cận pháp luật). */
  qd1723:
    'http://tuphapdienban.gov.vn/2022/09/11/quyet-dinh-so-1723-qd-btp-ngay-15-8-2022-huong-dan-tieu-chi-huyen-dat-chuan-tiep-can-phap-luat-thuoc-bo-tieu-chi-quoc-gia-ve-huyen-nong-thon-moi-tieu-chi-tiep-can-phap-luat-thuoc-bo-tieu-chi-quoc-gia/',
  /** QĐ 926/QĐ-TTg (02/8/2022): "chỉ tiêu 19.2 của tiêu chí số 19 về quốc phòng và an ninh" of the nâng cao set. */
  qd926: URLS.chiTieu192,
  /** Báo Thanh Hóa via baomoi: "≥ 55%" of households on centralised clean water, attributed to the national nâng cao set. */
  nuocTapTrung: URLS.nuocTapTrung,
  /** QĐ 319/QĐ-TTg (08/3/2022): refers to "mức thu nhập bình quân đầu người áp dụng theo quy định đối với xã nông thôn mới nâng cao". */
  qd319: 'https://langngheviet.com.vn/xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025-can-co-it-nhat-1-mo-hinh-thon-thong-minh-15155.html',
} as const;

/**
 * Phụ lục II as a whole. Provenance 'partial': existence, the 19/75 counts, the names of criteria 7, 8, 16, 19 and code
 * 19.2 are verified; the other names are partial (a provincial copy) and most rows are not known.
 */
export const QD_318_PL2: Citation = {
  decision: '318/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2022-03-08',
  effective: '2022-03-08',
  part: 'Phụ lục II',
  url: URLS.decision,
  provenance: 'partial',
  note:
    'Signed by Phó Thủ tướng Thường trực Phạm Bình Minh; in force on signing. Counts 19 tiêu chí / 75 chỉ tiêu verified; ' +
    'names of criteria 7, 8, 16, 19 verified, the others partial; rows 1.1–1.3 and code 8.4 partial; code 19.2 verified; ' +
    'most rows not known (placeholders, see README).',
};

/** The citation of one row of Phụ lục II (defaults to the decision's page as the place to read it). */
export function pl2(item: string, patch: { readonly provenance: Provenance; readonly url?: string; readonly note?: string }): CitationPatch {
  return { item, url: patch.url ?? URLS.decision, provenance: patch.provenance, ...(patch.note !== undefined ? { note: patch.note } : {}) };
}

/** The citation of a criterion of Phụ lục II: 'verified' with its source, or 'partial' from the Bình Phước copy. */
export function tieuChiPl2(n: number, verified?: { readonly url: string; readonly note: string }, extra?: string): CitationPatch {
  if (verified) return { item: String(n), url: verified.url, provenance: 'verified', note: verified.note + (extra ? ` ${extra}` : '') };
  return {
    item: String(n),
    url: URLS_PL2.binhPhuocNangCao,
    provenance: 'partial',
    note:
      'Name and number from Bình Phước QĐ 1361/QĐ-UBND (2022), whose criteria 1–19 follow the national annex; not read in the ' +
      'national text.' + (extra ? ` ${extra}` : ''),
  };
}

/** Why a threshold of Phụ lục II is left unknown. */
export function chuaXacMinhPl2(vi: string, en: string): Label {
  return {
    vi: `Mức chuẩn chưa được xác minh từ văn bản gốc QĐ 318/QĐ-TTg Phụ lục II: ${vi}`,
    en: `Threshold not confirmed from the official text of QĐ 318/QĐ-TTg Phụ lục II: ${en}`,
  };
}
