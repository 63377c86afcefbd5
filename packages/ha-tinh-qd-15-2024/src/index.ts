/**
 * @tieuchi/ha-tinh-qd-15-2024 — QĐ 15/2024/QĐ-UBND (12/7/2024, in force 26/7/2024) of UBND tỉnh Hà Tĩnh: amends the
 * four Hà Tĩnh NTM sets of QĐ 36/2022 and QĐ 37/2022. The decision, its date and scope are verified; NONE of its changes
 * is known, so no amendment is published (`amendments` is empty) and the histories resolve 26/7/2024 to the version in
 * force the day before. See README.
 * @packageDocumentation
 */
import { history, inForce, timeline, type CriteriaSet, type Timeline } from '@tieuchi/core';
import { apDungQd211, damBaoKhongLongHon, xaNtm, xaNtmNangCao } from '@tieuchi/ha-tinh-qd-36-2022';
import { huyenNtm, huyenNtmNangCao } from '@tieuchi/ha-tinh-qd-37-2022';
import { xaNtmHistory as xaNtmQuocGia, xaNtmNangCaoHistory as xaNtmNangCaoQuocGia } from '@tieuchi/qd-211-2024';
import { huyenNtm as huyenNtmQuocGia, huyenNtmNangCao as huyenNtmNangCaoQuocGia } from '@tieuchi/qd-320-2022';
import { amendments, HIEU_LUC } from './quyet-dinh.js';

export { amendments, quyetDinh15, DOI_TUONG_SUA_DOI, THAY_DOI_DA_BIET, HIEU_LUC } from './quyet-dinh.js';
export type { VanBanSuaDoi } from './quyet-dinh.js';
export { QD_15_2024, URLS } from './sources.js';

/** Versions of `ha-tinh-qd-36-2022/xa-ntm`: as issued; QĐ 211's classes from 01/3/2024; QĐ 15/2024 (no change known). */
export const xaNtmHistory: Timeline = history(xaNtm, [apDungQd211, ...amendments]);
/** Versions of `ha-tinh-qd-36-2022/xa-ntm-nang-cao`, dated as `xaNtmHistory`. */
export const xaNtmNangCaoHistory: Timeline = history(xaNtmNangCao, [apDungQd211, ...amendments]);
/** Versions of `ha-tinh-qd-37-2022/huyen-ntm`: as issued; QĐ 15/2024 (no change known). */
export const huyenNtmHistory: Timeline = history(huyenNtm, [...amendments]);
/** Versions of `ha-tinh-qd-37-2022/huyen-ntm-nang-cao`, dated as `huyenNtmHistory`. */
export const huyenNtmNangCaoHistory: Timeline = history(huyenNtmNangCao, [...amendments]);

// Every version, against the national version in force on the same days (fails at load, like `derive`).
damBaoKhongLongHon(xaNtmHistory, xaNtmQuocGia);
damBaoKhongLongHon(xaNtmNangCaoHistory, xaNtmNangCaoQuocGia);
damBaoKhongLongHon(huyenNtmHistory, timeline([huyenNtmQuocGia]));
damBaoKhongLongHon(huyenNtmNangCaoHistory, timeline([huyenNtmNangCaoQuocGia]));

function mustBeInForce(t: Timeline, asOf: string): CriteriaSet {
  const s = inForce(t, asOf);
  if (!s) throw new Error(`no version in force on ${asOf}`);
  return s;
}

/**
 * The four sets as they stand from 26/7/2024, the day QĐ 15/2024 takes effect. No change of QĐ 15 being known, these are
 * the versions in force the day before (xã sets: with QĐ 211's classes; huyện sets: as issued).
 */
export const sets = [
  mustBeInForce(xaNtmHistory, HIEU_LUC),
  mustBeInForce(xaNtmNangCaoHistory, HIEU_LUC),
  mustBeInForce(huyenNtmHistory, HIEU_LUC),
  mustBeInForce(huyenNtmNangCaoHistory, HIEU_LUC),
] as const;

/** Every version over time of the four sets: what a resolver by date needs. */
export const allVersions: readonly CriteriaSet[] = [xaNtmHistory, xaNtmNangCaoHistory, huyenNtmHistory, huyenNtmNangCaoHistory].flatMap((h) =>
  h.entries.map((e) => e.set),
);
