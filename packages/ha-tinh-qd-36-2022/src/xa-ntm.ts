// Bộ tiêu chí xã nông thôn mới tỉnh Hà Tĩnh 2022–2025 — QĐ 36/2022/QĐ-UBND (09/12/2022; that QĐ 36 rather than QĐ 37
// holds this set is unverified). Derived from QĐ 318/QĐ-TTg Phụ lục I with the never-looser check.
//
// NO HÀ TĨNH VALUE IS KNOWN. The decision's text has not been read, so the province's changes are not known: every one of
// the 19 tiêu chí and 57 chỉ tiêu is the national row, with the national citation and provenance (a floor: the province
// may have set some rows higher). The set exists so that a Hà Tĩnh commune is rated against "the Hà Tĩnh set in force",
// which can then be corrected row by row when the text is read.
import { derive, type Derivation } from '@tieuchi/core';
import { xaNtmHistory as xaNtmQuocGia } from '@tieuchi/qd-211-2024';
import { phienBanTrongKhoang } from './kiem-tra.js';
import { QD_36_2022 } from './sources.js';

/** Signing day of QĐ 36/2022/QĐ-UBND and QĐ 37/2022/QĐ-UBND; the effective date is not known. */
export const NGAY_KY = '2022-12-09';
/** The day before QĐ 211/QĐ-TTg (01/3/2024): the last day the Hà Tĩnh sets are in force as issued. */
export const TRUOC_QD_211 = '2024-02-29';
/**
 * End of validity of the commune sets: the last day of the national 2021–2025 sets they derive from (QĐ 51/2025/QĐ-TTg
 * takes effect on 15/02/2026). No end date of the Hà Tĩnh sets is known.
 */
export const HET_HIEU_LUC_XA = '2026-02-14';

/** The national versions in force while the Hà Tĩnh sets are in force as issued: QĐ 318/QĐ-TTg Phụ lục I as issued. */
export const xaNtmQuocGiaKhiBanHanh = phienBanTrongKhoang(xaNtmQuocGia, NGAY_KY, TRUOC_QD_211);

/** What QĐ 36/2022 states for the xã NTM set, as far as it is known (nothing beyond the national rows). */
export const danXuatXaNtm: Derivation = {
  id: 'ha-tinh-qd-36-2022/xa-ntm',
  province: 'ha-tinh',
  label: {
    vi: 'Bộ tiêu chí xã nông thôn mới tỉnh Hà Tĩnh giai đoạn 2022 - 2025',
    en: 'Hà Tĩnh criteria for new rural communes, 2022–2025',
  },
  citation: QD_36_2022,
  validity: { from: NGAY_KY, until: HET_HIEU_LUC_XA },
  regions: ['BTB'],
  // No Hà Tĩnh change is known (see README, "Gaps").
  changes: [],
};

/**
 * Bộ tiêu chí xã nông thôn mới tỉnh Hà Tĩnh 2022–2025, as issued (09/12/2022): the 19 tiêu chí / 57 chỉ tiêu of
 * QĐ 318/QĐ-TTg Phụ lục I, unchanged, for Bắc Trung Bộ. Derived from the national version in force while this version is
 * the one in force (QĐ 318 as issued); from 01/3/2024 see `xaNtmHistory` (QĐ 211's classes).
 */
export const xaNtm = derive(xaNtmQuocGiaKhiBanHanh, danXuatXaNtm);
