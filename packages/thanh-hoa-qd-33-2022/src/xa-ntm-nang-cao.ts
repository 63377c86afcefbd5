// Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Thanh Hóa giai đoạn 2022 - 2025 — QĐ 33/2022/QĐ-UBND (10/8/2022).
//
// Derived from the national set, QĐ 318/QĐ-TTg Phụ lục II, over every national version in force during its validity
// (as issued, and as amended by QĐ 211/QĐ-TTg from 01/3/2024): `derive` proves at definition time that the Thanh Hóa
// set is never looser than the national one, and throws LOOSER_THAN_PARENT otherwise.
//
// WHAT THANH HÓA CHANGES: only the prerequisite — the commune must already meet the Thanh Hóa xã NTM set
// (QĐ 32/2022/QĐ-UBND) rather than the national one (unverified, see DIEU_KIEN_XA_NTM). The text of QĐ 33 has not been
// read (reference §3.15.1, G13); a provincial value may only be encoded if a source states it, so every one of the 75
// rows is the national row with the national citation — 59 of them are the national package's placeholders.
//
// TWO VERSIONS, as for QĐ 32: as issued (10/8/2022 – 29/02/2024, QĐ 318 Điều 1 classes held to TDMNPB values) and from
// 01/3/2024 (QĐ 211 classes). For Phụ lục II a single set would pass the never-looser check today — only because so
// few national thresholds are known — but it would keep classes the national law no longer has.
import { change, derive, timeline, type Derivation } from '@tieuchi/core';
import { xaNtmNangCaoHistory as quocGia } from '@tieuchi/qd-211-2024';
import { HET_HIEU_LUC, XA_NTM_ID } from '@tieuchi/thanh-hoa-qd-32-2022';
import { DIEU_KIEN_XA_NTM, QD_33, QD_33_TU_2024 } from './sources.js';

/** Id of the set (contract). */
export const XA_NTM_NANG_CAO_ID = 'thanh-hoa-qd-33-2022/xa-ntm-nang-cao';

const chung = {
  id: XA_NTM_NANG_CAO_ID,
  province: 'thanh-hoa',
  label: {
    vi: 'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Thanh Hóa giai đoạn 2022 - 2025',
    en: 'Thanh Hóa criteria for advanced new-rural (NTM nâng cao) communes, 2022–2025',
  },
  regions: ['BTB'],
  changes: [
    change.setPrerequisites([
      {
        set: XA_NTM_ID,
        label: {
          vi: 'Xã đã đạt chuẩn nông thôn mới theo Bộ tiêu chí xã nông thôn mới tỉnh Thanh Hóa giai đoạn 2022 - 2025 (QĐ 32/2022/QĐ-UBND)',
          en: 'The commune already meets the Thanh Hóa xã NTM 2022–2025 standard (QĐ 32/2022/QĐ-UBND)',
        },
        source: DIEU_KIEN_XA_NTM,
      },
    ]),
  ],
} as const satisfies Omit<Derivation, 'citation' | 'validity'>;

/** The derivation as issued: 10/8/2022 (signing; the effective date is not known) – 29/02/2024. */
export const xaNtmNangCaoDerivation: Derivation = {
  ...chung,
  citation: QD_33,
  validity: { from: '2022-08-10', until: '2024-02-29' },
};

/**
 * The derivation from 01/3/2024 to 31/12/2025 (the end of the period the decision is named for). Whether and when
 * QĐ 26/2024/QĐ-UBND (nâng cao 2024–2025) superseded QĐ 33 is not known (reference §3.15.3): the two overlap here.
 */
export const xaNtmNangCaoDerivation2024: Derivation = {
  ...chung,
  citation: QD_33_TU_2024,
  validity: { from: '2024-03-01', until: HET_HIEU_LUC },
};

/** Xã NTM nâng cao, Thanh Hóa QĐ 33/2022/QĐ-UBND, as issued: 10/8/2022 – 29/02/2024 (19 tiêu chí, 75 chỉ tiêu). */
export const xaNtmNangCao = derive(quocGia, xaNtmNangCaoDerivation);

/** Xã NTM nâng cao, Thanh Hóa QĐ 33/2022/QĐ-UBND, from 01/3/2024 (national QĐ 211 classes): 01/3/2024 – 31/12/2025. */
export const xaNtmNangCao2024 = derive(quocGia, xaNtmNangCaoDerivation2024);

/** Versions of the Thanh Hóa xã NTM nâng cao set over time. */
export const xaNtmNangCaoHistory = timeline([xaNtmNangCao, xaNtmNangCao2024]);
