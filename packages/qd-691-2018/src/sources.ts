// Citations of QĐ 691/QĐ-TTg (2018) and of the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.14, §4.2).
import type { Citation, CitationPatch, Label, Provenance } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /** Tuổi trẻ Thủ đô (13/6/2018): signed by Phó TTg Vương Đình Huệ; 4 criteria; several items quoted in Vietnamese. */
  tuoiTreThuDo: 'https://tuoitrethudo.vn/tieu-chi-xa-nong-thon-moi-kieu-mau-ty-le-tham-gia-bhyt-dat-tu-95-tro-len-19855.html',
  /** Ninh Thuận portal: date 05/6/2018; provinces set details under QĐ 2540/QĐ-TTg; Chủ tịch UBND tỉnh recognises. */
  ninhThuan: 'http://www.ninhthuan.gov.vn/chinhquyen/sonv/Pages/Thu-tuong-Chinh-phu-ban-hanh-tieu-chi-xa-nong-thon-moi-kieu-mau-giai-doan-2018-2020.aspx',
  /** VietnamPlus (English): the content of criteria 1 and 2 and the precondition (NTM nâng cao). */
  vietnamPlus: 'https://en.vietnamplus.vn/criteria-issued-for-model-rural-commune-post132705.vnp',
} as const;

/** The decision. Provenance 'partial': the 4 criteria and the content of 1–2 are verified; 3–4 and the exact day are not. */
export const QD_691: Citation = {
  decision: '691/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2018-06-05',
  url: URLS.tuoiTreThuDo,
  provenance: 'partial',
  note:
    'Signed by Phó Thủ tướng Vương Đình Huệ; the day 05/6/2018 is given by one source (partial), the effective date has ' +
    'not been read. 4 criteria and the precondition verified; contents of criteria 3 and 4 not known.',
};

/** The citation of one content item. Its code (1a, 1b …) is this package's: the decision's own numbering has not been read. */
export function noiDung(item: string, provenance: Provenance, note: string, url: string = URLS.vietnamPlus): CitationPatch {
  return { item, url, provenance, note };
}

/** The citation of a criterion: the 4 names are verified. */
export function tieuChi(n: number): CitationPatch {
  return { item: String(n), url: URLS.vietnamPlus, provenance: 'verified', note: 'Criterion number and name verified (VietnamPlus; Tuổi trẻ Thủ đô; Ninh Thuận portal).' };
}

export const VI_DIEN_GIAI =
  'Content verified from an English paraphrase (VietnamPlus); the Vietnamese wording is reconstructed, not quoted.';

/** Why a value is left unknown. */
export function chuaXacMinh(vi: string, en: string): Label {
  return { vi: `Chưa được xác minh từ văn bản gốc QĐ 691/QĐ-TTg: ${vi}`, en: `Not confirmed from the official text of QĐ 691/QĐ-TTg: ${en}` };
}
