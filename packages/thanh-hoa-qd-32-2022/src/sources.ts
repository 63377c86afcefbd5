// Citation of Thanh Hóa's QĐ 32 (10/8/2022) and what is known about it.
// Provenance follows /work/shared/reference/criteria-sets.md (§1.2 `TH-QD32-2022`, §3.15.1, §6.2 G13): the decision
// text has NOT been read. Its number and date are as cited in local news; no Thanh Hóa value is known, so no row of
// the national set is changed (README, "Gaps").
import type { Citation } from '@tieuchi/core';

/**
 * QĐ 32 of UBND tỉnh Thanh Hóa as a whole. Provenance 'unverified': number and signing date as cited in local news
 * reports (reference §3.15.1); the text, the exact symbol and the effective date are not confirmed.
 */
export const QD_32: Citation = {
  decision: '32/2022/QĐ-UBND',
  issuer: 'UBND tỉnh Thanh Hóa',
  signed: '2022-08-10',
  provenance: 'unverified',
  note:
    'Number and date (10/8/2022) as cited in local news; the symbol is also written "32/QĐ-UBND" (alias). The decision text ' +
    'has not been read (searched for, not obtained): its effective date is not known, and no Thanh Hóa threshold is known, ' +
    'so every row is the national row of QĐ 318/QĐ-TTg Phụ lục I with its own citation. The counts 19 tiêu chí / 57 chỉ ' +
    'tiêu are implied by a reported figure ("17/19 tiêu chí, 55/57 chỉ tiêu") and equal the national counts (verified).',
};

/**
 * The same decision, read from 01/3/2024: the national rule on which communes are held to the values of the Trung du
 * và miền núi phía Bắc region changed on that day (QĐ 211/QĐ-TTg). No Thanh Hóa amendment of QĐ 32 is known.
 */
export const QD_32_TU_2024: Citation = {
  ...QD_32,
  note:
    `${QD_32.note ?? ''} From 01/3/2024 this package applies the national QĐ 211/QĐ-TTg classes of communes held to the TDMNPB ` +
    'values (inherited with their QĐ 211 citation, partial), because a provincial set may not be looser than the national ' +
    'set in force and the QĐ 318 classes it copied in 2022 are looser than QĐ 211 for some rows (README, "Two versions").',
};
