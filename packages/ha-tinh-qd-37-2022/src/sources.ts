// Citations of Hà Tĩnh QĐ 37/2022/QĐ-UBND (09/12/2022). Provenance follows /work/shared/reference/criteria-sets.md
// (§3.16.2). The text of QĐ 37/2022 (and of QĐ 36/2022, issued the same day) has NOT been read: which of the two
// decisions holds which level of sets is not confirmed, and no Hà Tĩnh value is known.
import type { Citation, CitationPatch } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /**
   * Cổng TTĐT tỉnh Hà Tĩnh (cited by the project reference §3.16.2; not read here): QĐ 15/2024/QĐ-UBND amends four sets —
   * xã NTM, xã NTM nâng cao, huyện NTM, huyện NTM nâng cao — "issued with QĐ 36/2022 and QĐ 37/2022" (09/12/2022).
   */
  hatinhGov: 'https://hatinh.gov.vn/vi/tuyen-truyen/tin-bai/20179/ban-bien-tap',
} as const;

/**
 * QĐ 37/2022/QĐ-UBND of UBND tỉnh Hà Tĩnh (09/12/2022). Provenance 'unverified': the number and date are confirmed, but
 * not that this decision is the one that issues the district sets, nor any of its contents.
 */
export const QD_37_2022: Citation = {
  decision: '37/2022/QĐ-UBND',
  issuer: 'UBND tỉnh Hà Tĩnh',
  signed: '2022-12-09',
  url: URLS.hatinhGov,
  provenance: 'unverified',
  note:
    'Number and date verified (Cổng TTĐT Hà Tĩnh, via the project reference §3.16.2). That QĐ 37/2022 is the decision ' +
    'holding the district-level sets (huyện NTM, huyện NTM nâng cao) and QĐ 36/2022 the commune-level ones is NOT ' +
    'verified: it is the likeliest split (reference §3.16.2), not a reading of either text. Effective date not known (the ' +
    'sets are taken to apply from the signing day). Contents not read: every row is the national one (QĐ 320/QĐ-TTg).',
};

/** The prerequisite of the Hà Tĩnh huyện NTM nâng cao set: the district is huyện NTM under the Hà Tĩnh set. */
export const TIEN_QUYET_NGUON: CitationPatch = {
  provenance: 'unverified',
  note:
    'The national huyện NTM nâng cao set is reported to require huyện NTM (unverified, reference §4.2). That the Hà Tĩnh ' +
    'set requires the Hà Tĩnh huyện NTM set (rather than QĐ 320 Phụ lục I) follows the provincial pattern of the commune ' +
    'sets; Hà Tĩnh\'s wording has not been read. While the Hà Tĩnh huyện NTM set has no row of its own, both are the same.',
};
