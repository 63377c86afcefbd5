// Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Hà Tĩnh 2022–2025 — QĐ 36/2022/QĐ-UBND (09/12/2022; that QĐ 36 rather
// than QĐ 37 holds this set is unverified). Derived from QĐ 318/QĐ-TTg Phụ lục II with the never-looser check.
//
// What differs from the national set: (1) tiêu chí 20 "Khu dân cư mẫu, vườn mẫu" (UNVERIFIED for this set, see
// tieu-chi-20.ts), so the set reads "x/20 tiêu chí" as Hà Tĩnh reports do; (2) the prerequisite is the Hà Tĩnh xã NTM
// set. Every other row is the national one (no Hà Tĩnh value is known).
import { change, derive, type Derivation } from '@tieuchi/core';
import { xaNtmNangCaoHistory as xaNtmNangCaoQuocGia } from '@tieuchi/qd-211-2024';
import { phienBanTrongKhoang } from './kiem-tra.js';
import { QD_36_2022, TIEN_QUYET_NGUON } from './sources.js';
import { tieuChi20 } from './tieu-chi-20.js';
import { HET_HIEU_LUC_XA, NGAY_KY, TRUOC_QD_211, xaNtm } from './xa-ntm.js';

/** The national versions in force while the Hà Tĩnh sets are in force as issued: QĐ 318/QĐ-TTg Phụ lục II as issued. */
export const xaNtmNangCaoQuocGiaKhiBanHanh = phienBanTrongKhoang(xaNtmNangCaoQuocGia, NGAY_KY, TRUOC_QD_211);

/** What QĐ 36/2022 states for the xã NTM nâng cao set, as far as it is known (tiêu chí 20: unverified). */
export const danXuatXaNtmNangCao: Derivation = {
  id: 'ha-tinh-qd-36-2022/xa-ntm-nang-cao',
  province: 'ha-tinh',
  label: {
    vi: 'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Hà Tĩnh giai đoạn 2022 - 2025',
    en: 'Hà Tĩnh criteria for advanced new rural communes, 2022–2025',
  },
  citation: QD_36_2022,
  validity: { from: NGAY_KY, until: HET_HIEU_LUC_XA },
  regions: ['BTB'],
  prerequisites: [
    {
      set: xaNtm.id,
      label: {
        vi: 'Xã đạt chuẩn nông thôn mới theo Bộ tiêu chí xã nông thôn mới tỉnh Hà Tĩnh giai đoạn 2022 - 2025',
        en: 'The commune meets the Hà Tĩnh new rural commune criteria, 2022–2025',
      },
      source: TIEN_QUYET_NGUON,
    },
  ],
  changes: [change.addCriterion(tieuChi20)],
};

/**
 * Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Hà Tĩnh 2022–2025, as issued (09/12/2022): the 19 tiêu chí / 75 chỉ tiêu of
 * QĐ 318/QĐ-TTg Phụ lục II plus tiêu chí 20 (20 tiêu chí, 76 chỉ tiêu); requires `ha-tinh-qd-36-2022/xa-ntm`.
 */
export const xaNtmNangCao = derive(xaNtmNangCaoQuocGiaKhiBanHanh, danXuatXaNtmNangCao);
