// Bộ tiêu chí huyện nông thôn mới tỉnh Hà Tĩnh 2022–2025 — QĐ 37/2022/QĐ-UBND (09/12/2022; that QĐ 37 rather than QĐ 36
// holds this set is unverified). Derived from QĐ 320/QĐ-TTg Phụ lục I with the never-looser check.
//
// NO HÀ TĨNH VALUE IS KNOWN: the conditions (1)–(4), the 9 tiêu chí and every row are the national ones, with the
// national citation and provenance (a floor: the province may have set some rows higher). QĐ 211/QĐ-TTg amends QĐ 320
// too, but no change of it to the district sets is known (@tieuchi/qd-211-2024), so the national parent is one version.
import { derive, type Derivation } from '@tieuchi/core';
import { huyenNtm as huyenNtmQuocGia, KET_THUC_CAP_HUYEN } from '@tieuchi/qd-320-2022';
import { QD_37_2022 } from './sources.js';

/** Signing day of QĐ 36/2022/QĐ-UBND and QĐ 37/2022/QĐ-UBND; the effective date is not known. */
export const NGAY_KY = '2022-12-09';

/** What QĐ 37/2022 states for the huyện NTM set, as far as it is known (nothing beyond the national rows). */
export const danXuatHuyenNtm: Derivation = {
  id: 'ha-tinh-qd-37-2022/huyen-ntm',
  province: 'ha-tinh',
  label: {
    vi: 'Bộ tiêu chí huyện nông thôn mới tỉnh Hà Tĩnh giai đoạn 2022 - 2025',
    en: 'Hà Tĩnh criteria for new rural districts, 2022–2025',
  },
  citation: QD_37_2022,
  // Until the last day of the district level (01/7/2025), as the national set.
  validity: { from: NGAY_KY, until: KET_THUC_CAP_HUYEN.lastDay },
  regions: ['BTB'],
  // No Hà Tĩnh change is known (see README, "Gaps").
  changes: [],
};

/** Bộ tiêu chí huyện nông thôn mới tỉnh Hà Tĩnh 2022–2025, as issued: QĐ 320/QĐ-TTg Phụ lục I, unchanged, for BTB. */
export const huyenNtm = derive(huyenNtmQuocGia, danXuatHuyenNtm);
