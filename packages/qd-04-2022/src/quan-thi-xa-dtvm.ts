// Quận, thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương đạt chuẩn đô thị văn minh —
// QĐ 04/2022/QĐ-TTg (18/02/2022, in force 15/04/2022), Phụ lục II and the conditions for this level.
//
// 9 tiêu chí (verified; criterion 3 is "Môi trường đô thị" at this level). The rows of Phụ lục II have not been read;
// one row is known: 9.4, the unit đạt chuẩn tiếp cận pháp luật (QĐ 1723/QĐ-BTP). Criteria 1–8 are one row each (the
// assessed result of the whole criterion); criterion 9 is row 9.4 plus one row for its other contents.
//
// Conditions (verified up to the xã clause; Cổng TTĐT Hải Phòng, Sở VHTTDL Thanh Hóa): registration with UBND cấp
// tỉnh, the registration period, 100% of the phường and thị trấn recognised; then "có 100% xã trực thu…" where the
// source is cut off (partial); whatever follows (a satisfaction rule?) is not known and is a row that never decides.
import { condition, criterion, defineSet, equals, indicator, input, isTrue, notKnown, shareOfChildren, sourced } from '@tieuchi/core';
import { thoiGianDangKy } from './dang-ky.js';
import { QD_04_PL2, row, tieuChi, URLS } from './sources.js';
import { TEN, TIEU_CHI_3, tieuChiMotDong } from './ten-tieu-chi.js';

const QUAN = { vi: 'quận, thị xã, thành phố', en: 'urban district, town or city' } as const;

/** Number of the condition block. Not a tiêu chí: the decree does not number it. */
export const DIEU_KIEN = 0;

const CAT = 'The Hải Phòng page is cut off after "có 100% xã trực thu"; the Sở VHTTDL Thanh Hóa page earlier.';

const dieuKien = condition(
  DIEU_KIEN,
  {
    vi: 'Điều kiện xét công nhận, công nhận lại quận, thị xã, thành phố đạt chuẩn đô thị văn minh',
    en: 'Conditions for recognising or re-recognising an urban district, town or city as a civilised urban area',
    source: {
      part: 'Điều 5',
      url: URLS.haiPhong,
      provenance: 'partial',
      note:
        'Conditions verified up to the 100%-of-phường/thị trấn rule; the xã clause is cut off and any later condition is not ' +
        `known. ${CAT} The row codes DK.1–DK.5 are this package’s (the decree’s lettering for this level has not been read).`,
    },
  },
  [
    indicator('DK.1', {
      vi: 'Có đăng ký quận, thị xã, thành phố đạt chuẩn đô thị văn minh với Ủy ban nhân dân cấp tỉnh',
      en: 'The unit has registered with the provincial People’s Committee to reach the civilised-urban standard',
      input: input.boolean(),
      rule: isTrue(),
      source: row('DK.1', { provenance: 'verified', url: URLS.haiPhong }),
    }),
    thoiGianDangKy('DK.2', QUAN, URLS.haiPhong),
    indicator('DK.3', {
      vi: 'Có 100% phường, thị trấn trực thuộc được công nhận và công nhận lại đạt chuẩn đô thị văn minh',
      en: '100% of its wards and townships are recognised or re-recognised as civilised urban areas',
      input: input.children({ vi: 'phường, thị trấn (đô thị văn minh)', en: 'wards and townships (civilised urban)' }),
      rule: shareOfChildren(100),
      source: row('DK.3', {
        provenance: 'verified',
        url: URLS.haiPhong,
        note:
          'Word for word from the Hải Phòng page. List every phường and thị trấn with its status under ' +
          'qd-04-2022/phuong-thi-tran-dtvm (or its recognition); a unit that is not met or unknown is named in `blocking`.',
      }),
    }),
    indicator('DK.4', {
      vi: 'Có 100% xã trực thuộc … (phần còn lại của điều kiện chưa xác minh; dự kiến: đạt chuẩn nông thôn mới)',
      en: '100% of its communes … (the rest of the condition is not verified; expected: meet the new-rural standard)',
      input: input.children({ vi: 'xã', en: 'communes' }),
      rule: shareOfChildren(
        sourced(100, {
          provenance: 'verified',
          url: URLS.haiPhong,
          note: '"có 100% xã trực thu…": the share is in the text; what the communes must reach is cut off.',
        }),
      ),
      // A quận has no xã: answer "n/a". The decree's wording here is not known; this is the package's reading.
      applicability: 'ifPresent',
      source: row('DK.4', {
        provenance: 'partial',
        url: URLS.haiPhong,
        note:
          `${CAT} The share (100%) is verified; the standard the xã must meet is not (the reference expects "đạt chuẩn nông thôn ` +
          'mới"): give each xã the status it has under the standard your authority reads here. "n/a" for a unit without xã is ' +
          'this package’s reading.',
      }),
    }),
    indicator('DK.5', {
      vi:
        'Các điều kiện còn lại đối với quận, thị xã, thành phố (sau điều kiện về xã; gồm cả mức hài lòng của người dân nếu có) — ' +
        'chưa xác minh',
      en:
        'The remaining conditions for an urban district, town or city (after the commune clause; including a residents’ ' +
        'satisfaction level, if any) — not verified',
      input: input.boolean(),
      rule: equals<boolean>(
        notKnown({
          vi:
            'Văn bản nguồn bị cắt sau điều kiện về xã; chưa biết các điều kiện tiếp theo (trình tự có bước Ủy ban MTTQ lấy ý kiến ' +
            'sự hài lòng của người dân, nhưng mức yêu cầu chưa xác minh)',
          en:
            'The source is cut off after the commune clause; the later conditions are not known (the procedure has the Fatherland ' +
            'Front survey residents’ satisfaction, but any required level is not verified)',
        }),
      ),
      source: row('DK.5', {
        provenance: 'unverified',
        url: URLS.trinhTu,
        note:
          `${CAT} The procedure (verified, reference §4.5) has the UBMTTQ survey residents’ satisfaction and agreement, so a ` +
          'satisfaction condition probably follows, as at phường level (≥ 90%); its level is not known and is not copied from the ' +
          'phường level. This row never decides: until the text is read, no quận, thị xã or thành phố can be "đạt" under this set.',
      }),
    }),
  ],
);

