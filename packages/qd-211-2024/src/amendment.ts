// QĐ 211/QĐ-TTg (01/3/2024): "sửa đổi một số tiêu chí, chỉ tiêu" of the 2021–2025 national NTM sets, and a new set
// for huyện NTM đặc thù không có đơn vị hành chính cấp xã.
//
// ONLY WHAT IS KNOWN IS ENCODED. The official text has not been read; the exact old → new table is a gap (reference
// §3.6, G3). The one change known (partially) is the redefinition of the communes that are held to the values of the
// Trung du và miền núi phía Bắc (TDMNPB) region — QĐ 318/QĐ-TTg Điều 1 (reference §4.6):
//
//   before (QĐ 318, verified):  xã đặc biệt khó khăn, xã an toàn khu thuộc huyện nghèo và huyện vừa thoát nghèo
//                               giai đoạn 2018 - 2020
//   after  (QĐ 211, partial):   xã khu vực II, khu vực III thuộc vùng đồng bào DTTS và miền núi; xã đặc biệt khó khăn
//                               vùng bãi ngang ven biển và hải đảo; xã an toàn khu thuộc huyện nghèo
//
// The old classes are REMOVED, not kept beside the new ones: the reported QĐ 211 sentence restates the whole rule with
// a new list of classes (same formula as QĐ 318 Điều 1), the reference reads the new class as "in place of" QĐ 318's
// (§3.6), and both provincial follow-ups of 2024 (Quảng Bình QĐ 1271, Thanh Hóa QĐ 26 Vùng 1) list only the new classes.
// "xã an toàn khu thuộc huyện nghèo" gets a new key because its meaning changed (no longer "… và huyện vừa thoát nghèo
// giai đoạn 2018 - 2020"): data typed with the old key must be re-classified, and the engine warns (UNKNOWN_CATEGORY)
// instead of silently carrying an old classification into the new rule.
//
// Whether QĐ 211 changed anything else in Phụ lục I (criterion 1 included) is not known: nothing else is changed here.
import { change, defineAmendment, type Change, type UnitCategory } from '@tieuchi/core';
import { huyenNtmDacThu } from './huyen-ntm-dac-thu.js';
import { LOP_XA_TDMNPB, QD_211 } from './sources.js';

/** The communes QĐ 211 holds to the TDMNPB values (partial: see LOP_XA_TDMNPB), by category key. */
export const CAC_LOAI_XA_TDMNPB: Readonly<Record<string, UnitCategory>> = {
  'xa-khu-vuc-ii-iii': {
    label: {
      vi: 'Xã khu vực II, khu vực III thuộc vùng đồng bào dân tộc thiểu số và miền núi',
      en: 'Commune of area II or area III in ethnic-minority and mountain areas',
    },
    useRegion: 'TDMNPB',
    source: LOP_XA_TDMNPB,
  },
  'xa-dbkk-bai-ngang-ven-bien-hai-dao': {
    label: {
      vi: 'Xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo',
      en: 'Commune with special difficulties in coastal sandbank and island areas',
    },
    useRegion: 'TDMNPB',
    source: LOP_XA_TDMNPB,
  },
  'xa-an-toan-khu-thuoc-huyen-ngheo': {
    label: { vi: 'Xã an toàn khu thuộc huyện nghèo', en: 'Safe-zone (ATK) commune in a poor district' },
    useRegion: 'TDMNPB',
    source: {
      ...LOP_XA_TDMNPB,
      note:
        `${LOP_XA_TDMNPB.note ?? ''} The ATK class is listed by the Người Hà Nội report and by Thanh Hóa QĐ 26/2024 Vùng 1, ` +
        'not by Quảng Bình QĐ 1271 (the reference says "possibly also xã ATK").',
    },
  },
};

/** The QĐ 318 Điều 1 classes that QĐ 211 replaces (keys of @tieuchi/qd-318-2022). */
export const CAC_LOAI_XA_BI_THAY = ['xa-dac-biet-kho-khan', 'xa-an-toan-khu'] as const;

/** The changes of the TDMNPB rule, for a set that carries QĐ 318's Điều 1 categories (Phụ lục I and II). */
export function doiLoaiXaTdmnpb(): Change[] {
  return [
    ...Object.entries(CAC_LOAI_XA_TDMNPB).map(([key, category]) => change.setCategory(key, category)),
    ...CAC_LOAI_XA_BI_THAY.map((key) => change.setCategory(key, null)),
  ];
}

/** QĐ 211/QĐ-TTg as an amendment: in force from 01/3/2024. */
export const amendment = defineAmendment({
  citation: QD_211,
  effective: '2024-03-01',
  label: {
    vi:
      'Sửa đổi một số tiêu chí, chỉ tiêu của Bộ tiêu chí quốc gia về xã nông thôn mới, xã nông thôn mới nâng cao, huyện nông ' +
      'thôn mới và huyện nông thôn mới nâng cao giai đoạn 2021 - 2025; bổ sung tiêu chí huyện nông thôn mới đặc thù, không có ' +
      'đơn vị hành chính cấp xã giai đoạn 2021 - 2025',
    en:
      'Amends some criteria and indicators of the national criteria for NTM communes, advanced NTM communes, NTM districts and ' +
      'advanced NTM districts, 2021–2025; adds criteria for special NTM districts without commune-level units, 2021–2025',
  },
  changes: {
    // QĐ 318/QĐ-TTg Phụ lục I (xã NTM): the TDMNPB rule only. Other QĐ 211 changes to this annex are not known.
    'qd-318-2022/xa-ntm': doiLoaiXaTdmnpb(),
    // QĐ 318/QĐ-TTg Phụ lục II (xã NTM nâng cao): the same rule — the reported sentence covers "đạt chuẩn nông thôn mới
    // hoặc đạt chuẩn nông thôn mới nâng cao", and Thanh Hóa's Vùng 1 is a class of its nâng cao set. Nothing else known.
    'qd-318-2022/xa-ntm-nang-cao': doiLoaiXaTdmnpb(),
    // QĐ 320/QĐ-TTg (huyện NTM, huyện NTM nâng cao) is amended by QĐ 211 too, but no change to it is known (the planning
    // formula of huyện 1.1 is the 2022 original, reference §3.6): no entry, so no new version is claimed.
  },
  introduces: [huyenNtmDacThu],
});
