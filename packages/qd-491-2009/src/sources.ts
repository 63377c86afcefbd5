// Citations of QĐ 491/QĐ-TTg (16/4/2009) and of the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.11): only what a cited source states is 'verified'.
import { criterion, indicator, input, isTrue, type Citation, type CitationPatch, type Label, type Provenance } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /** VnMedia via Báo Mới: the decision issues 19 criteria in 5 named groups. */
  decision: 'http://www.baomoi.com/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi/c/2656289.epi',
  /** Scan of the annex table: rows and regional values of criteria 1–5 (noisy; cut off in criterion 5). */
  scan: 'https://www.scribd.com/doc/52925905/QD491TTG2-1-tieu-chi-nong-thon-moi',
  /** Lâm Đồng portal on QĐ 342/QĐ-TTg (20/02/2013): it amends criteria no. 7 (chợ nông thôn), 10 (thu nhập), 12 (cơ cấu lao động), 14 (giáo dục), 15 (y tế). */
  qd342: 'http://www.lamdong.gov.vn/vi-VN/a/btdkt/nongthonmoi/vanban/Pages/QD342_2013_QD_TTg.aspx',
  /** Official text of QĐ 342/QĐ-TTg (VBPL, Nam Định): the wording of the rows it replaces (reference §3.11). */
  qd342Text: 'https://vbpl.vn:443/namdinh/Pages/ivbpq-toanvan.aspx?ItemID=80827',
  /** Báo Vĩnh Long (29/10/2014): the 19 criteria named one by one for a commune assessed under the national set. */
  names2014:
    'https://baovinhlong.vn/thoi-su/201410/xa-my-thuan-phan-dau-dat-3-tieu-chi-cuoi-de-tro-thanh-xa-nong-thon-moi-ve-nhi-cua-huyen-2539058/',
  /** Thư Ký Luật notice of QĐ 1980/QĐ-TTg: in force 01/12/2016, replacing QĐ 491/QĐ-TTg and QĐ 342/QĐ-TTg. */
  replacedBy1980: 'https://thukyluat.vn/news/thong-bao-van-ban-moi/ban-hanh-bo-tieu-chi-quoc-gia-xa-nong-thon-moi-giai-doan-2016-2020-19904.html',
  /** A commune assessment table (student thesis, Nghệ An) using codes 14.1 and 15.1 under the 2013 wording. Secondary, not official. */
  thesisTable: 'https://123docz.net/trich-doan/4056298-van-hia-xa-hoi-moi-truong.htm',
} as const;

/**
 * The decision as a whole. Provenance 'partial': the 19 criteria in 5 groups and the rows of criteria 1–5 are verified;
 * the rows of criteria 6–19 are not known (see the placeholders) and the total of 39 indicators is unverified.
 */
export const QD_491: Citation = {
  decision: '491/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2009-04-16',
  url: URLS.decision,
  provenance: 'partial',
  note:
    'Signed 16/4/2009; the effective date has not been read (validity starts on the signing date). 19 criteria in 5 groups ' +
    'verified; rows of criteria 1–5 verified from a scanned copy of the annex; criteria 6–19 mostly unknown.',
};

/** The citation of one row read in the scanned annex (criteria 1–5). */
export function bang(item: string, provenance: Provenance, note?: string): CitationPatch {
  return { item, url: URLS.scan, provenance, ...(note !== undefined ? { note } : {}) };
}

/** Criteria whose number and subject QĐ 342/QĐ-TTg names when amending them (read on the Lâm Đồng portal). */
const AMENDED_BY_342 = new Set([7, 10, 12, 14, 15]);

/**
 * The citation of a criterion. Numbers and subjects of 7, 10, 12, 14 and 15 are named by QĐ 342 (verified); the names
 * of all 19 appear in a 2014 report (so their existence is confirmed), but the numbering of the others rests on the
 * project reference only. Membership of the 5 groups is inferred from the group names, not read.
 */
export function tieuChi(n: number): CitationPatch {
  if (n <= 5) {
    return {
      item: String(n),
      url: URLS.scan,
      provenance: 'partial',
      note: 'Number and rows verified from the scanned annex; the short name is the one used in reports (Báo Vĩnh Long 2014). Group membership inferred.',
    };
  }
  if (AMENDED_BY_342.has(n)) {
    return {
      item: String(n),
      url: URLS.qd342,
      provenance: 'verified',
      note: 'Number and subject named by QĐ 342/QĐ-TTg when amending it ("tiêu chí số 7 về chợ nông thôn, … 15 về y tế"). Group membership inferred.',
    };
  }
  return {
    item: String(n),
    url: URLS.names2014,
    provenance: 'partial',
    note: 'Name confirmed by a 2014 report listing all 19 criteria; its number comes from the project reference (unverified). Group membership inferred.',
  };
}

/** Why a threshold is left unknown. */
export function chuaXacMinh(vi: string, en: string): Label {
  return {
    vi: `Mức chuẩn chưa được xác minh từ văn bản gốc QĐ 491/QĐ-TTg: ${vi}`,
    en: `Threshold not confirmed from the official text of QĐ 491/QĐ-TTg: ${en}`,
  };
}

/**
 * A placeholder row for a criterion whose indicators are not known: one yes/no row, "the criterion is met", answered
 * with the assessed result. Its code is the criterion number. `rest` makes it stand for the rows of the criterion
 * other than those encoded.
 */
export function chiTieuChuaXacMinh<const N extends number>(
  n: N,
  ten: Label,
  options: { readonly rest?: boolean; readonly note?: string } = {},
) {
  const vi = options.rest
    ? `Đạt các chỉ tiêu còn lại của tiêu chí ${ten.vi} (chỉ tiêu chưa xác minh)`
    : `Đạt tiêu chí ${ten.vi} (chỉ tiêu chưa xác minh)`;
  const en = options.rest
    ? `The other indicators of criterion "${ten.en}" are met (indicators not verified)`
    : `Criterion "${ten.en}" is met (indicators not verified)`;
  return indicator(`${n}` as `${N}`, {
    vi,
    en,
    input: input.boolean(),
    rule: isTrue(),
    source: {
      item: `${n}`,
      provenance: 'unverified',
      note:
        (options.rest
          ? 'Placeholder for the rows of this criterion not encoded here: their wording and thresholds have not been read. '
          : 'Placeholder: the rows of this criterion (wording, thresholds) have not been read. ') +
        'Answer with the criterion as assessed by the competent authority; the verdict is flagged unverified.' +
        (options.note ? ` ${options.note}` : ''),
    },
  });
}

/** A criterion that is only a placeholder. */
export function tieuChiChuaXacMinh<const N extends number>(n: N, ten: Label, group: string, note?: string) {
  return criterion(n, { ...ten, group, source: tieuChi(n) }, [chiTieuChuaXacMinh(n, ten, note !== undefined ? { note } : {})] as const);
}