const TIEP_CAN_PHAP_LUAT = 'Code and content verified: QĐ 1723/QĐ-BTP (15/8/2022) guides "tiêu chí 9.4 tại Phụ lục II của Quyết định số 04/2022/QĐ-TTg".';

const heThongChinhTri = criterion(9, { ...TEN[9], source: tieuChi(9, 'Row 9.4 is known; the other rows are not.', URLS.haiPhong) }, [
  indicator('9', {
    vi: 'Tiêu chí 9: các nội dung còn lại ngoài 9.4 đạt theo Bảng đánh giá Phụ lục II (kết quả đánh giá)',
    en: 'Criterion 9: its contents other than 9.4 met on the assessment table of Phụ lục II (assessed result)',
    input: input.boolean(),
    rule: isTrue(),
    source: row('9', {
      provenance: 'partial',
      note:
        'Stands for the rows of criterion 9 other than 9.4, which have not been read (9.1–9.3 at least exist, since 9.4 does). ' +
        'The code "9" is this package’s.',
    }),
  }),
  indicator('9.4', {
    vi: 'Đạt chuẩn tiếp cận pháp luật',
    en: 'The unit meets the access-to-law standard',
    input: input.boolean(),
    rule: isTrue(),
    source: row('9.4', { provenance: 'verified', url: URLS.qd1723, note: TIEP_CAN_PHAP_LUAT }),
  }),
]);

/** Quận, thị xã, thành phố đạt chuẩn đô thị văn minh (QĐ 04/2022/QĐ-TTg, Phụ lục II). */
export const quanThiXaDtvm = defineSet({
  id: 'qd-04-2022/quan-thi-xa-dtvm',
  label: {
    vi: 'Tiêu chí xét, công nhận quận, thị xã, thành phố thuộc cấp tỉnh đạt chuẩn đô thị văn minh',
    en: 'Criteria for recognising urban districts, towns and cities as civilised urban areas',
  },
  scope: 'quan-thi-xa',
  tier: 'dtvm',
  citation: QD_04_PL2,
  // In force 15/04/2022 (verified). No successor or repeal identified. Note: district-level units ended on 01/7/2025.
  validity: { from: '2022-04-15' },
  criteria: [
    dieuKien,
    tieuChiMotDong(1, TEN[1], 'Phụ lục II', QUAN),
    tieuChiMotDong(2, TEN[2], 'Phụ lục II', QUAN),
    tieuChiMotDong(3, TIEU_CHI_3.quanThiXa, 'Phụ lục II', QUAN),
    tieuChiMotDong(4, TEN[4], 'Phụ lục II', QUAN),
    tieuChiMotDong(5, TEN[5], 'Phụ lục II', QUAN),
    tieuChiMotDong(6, TEN[6], 'Phụ lục II', QUAN),
    tieuChiMotDong(7, TEN[7], 'Phụ lục II', QUAN),
    tieuChiMotDong(8, TEN[8], 'Phụ lục II', QUAN),
    heThongChinhTri,
  ],
});
