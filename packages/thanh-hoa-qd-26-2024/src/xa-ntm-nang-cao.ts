// Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Thanh Hóa giai đoạn 2024 - 2025 — QĐ 26/2024/QĐ-UBND.
//
// Derived from the national set, QĐ 318/QĐ-TTg Phụ lục II as amended by QĐ 211/QĐ-TTg (the version in force from
// 01/3/2024), with the never-looser check (`derive` throws LOOSER_THAN_PARENT at definition time).
//
// WHAT THANH HÓA CHANGES (verified, reference §3.15.3):
//  - the prerequisite: the commune is a xã NTM fully meeting the Thanh Hóa xã NTM 2024–2025 set;
//  - two zones, Vùng 1 and Vùng 2, whose thresholds differ.
// WHAT IS NOT KNOWN: which thresholds differ by zone and their values, and every other Thanh Hóa value. So the zones are
// declared but no value is split by zone (`byZone` is used nowhere), and every row is the national row with its
// citation. A provincial value may only be encoded if a source states it.
import { change, derive, type Derivation } from '@tieuchi/core';
import { xaNtmNangCaoHistory as quocGia } from '@tieuchi/qd-211-2024';
import { CAN_DUOI_NGAY_KY, DIEU_KIEN_1, QD_26 } from './sources.js';
import { VUNG } from './vung.js';

/** Id of the set (contract). */
export const XA_NTM_NANG_CAO_ID = 'thanh-hoa-qd-26-2024/xa-ntm-nang-cao';

/**
 * Id under which the prerequisite names "Bộ tiêu chí xã nông thôn mới tỉnh Thanh Hóa, giai đoạn 2024 - 2025". PROVISIONAL:
 * that set's decision number is not confirmed (possibly QĐ 25/2024/QĐ-UBND, unverified) and no package encodes it yet.
 * Supply its status with `prerequisites: { [XA_NTM_2024_2025_ID]: 'met' }` or the unit's `recognized`.
 */
export const XA_NTM_2024_2025_ID = 'thanh-hoa/xa-ntm-2024-2025';

/** Until when the set is applied: the end of the 2024–2025 period it is named for. */
export const HET_HIEU_LUC = '2025-12-31';

/** The derivation: from the lower bound of its date (01/3/2024, see CAN_DUOI_NGAY_KY) to 31/12/2025. */
export const xaNtmNangCaoDerivation: Derivation = {
  id: XA_NTM_NANG_CAO_ID,
  province: 'thanh-hoa',
  label: {
    vi: 'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Thanh Hóa giai đoạn 2024 - 2025',
    en: 'Thanh Hóa criteria for advanced new-rural (NTM nâng cao) communes, 2024–2025',
  },
  citation: QD_26,
  validity: { from: CAN_DUOI_NGAY_KY, until: HET_HIEU_LUC },
  regions: ['BTB'],
  zones: VUNG,
  changes: [
    change.setPrerequisites([
      {
        set: XA_NTM_2024_2025_ID,
        label: {
          vi: 'Xã đã đạt chuẩn nông thôn mới và đáp ứng đầy đủ Bộ tiêu chí xã nông thôn mới tỉnh Thanh Hóa, giai đoạn 2024 - 2025',
          en: 'The commune is a new-rural commune that fully meets the Thanh Hóa xã NTM 2024–2025 criteria',
        },
        source: DIEU_KIEN_1,
      },
    ]),
    // No `change.setValue(…, byZone({ 'vung-1': …, 'vung-2': … }))`: no value per zone is known (README, "Gaps").
  ],
};

/** Xã NTM nâng cao, Thanh Hóa QĐ 26/2024/QĐ-UBND, 2024–2025, zones Vùng 1 / Vùng 2 (19 tiêu chí, 75 chỉ tiêu). */
export const xaNtmNangCao = derive(quocGia, xaNtmNangCaoDerivation);
