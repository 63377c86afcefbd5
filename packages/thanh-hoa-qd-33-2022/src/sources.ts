// Citation of Thanh Hóa's QĐ 33 (10/8/2022) and what is known about it.
// Provenance follows /work/shared/reference/criteria-sets.md (§1.2 `TH-QD33-2022`, §3.15.1, §5.1 R2, §6.2 G13): a
// page of the decision exists, but its contents have not been read. No Thanh Hóa value is known, so no row of the
// national set is changed (README, "Gaps").
import type { Citation, CitationPatch } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /** hethongphapluat: a page titled as QĐ 33/2022/QĐ-UBND "về Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Thanh Hóa giai đoạn 2022-2025" (reference §1.2; contents not confirmed, not read here). */
  decision:
    'https://ls1.hethongphapluat.com/quyet-dinh-33-2022-qd-ubnd-ve-bo-tieu-chi-xa-nong-thon-moi-nang-cao-tinh-thanh-hoa-giai-doan-2022-2025.html',
} as const;

/**
 * QĐ 33 of UBND tỉnh Thanh Hóa as a whole. Provenance 'partial': a decision page with this number and title exists
 * (reference §1.2); its text, the effective date and every threshold are not confirmed.
 */
export const QD_33: Citation = {
  decision: '33/2022/QĐ-UBND',
  issuer: 'UBND tỉnh Thanh Hóa',
  signed: '2022-08-10',
  url: URLS.decision,
  provenance: 'partial',
  note:
    'A page with this number and title exists (hethongphapluat); number and date (10/8/2022) as cited in local news; the ' +
    'symbol is also written "33/QĐ-UBND" (alias). The text has not been read: its effective date is not known, and no ' +
    'Thanh Hóa threshold is known, so every row is the national row of QĐ 318/QĐ-TTg Phụ lục II with its own citation. ' +
    'The counts 19 tiêu chí / 75 chỉ tiêu are implied by a reported figure ("17/19 tiêu chí, 71/75 chỉ tiêu") and equal ' +
    'the national counts (verified).',
};

/** The same decision, read from 01/3/2024, when QĐ 211/QĐ-TTg changed the national classes held to TDMNPB values. */
export const QD_33_TU_2024: Citation = {
  ...QD_33,
  note:
    `${QD_33.note ?? ''} From 01/3/2024 this package applies the national QĐ 211/QĐ-TTg classes of communes held to the ` +
    'TDMNPB values (inherited with their QĐ 211 citation, partial), as for QĐ 32/2022/QĐ-UBND (README, "Two versions"); ' +
    'no Thanh Hóa amendment of QĐ 33 is known.',
};

/**
 * The prerequisite: the commune already meets the Thanh Hóa xã NTM set (QĐ 32/2022/QĐ-UBND). 'unverified': the text of
 * QĐ 33 has not been read. It follows the national structure (Phụ lục II requires Phụ lục I; partial) and the Thanh
 * Hóa 2024–2025 set, whose first condition is meeting the Thanh Hóa xã NTM set (QĐ 26/2024/QĐ-UBND, verified).
 */
export const DIEU_KIEN_XA_NTM: CitationPatch = {
  provenance: 'unverified',
  note:
    'Not read in QĐ 33. Requiring the provincial xã NTM set (never looser than the national one) is at least as strict as ' +
    'the national prerequisite; the Thanh Hóa 2024–2025 nâng cao set states the same condition for its own period ' +
    '(QĐ 26/2024/QĐ-UBND, verified, reference §3.15.3).',
};
