// Citation of Thanh Hóa's QĐ 26/2024/QĐ-UBND and what is known about it.
// Provenance follows /work/shared/reference/criteria-sets.md (§1.2 `TH-QD26-2024`, §3.15.2, §3.15.3, §3.6, §4.6):
// the existence of the decision, its two conditions (the first in full), its two zones and their membership are
// VERIFIED from a partial text; its date and its tables are NOT known. No Thanh Hóa threshold is known, so no row of the
// national set is changed (README, "Gaps").
import type { Citation, CitationPatch } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /** thuviennhadat: partial text of QĐ 26/2024/QĐ-UBND — conditions, zones, roles (reference §3.15.3; not read here). */
  decision: 'https://thuviennhadat.vn/vbpl/quyet-dinh-26-2024-qd-ubnd-ban-hanh-bo-tieu-chi-xa-nong-thon-moi-nang-cao-thanh-hoa-615248.html',
} as const;

/**
 * The date the package uses for the signing and the start of validity: NOT the signing date, which is not known.
 * It is the earliest date consistent with the sources: QĐ 26/2024 is one of the provincial follow-ups of QĐ 211/QĐ-TTg
 * (01/3/2024; reference §3.6), and its Vùng 1 is the QĐ 211 class. The engine's Citation requires an ISO date.
 */
export const CAN_DUOI_NGAY_KY = '2024-03-01';

/**
 * QĐ 26/2024/QĐ-UBND of UBND tỉnh Thanh Hóa as a whole. Provenance 'partial': existence, title, conditions and the
 * zone split are verified; the signing and effective dates and the criteria tables are not known.
 */
export const QD_26: Citation = {
  decision: '26/2024/QĐ-UBND',
  issuer: 'UBND tỉnh Thanh Hóa',
  signed: CAN_DUOI_NGAY_KY,
  url: URLS.decision,
  provenance: 'partial',
  note:
    'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Thanh Hóa giai đoạn 2024 - 2025. Existence, conditions and the two zones ' +
    '(Vùng 1 / Vùng 2) verified from a partial text (thuviennhadat). SIGNING DATE NOT KNOWN: "2024-03-01" is a lower ' +
    'bound (the decision follows QĐ 211/QĐ-TTg of 01/3/2024), not the date of the decision; the effective date is not ' +
    'known either. The criteria tables have not been read: no Thanh Hóa threshold and no value per zone is known, so ' +
    'every row is the national row of QĐ 318/QĐ-TTg Phụ lục II as amended by QĐ 211/QĐ-TTg, with its own citation.',
};

/** What a patch of a fact stated by QĐ 26 carries (no signing date: it is not known). */
const CUA_QD_26 = { decision: QD_26.decision, issuer: QD_26.issuer, url: URLS.decision } as const;

/** Condition (1) of QĐ 26/2024: the commune is a xã NTM that fully meets the Thanh Hóa xã NTM 2024–2025 set. Verified. */
export const DIEU_KIEN_1: CitationPatch = {
  ...CUA_QD_26,
  provenance: 'verified',
  note:
    'Condition (1): the commune is a xã NTM that fully meets the "Bộ tiêu chí xã nông thôn mới tỉnh Thanh Hóa, giai đoạn ' +
    '2024 - 2025" (reference §3.15.3, verified). Condition (2), meeting the nâng cao criteria 2024–2025, is the set itself ' +
    '(the available text is cut off).',
};

/** The two zones of QĐ 26/2024 and their membership. Verified. */
export const HAI_VUNG: CitationPatch = {
  ...CUA_QD_26,
  provenance: 'verified',
  note:
    'Thresholds differ between two zones. Vùng 1: xã khu vực II và III vùng đồng bào DTTS và miền núi; xã ĐBKK vùng bãi ' +
    'ngang ven biển và hải đảo; xã ATK thuộc huyện nghèo. Vùng 2: the other communes (reference §3.15.3, verified). ' +
    'Which thresholds differ, and by how much, is not known.',
};
