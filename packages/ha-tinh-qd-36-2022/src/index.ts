/**
 * @tieuchi/ha-tinh-qd-36-2022 — QĐ 36/2022/QĐ-UBND (09/12/2022) of UBND tỉnh Hà Tĩnh: the commune-level NTM sets of
 * Hà Tĩnh 2022–2025 (xã NTM, xã NTM nâng cao). That QĐ 36 — and not QĐ 37, issued the same day — holds the commune sets
 * is UNVERIFIED. No Hà Tĩnh value is known: the rows are the national ones (QĐ 318/QĐ-TTg, with QĐ 211/QĐ-TTg from
 * 01/3/2024), plus the provincial tiêu chí 20 in the nâng cao set (unverified for 2022). See README.
 * @packageDocumentation
 */
import type { CriteriaSet } from '@tieuchi/core';
import { xaNtmHistory, xaNtmNangCaoHistory } from './lich-su.js';
import { xaNtm } from './xa-ntm.js';
import { xaNtmNangCao } from './xa-ntm-nang-cao.js';

export { xaNtm, danXuatXaNtm, xaNtmQuocGiaKhiBanHanh, NGAY_KY, TRUOC_QD_211, HET_HIEU_LUC_XA } from './xa-ntm.js';
export { xaNtmNangCao, danXuatXaNtmNangCao, xaNtmNangCaoQuocGiaKhiBanHanh } from './xa-ntm-nang-cao.js';
export { tieuChi20 } from './tieu-chi-20.js';
export { apDungQd211, xaNtmHistory, xaNtmNangCaoHistory } from './lich-su.js';
export { phienBanTrongKhoang, kiemTraKhongLongHon, damBaoKhongLongHon } from './kiem-tra.js';
export type { ViPhamTheoPhienBan } from './kiem-tra.js';
export { QD_36_2022, URLS, TIEU_CHI_20_NGUON, TIEN_QUYET_NGUON, AP_DUNG_QD_211 } from './sources.js';

/** Every set this package publishes, as issued. */
export const sets = [xaNtm, xaNtmNangCao] as const;

/** Every version over time of both sets: what a resolver by date needs. */
export const allVersions: readonly CriteriaSet[] = [
  ...xaNtmHistory.entries.map((e) => e.set),
  ...xaNtmNangCaoHistory.entries.map((e) => e.set),
];
