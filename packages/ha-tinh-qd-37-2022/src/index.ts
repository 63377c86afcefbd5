/**
 * @tieuchi/ha-tinh-qd-37-2022 — QĐ 37/2022/QĐ-UBND (09/12/2022) of UBND tỉnh Hà Tĩnh: the district-level NTM sets of
 * Hà Tĩnh 2022–2025 (huyện NTM, huyện NTM nâng cao). That QĐ 37 — and not QĐ 36, issued the same day — holds the district
 * sets is UNVERIFIED. No Hà Tĩnh value is known: the rows are those of QĐ 320/QĐ-TTg. See README.
 * @packageDocumentation
 */
import { history, type CriteriaSet } from '@tieuchi/core';
import { huyenNtm } from './huyen-ntm.js';
import { huyenNtmNangCao } from './huyen-ntm-nang-cao.js';

export { huyenNtm, danXuatHuyenNtm, NGAY_KY } from './huyen-ntm.js';
export { huyenNtmNangCao, danXuatHuyenNtmNangCao } from './huyen-ntm-nang-cao.js';
export { QD_37_2022, URLS, TIEN_QUYET_NGUON } from './sources.js';

/** Every set this package publishes, as issued. */
export const sets = [huyenNtm, huyenNtmNangCao] as const;

/**
 * Versions of `ha-tinh-qd-37-2022/huyen-ntm` over time: one (09/12/2022 – 30/6/2025). No amendment of it is known —
 * neither of QĐ 211/QĐ-TTg to the national district sets nor of QĐ 15/2024/QĐ-UBND (see @tieuchi/ha-tinh-qd-15-2024).
 */
export const huyenNtmHistory = history(huyenNtm, []);

/** Versions of `ha-tinh-qd-37-2022/huyen-ntm-nang-cao` over time: one, as `huyenNtmHistory`. */
export const huyenNtmNangCaoHistory = history(huyenNtmNangCao, []);

/** Every version over time of both sets: what a resolver by date needs. */
export const allVersions: readonly CriteriaSet[] = [
  ...huyenNtmHistory.entries.map((e) => e.set),
  ...huyenNtmNangCaoHistory.entries.map((e) => e.set),
];
