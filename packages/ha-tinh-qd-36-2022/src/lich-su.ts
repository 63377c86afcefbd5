// The Hà Tĩnh commune sets over time: as issued (09/12/2022), then carrying the QĐ 211/QĐ-TTg classes of communes held
// to the TDMNPB values (01/3/2024). QĐ 15/2024/QĐ-UBND (26/7/2024) amends them too, but no change of it is known: see
// @tieuchi/ha-tinh-qd-15-2024. Every version is checked never looser than the national version in force on its days.
import { defineAmendment, history } from '@tieuchi/core';
import {
  doiLoaiXaTdmnpb,
  QD_211,
  xaNtmHistory as xaNtmQuocGia,
  xaNtmNangCaoHistory as xaNtmNangCaoQuocGia,
} from '@tieuchi/qd-211-2024';
import { damBaoKhongLongHon } from './kiem-tra.js';
import { AP_DUNG_QD_211 } from './sources.js';
import { xaNtm } from './xa-ntm.js';
import { xaNtmNangCao } from './xa-ntm-nang-cao.js';

/**
 * QĐ 211/QĐ-TTg's rule on the communes held to the TDMNPB values, applied to the Hà Tĩnh commune sets from 01/3/2024 —
 * the national rule, with QĐ 211's citation, not a Hà Tĩnh decision (see AP_DUNG_QD_211).
 */
export const apDungQd211 = defineAmendment({
  citation: { ...QD_211, note: AP_DUNG_QD_211 },
  effective: '2024-03-01',
  label: {
    vi: 'Áp dụng QĐ 211/QĐ-TTg (các xã áp dụng mức đạt chuẩn vùng Trung du và miền núi phía Bắc) cho bộ tiêu chí xã của tỉnh Hà Tĩnh',
    en: 'QĐ 211/QĐ-TTg (communes held to the TDMNPB values) applied to the Hà Tĩnh commune sets',
  },
  changes: {
    [xaNtm.id]: doiLoaiXaTdmnpb(),
    [xaNtmNangCao.id]: doiLoaiXaTdmnpb(),
  },
});

/** Versions of `ha-tinh-qd-36-2022/xa-ntm`: as issued (09/12/2022 – 29/02/2024), with QĐ 211's classes (01/3/2024 – 14/02/2026). */
export const xaNtmHistory = history(xaNtm, [apDungQd211]);

/** Versions of `ha-tinh-qd-36-2022/xa-ntm-nang-cao`, dated as `xaNtmHistory`. */
export const xaNtmNangCaoHistory = history(xaNtmNangCao, [apDungQd211]);

// The never-looser proof over time: each Hà Tĩnh version against each national version (QĐ 318 as issued, as amended by
// QĐ 211) in force on the same days. Fails at load, like `derive`, naming the indicator and both versions.
damBaoKhongLongHon(xaNtmHistory, xaNtmQuocGia);
damBaoKhongLongHon(xaNtmNangCaoHistory, xaNtmNangCaoQuocGia);
