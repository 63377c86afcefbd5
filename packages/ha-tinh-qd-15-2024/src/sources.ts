// Citation of Hà Tĩnh QĐ 15/2024/QĐ-UBND (12/7/2024, in force 26/7/2024). Provenance follows
// /work/shared/reference/criteria-sets.md §3.16.2 (VERIFIED: number, dates, signer, the four sets it amends). Its text —
// which tiêu chí and chỉ tiêu it changes, and how — has NOT been read; none of its changes is encoded.
import type { Citation } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /**
   * Cổng TTĐT tỉnh Hà Tĩnh (cited by the project reference §3.16.2, VERIFIED there; not read here): QĐ 15/2024/QĐ-UBND,
   * 12/7/2024, signed by Phó Chủ tịch Thường trực Nguyễn Hồng Lĩnh, in force 26/7/2024, "sửa đổi, bổ sung một số tiêu chí,
   * chỉ tiêu" of the xã NTM, xã NTM nâng cao, huyện NTM and huyện NTM nâng cao sets issued with QĐ 36/2022 and QĐ 37/2022.
   */
  hatinhGov: 'https://hatinh.gov.vn/vi/tuyen-truyen/tin-bai/20179/ban-bien-tap',
} as const;

/** QĐ 15/2024/QĐ-UBND of UBND tỉnh Hà Tĩnh. */
export const QD_15_2024: Citation = {
  decision: '15/2024/QĐ-UBND',
  issuer: 'UBND tỉnh Hà Tĩnh',
  signed: '2024-07-12',
  effective: '2024-07-26',
  url: URLS.hatinhGov,
  provenance: 'verified',
  note:
    'Number, signing date (12/7/2024), signer (Phó Chủ tịch Thường trực Nguyễn Hồng Lĩnh), date in force (26/7/2024) and ' +
    'scope (amends some tiêu chí and chỉ tiêu of the four Hà Tĩnh sets of QĐ 36/2022 and QĐ 37/2022: xã NTM, xã NTM nâng ' +
    'cao, huyện NTM, huyện NTM nâng cao) are verified (reference §3.16.2). WHICH rows it changes, and how, is not known: ' +
    'no change of it is encoded.',
};
