/**
 * @tieuchi/qd-211-2024 — QĐ 211/QĐ-TTg (01/3/2024) of the Thủ tướng Chính phủ: amends the 2021–2025 national NTM sets
 * and adds the set for huyện NTM đặc thù không có đơn vị hành chính cấp xã. Only the changes known from the sources read
 * are encoded (see README, "Gaps").
 * @packageDocumentation
 */
import { history, inForce, type CriteriaSet } from '@tieuchi/core';
import { xaNtm, xaNtmNangCao } from '@tieuchi/qd-318-2022';
import { amendment } from './amendment.js';
import { huyenNtmDacThu } from './huyen-ntm-dac-thu.js';

export { amendment, CAC_LOAI_XA_TDMNPB, CAC_LOAI_XA_BI_THAY, doiLoaiXaTdmnpb } from './amendment.js';
export { huyenNtmDacThu };
export { QD_211, URLS } from './sources.js';

/** Every amendment this package publishes. */
export const amendments = [amendment] as const;

/** Every new set QĐ 211 issues. */
export const sets = [huyenNtmDacThu] as const;

/**
 * Versions of QĐ 318/QĐ-TTg Phụ lục I (xã NTM) over time: as issued (08/3/2022 – 29/02/2024), then as amended by
 * QĐ 211 (01/3/2024 – 14/02/2026).
 */
export const xaNtmHistory = history(xaNtm, amendments);

function mustBeInForce(set: CriteriaSet | undefined, what: string): CriteriaSet {
  if (!set) throw new Error(`${what} is not in force on the date asked`);
  return set;
}

/** QĐ 318/QĐ-TTg Phụ lục I as amended by QĐ 211/QĐ-TTg, in force from 01/3/2024. */
export const xaNtm2024: CriteriaSet = mustBeInForce(inForce(xaNtmHistory, '2024-03-01'), 'qd-318-2022/xa-ntm');

/** Versions of QĐ 318/QĐ-TTg Phụ lục II (xã NTM nâng cao) over time: as issued, then as amended by QĐ 211. */
export const xaNtmNangCaoHistory = history(xaNtmNangCao, amendments);

/** QĐ 318/QĐ-TTg Phụ lục II as amended by QĐ 211/QĐ-TTg, in force from 01/3/2024. */
export const xaNtmNangCao2024: CriteriaSet = mustBeInForce(inForce(xaNtmNangCaoHistory, '2024-03-01'), 'qd-318-2022/xa-ntm-nang-cao');

/** Every version over time of the sets QĐ 211 amends, and the set it issues: what a resolver by date needs. */
export const allVersions: readonly CriteriaSet[] = [
  ...xaNtmHistory.entries.map((e) => e.set),
  ...xaNtmNangCaoHistory.entries.map((e) => e.set),
  ...sets,
];
