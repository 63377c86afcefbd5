// Bộ tiêu chí xã nông thôn mới tỉnh Thanh Hóa giai đoạn 2022 - 2025 — QĐ 32/2022/QĐ-UBND (10/8/2022).
//
// Derived from the national set, QĐ 318/QĐ-TTg Phụ lục I, over every national version in force during its validity
// (as issued, and as amended by QĐ 211/QĐ-TTg from 01/3/2024): `derive` proves at definition time that the Thanh Hóa
// set is never looser than the national one, and throws LOOSER_THAN_PARENT otherwise.
//
// WHAT THANH HÓA CHANGES: nothing is encoded, because nothing is known. The text of QĐ 32 has not been read
// (reference §3.15.1, G13); a provincial value may only be encoded if a source states it. Every one of the 57 rows is
// the national row, with the national citation. The set records the province, its region (Bắc Trung Bộ) and the
// decision, so a Thanh Hóa commune is evaluated against "QĐ 32" — and the value of each row says who set it.
//
// TWO VERSIONS. A single derived set cannot be never-looser than both national versions: QĐ 211 replaced the classes
// of communes held to the TDMNPB values (QĐ 318 Điều 1: xã ĐBKK, xã ATK thuộc huyện nghèo và huyện vừa thoát nghèo
// 2018–2020 → QĐ 211: xã khu vực II/III, xã ĐBKK bãi ngang ven biển và hải đảo, xã ATK thuộc huyện nghèo), and the
// TDMNPB column is not uniformly lower than the BTB one (15.3: TDMNPB ≤ 24% is stricter than BTB ≤ 25%). So the
// package publishes the set as issued (10/8/2022 – 29/02/2024, with the QĐ 318 classes) and as read from 01/3/2024
// (with the QĐ 211 classes) — the second is not a Thanh Hóa amendment: it is the national floor applying.
import { derive, timeline, type Derivation } from '@tieuchi/core';
import { xaNtmHistory as quocGia } from '@tieuchi/qd-211-2024';
import { QD_32, QD_32_TU_2024 } from './sources.js';

/** Id of the set (contract). */
export const XA_NTM_ID = 'thanh-hoa-qd-32-2022/xa-ntm';

/** Until when the decision is applied: the end of the 2022–2025 period it is named for. */
export const HET_HIEU_LUC = '2025-12-31';

const chung = {
  id: XA_NTM_ID,
  province: 'thanh-hoa',
  label: {
    vi: 'Bộ tiêu chí xã nông thôn mới tỉnh Thanh Hóa giai đoạn 2022 - 2025',
    en: 'Thanh Hóa criteria for new-rural (NTM) communes, 2022–2025',
  },
  // Thanh Hóa lies in Bắc Trung Bộ (reference §2.4): a commune of another region is refused (REGION_NOT_COVERED).
  regions: ['BTB'],
  // No Thanh Hóa value is known (README, "Gaps"): every row stays the national row.
  changes: [],
} as const satisfies Omit<Derivation, 'citation' | 'validity'>;

/**
 * The derivation as issued. Validity starts on the signing date (10/8/2022) because the effective date is not known;
 * it ends on 29/02/2024, the day before QĐ 211/QĐ-TTg changed the national classes of communes held to TDMNPB values.
 */
export const xaNtmDerivation: Derivation = {
  ...chung,
  citation: QD_32,
  validity: { from: '2022-08-10', until: '2024-02-29' },
};

/**
 * The derivation from 01/3/2024 to 31/12/2025 (the end of the period the decision is named for; the date the Thanh Hóa
 * xã NTM 2024–2025 set took over is not known, reference §3.15.2). Derived from QĐ 318 as amended by QĐ 211.
 */
export const xaNtmDerivation2024: Derivation = {
  ...chung,
  citation: QD_32_TU_2024,
  validity: { from: '2024-03-01', until: HET_HIEU_LUC },
};

/** Xã NTM, Thanh Hóa QĐ 32/2022/QĐ-UBND, as issued: 10/8/2022 – 29/02/2024 (19 tiêu chí, 57 chỉ tiêu). */
export const xaNtm = derive(quocGia, xaNtmDerivation);

/** Xã NTM, Thanh Hóa QĐ 32/2022/QĐ-UBND, from 01/3/2024 (national QĐ 211 classes): 01/3/2024 – 31/12/2025. */
export const xaNtm2024 = derive(quocGia, xaNtmDerivation2024);

/** Versions of the Thanh Hóa xã NTM set over time: what a resolver by date needs. */
export const xaNtmHistory = timeline([xaNtm, xaNtm2024]);
