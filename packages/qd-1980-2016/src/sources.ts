// Citations of QĐ 1980/QĐ-TTg (17/10/2016) and of the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.12, §4.8): only what a cited source states is 'verified'.
import { notKnown, type Citation, type CitationPatch, type Label, type Provenance, type Region } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /** Thư viện pháp luật notice (19/10/2016): 19 criteria in 5 groups; headline values; regional columns; in force 01/12/2016. */
  notice: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/14746/bo-tieu-chi-xa-nong-thon-moi-giai-doan-2016-2020',
  /** Thư Ký Luật notice: headline values (4.2, 5, 9.2, 12, 15.1, 17.6, 17.8); replaces QĐ 491 and QĐ 342 from 01/12/2016. */
  thuKyLuat: 'https://thukyluat.vn/news/thong-bao-van-ban-moi/ban-hanh-bo-tieu-chi-quoc-gia-xa-nong-thon-moi-giai-doan-2016-2020-19904.html',
  /** Báo Nghệ An: names of the 19 criteria; criterion 2 rows "Đạt" with details set by UBND tỉnh. */
  names: 'https://baonghean.vn/en/nhieu-thay-doi-trong-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-giai-doan-2016-2020-10116980.html',
  /** Thư viện nhà đất: income levels for 2020 by region. */
  income2020: 'https://thuviennhadat.vn/phap-ly-nha-dat/tieu-chi-ve-thu-nhap-xa-nong-thon-moi-giai-doan-2016---2020-hien-nay-duoc-quy-dinh-ra-sao-318802.html',
  /** THVL: ĐBSCL income ≥ 50 by 2020. */
  incomeDbscl: 'https://www.thvl.vn/thoi-su-thvl/tin-dia-phuong/nang-m%E1%BB%A9c-thu-nh%E1%BA%ADp-ng%C6%B0%E1%BB%9Di-dan-loan-m%E1%BB%B9/',
  /** Báo Thanh Hóa: the income threshold rises year by year to the 2020 level. */
  incomeYearly: 'http://baothanhhoa.vn/kinh-te/tieu-chi-thu-nhap-binh-quan-dau-nguoi-tang-theo-tung-nam-phai-no-luc-lien-tuc/61191.htm',
  /** Hà Nội Times: multidimensional poverty ≤ 6% (general). */
  poverty: 'https://hanoitimes.vn/unveiling-criteria-for-a-new-styled-rural-commune-for-2016-2020-11046.html',
  /** Thư viện pháp luật Q&A: criterion 15 — 15.1 ≥ 85% in every region, 15.2 "Đạt", 15.3 levels by region. */
  health: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/24BBF-hd-tieu-chi-ve-y-te-xa-nong-thon-moi-giai-doan-2016-2020.html',
  /** Thái Bình TV (22/10/2016): health insurance ≥ 85%; stunting levels "from 13.9% to 31%" by region. */
  healthTv: 'https://www.thaibinhtv.vn/news/69/32493/ty-le-nguoi-dan-tham-gia-bhyt-phai-dat-tu-85-tro-len',
} as const;

/** The decision. Provenance 'partial': 19 criteria, the dates and a few values are verified; most rows are not. */
export const QD_1980: Citation = {
  decision: '1980/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2016-10-17',
  effective: '2016-12-01',
  url: URLS.notice,
  provenance: 'partial',
  note:
    'Signed 17/10/2016, in force 01/12/2016, replacing QĐ 491/QĐ-TTg and QĐ 342/QĐ-TTg. 19 criteria verified; the 49 ' +
    'rows are the commonly reported list (unverified); values verified only where a source states them.',
};

/** The citation of one row. */
export function dong(item: string, provenance: Provenance, note: string, url?: string): CitationPatch {
  return { item, provenance, note, ...(url !== undefined ? { url } : {}) };
}

/** The citation of a criterion: names verified (Báo Nghệ An); membership of the 5 groups partial. */
export function tieuChi(n: number): CitationPatch {
  return {
    item: String(n),
    url: URLS.names,
    provenance: 'verified',
    note:
      'Name and number verified (Báo Nghệ An; bannenbiet list). Group: two notices say 5 nhóm, Báo Nghệ An 4 — the ' +
      'membership used here (as in QĐ 318) is partial.',
  };
}

/** Why a threshold is left unknown. */
export function chuaXacMinh(vi: string, en: string): Label {
  return {
    vi: `Mức chuẩn chưa được xác minh từ văn bản gốc QĐ 1980/QĐ-TTg: ${vi}`,
    en: `Threshold not confirmed from the official text of QĐ 1980/QĐ-TTg: ${en}`,
  };
}

export const VUNG: readonly Region[] = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'];

/** Every region gets the same value. */
export function moiVung<T>(value: T): Record<Region, T> {
  return Object.fromEntries(VUNG.map((r) => [r, value])) as Record<Region, T>;
}

/** A regional level that is not known; `chung` quotes what is known (the headline "chỉ tiêu chung", if any). */
export function vungChuaBiet(code: string, chungVi: string, chungEn: string) {
  return notKnown(
    chuaXacMinh(`mức theo vùng của chỉ tiêu ${code} chưa được đọc (${chungVi})`, `the regional levels of ${code} have not been read (${chungEn})`),
  );
}
