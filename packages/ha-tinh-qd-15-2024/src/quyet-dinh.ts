// QĐ 15/2024/QĐ-UBND as a documented decision: its citation, the date it takes effect, the sets it amends — and the
// changes known from the sources read, which are NONE.
//
// Why no `Amendment` object: @tieuchi/core's `defineAmendment` refuses an amendment that makes no change
// (INVALID_AMENDMENT, "The amendment makes no change"), rightly — an amendment without changes would publish, from
// 26/7/2024, a version "as amended by QĐ 15/2024" whose content is the old one, and a reader would take the old rows for
// QĐ 15's. Inventing a change to get past it is not an option. So the decision is recorded here, `amendments` is empty,
// and the sets keep the version in force before 26/7/2024. When a change of QĐ 15 is read, write it in `THAY_DOI_DA_BIET`
// under its set id: `amendments` then holds the amendment and every history gets a version from 26/7/2024.
import { defineAmendment, type Amendment, type Change, type Label } from '@tieuchi/core';
import { xaNtm, xaNtmNangCao } from '@tieuchi/ha-tinh-qd-36-2022';
import { huyenNtm, huyenNtmNangCao } from '@tieuchi/ha-tinh-qd-37-2022';
import { QD_15_2024 } from './sources.js';

/** Date QĐ 15/2024/QĐ-UBND takes effect. */
export const HIEU_LUC = '2024-07-26';

/** The sets QĐ 15/2024 amends (verified scope). */
export const DOI_TUONG_SUA_DOI = [xaNtm.id, xaNtmNangCao.id, huyenNtm.id, huyenNtmNangCao.id] as const;

/** The changes of QĐ 15/2024 known from a source read, per set id. None is known. */
export const THAY_DOI_DA_BIET: Readonly<Record<(typeof DOI_TUONG_SUA_DOI)[number], readonly Change[]>> = {
  'ha-tinh-qd-36-2022/xa-ntm': [],
  'ha-tinh-qd-36-2022/xa-ntm-nang-cao': [],
  'ha-tinh-qd-37-2022/huyen-ntm': [],
  'ha-tinh-qd-37-2022/huyen-ntm-nang-cao': [],
};

const TEN: Label = {
  vi:
    'Sửa đổi, bổ sung một số tiêu chí, chỉ tiêu của Bộ tiêu chí xã nông thôn mới, xã nông thôn mới nâng cao, huyện nông thôn ' +
    'mới, huyện nông thôn mới nâng cao tỉnh Hà Tĩnh giai đoạn 2022 - 2025 ban hành kèm theo Quyết định số 36/2022/QĐ-UBND ' +
    'và Quyết định số 37/2022/QĐ-UBND ngày 09/12/2022 của UBND tỉnh',
  en:
    'Amends some criteria and indicators of the Hà Tĩnh sets for new rural communes, advanced new rural communes, new rural ' +
    'districts and advanced new rural districts, 2022–2025, issued with QĐ 36/2022/QĐ-UBND and QĐ 37/2022/QĐ-UBND (09/12/2022)',
};

/** A decision known to amend sets, with its scope and the changes known so far (possibly none). */
export interface VanBanSuaDoi {
  readonly citation: typeof QD_15_2024;
  readonly effective: string;
  /** The title as paraphrased from the scope (the official title has not been read). */
  readonly label: Label;
  readonly targets: readonly string[];
  readonly knownChanges: Readonly<Record<string, readonly Change[]>>;
  /** Why no amendment is published, or what it holds. */
  readonly note: Label;
}

/** QĐ 15/2024/QĐ-UBND: the decision as far as it is known. */
export const quyetDinh15: VanBanSuaDoi = Object.freeze({
  citation: QD_15_2024,
  effective: HIEU_LUC,
  label: TEN,
  targets: DOI_TUONG_SUA_DOI,
  knownChanges: THAY_DOI_DA_BIET,
  note: {
    vi:
      'Đã xác minh: số hiệu, ngày ký 12/7/2024, ngày hiệu lực 26/7/2024 và phạm vi (4 bộ tiêu chí). Chưa biết QĐ 15 sửa tiêu ' +
      'chí, chỉ tiêu nào: không có thay đổi nào được mã hóa, các bộ tiêu chí giữ phiên bản trước ngày 26/7/2024.',
    en:
      'Verified: number, signing date 12/7/2024, date in force 26/7/2024 and scope (4 sets). Which criteria and indicators it ' +
      'changes is not known: no change is encoded, the sets keep the version in force before 26/7/2024.',
  },
});

const known = Object.fromEntries(Object.entries(THAY_DOI_DA_BIET).filter(([, list]) => list.length > 0));

/**
 * The amendments this package publishes: QĐ 15/2024 as an `Amendment` once at least one of its changes is known; today
 * none is, and `defineAmendment` refuses an amendment without changes, so the list is empty.
 */
export const amendments: readonly Amendment[] =
  Object.keys(known).length > 0 ? [defineAmendment({ citation: QD_15_2024, effective: HIEU_LUC, label: TEN, changes: known })] : [];
