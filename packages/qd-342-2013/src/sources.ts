// Citations of QĐ 342/QĐ-TTg (20/02/2013) and of the sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.11, §4.8).
import type { Citation, Label } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /** Official text of QĐ 342/QĐ-TTg (VBPL, Nam Định) — the reference reads the new wording and values here. */
  text: 'https://vbpl.vn:443/namdinh/Pages/ivbpq-toanvan.aspx?ItemID=80827',
  /** Nghệ An portal: the text of the 5 amended criteria (reference; gives 40 for 2020, the official text 44). */
  nghean: 'https://nghean.gov.vn/chinh-sach-thuc-hien-nong-thon-moi-52684/sua-doi-05-tieu-chi-cua-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-410877',
  /** Lâm Đồng portal: QĐ 342 of 20/02/2013 amends criteria 7, 10, 12, 14 and 15 of QĐ 491. */
  lamDong: 'http://www.lamdong.gov.vn/vi-VN/a/btdkt/nongthonmoi/vanban/Pages/QD342_2013_QD_TTg.aspx',
  /** Quận 1 portal: signed 20/02/2013, criteria 07, 10, 12, 14, 15 replaced, in force from signing; MARD guides. */
  quan1: 'http://www.quan1.hochiminhcity.gov.vn/TIN-TUC-SU-KIEN/Nong-thon-moi/ctl/Detail/mid/25487&ArticleID=ARTICLE15093828',
  /** Báo Quảng Nam (11/04/2014): Bộ NN&PTNT guidance of criterion 10 for 2013 and 2014 (national, TDMNPB, BTB, DHNTB). */
  guidance2013: 'https://baoquangnam.vn/print/3040326.html',
} as const;

/** QĐ 342/QĐ-TTg: signed and in force on 20/02/2013. */
export const QD_342: Citation = {
  decision: '342/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2013-02-20',
  effective: '2013-02-20',
  url: URLS.text,
  provenance: 'verified',
};

/** Why a threshold is left unknown. */
export function chuaXacMinh(vi: string, en: string): Label {
  return {
    vi: `Mức chuẩn chưa được xác minh từ văn bản gốc QĐ 342/QĐ-TTg: ${vi}`,
    en: `Threshold not confirmed from the official text of QĐ 342/QĐ-TTg: ${en}`,
  };
}
