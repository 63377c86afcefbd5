// Phường, thị trấn đạt chuẩn đô thị văn minh — QĐ 04/2022/QĐ-TTg (18/02/2022, in force 15/04/2022), Điều 5 khoản 1–2
// and Phụ lục I.
//
// 9 tiêu chí (verified). The rows of Phụ lục I have not been read: news reports count "52 chỉ tiêu" (unverified). This
// package does NOT encode 52 rows (README, "Why 14 rows and not 52"): each criterion is one row — the assessed result
// of the whole criterion — except criterion 4, whose 06 nội dung are known to exist and to be all required (Hướng dẫn
// 12/HD-BCA-V05), so it has 6 rows. 8 + 6 = 14 rows; no placeholder.
//
// The conditions of Điều 5 khoản 2 (a: registration with UBND cấp huyện; c: registration period; d: ≥ 90% of residents
// satisfied and agreeing) are a condition block (number 0, codes after the decree's letters); condition b is the
// 9 criteria themselves.
import { atLeast, condition, criterion, defineSet, indicator, input, isTrue } from '@tieuchi/core';
import { thoiGianDangKy } from './dang-ky.js';
import { QD_04_PL1, row, tieuChi, URLS } from './sources.js';
import { TEN, TIEU_CHI_3, tieuChiMotDong } from './ten-tieu-chi.js';

const PHUONG = { vi: 'phường, thị trấn', en: 'ward or township' } as const;

/** Number of the condition block (Điều 5 khoản 2). Not a tiêu chí: the decree does not number it. */
export const DIEU_KIEN = 0;

const dieuKien = condition(
  DIEU_KIEN,
  {
    vi: 'Điều kiện xét công nhận, công nhận lại phường, thị trấn đạt chuẩn đô thị văn minh (Điều 5 khoản 2)',
    en: 'Conditions for recognising or re-recognising a ward or township as a civilised urban area (Article 5(2))',
    source: {
      part: 'Điều 5 khoản 2',
      item: 'a, c, d',
      url: URLS.dieu5,
      provenance: 'verified',
      note:
        'Điều 5 khoản 2 lists a) registration with UBND cấp huyện, b) the criteria of khoản 1 (Phụ lục I), c) the registration ' +
        'period, d) ≥ 90% of residents satisfied and agreeing. b) is the 9 tiêu chí of this set; a), c), d) are these rows. ' +
        'Number 0 is this package’s.',
    },
  },
  [
    indicator('DK.a', {
      vi: 'Có đăng ký phường, thị trấn đạt chuẩn đô thị văn minh với Ủy ban nhân dân cấp huyện',
      en: 'The ward or township has registered with the district People’s Committee to reach the civilised-urban standard',
      input: input.boolean(),
      rule: isTrue(),
      source: row('a', { provenance: 'verified', url: URLS.dieu5 }),
    }),
    thoiGianDangKy('DK.c', PHUONG, URLS.dieu5),
    indicator('DK.d', {
      vi: 'Tỷ lệ người dân hài lòng và đồng ý đề nghị công nhận phường, thị trấn đạt chuẩn đô thị văn minh',
      en: 'Share of residents satisfied with, and agreeing to, the proposal to recognise the ward or township',
      input: input.percent(),
      rule: atLeast(90),
      source: row('d', {
        provenance: 'verified',
        url: URLS.dieu5,
        note: '"Có từ 90% trở lên người dân hài lòng và đồng ý đề nghị công nhận" (Cổng TTĐT Hải Phòng; Sở VHTTDL Thanh Hóa; LawNet).',
      }),
    }),
  ],
);

/** Criterion 4: the 06 nội dung of Hướng dẫn 12/HD-BCA-V05 (21/5/2024), all of which must be met. */
const NOI_DUNG_4 = [2, 3, 4, 5, 6] as const;

const anNinhTratTu = criterion(
  4,
  { ...TEN[4], source: tieuChi(4, 'Bộ Công an guidance 12/HD-BCA-V05: a phường/thị trấn meets criterion 4 when it meets all 06 nội dung.') },
  [
    indicator('4.1', {
      vi: 'Không để xảy ra hoạt động chống đảng, chống chính quyền, phá hoại khối đại đoàn kết',
      en: 'No activity against the Party or the government, or undermining the great national unity, occurs',
      input: input.boolean(),
      rule: isTrue(),
      source: row('4.1', {
        provenance: 'verified',
        url: URLS.hd12Bca,
        note: 'Nội dung 1 of criterion 4, word for word from Hướng dẫn 12/HD-BCA-V05 (21/5/2024). The code 4.1 is this package’s.',
      }),
    }),
    ...NOI_DUNG_4.map((k) =>
      indicator(`4.${k}` as `4.${typeof k}`, {
        vi: `Nội dung ${k} của tiêu chí An ninh, trật tự đô thị (theo Hướng dẫn 12/HD-BCA-V05; nội dung chưa xác minh) đạt`,
        en: `Content ${k} of the urban security and order criterion (per guidance 12/HD-BCA-V05; wording not verified) met`,
        input: input.boolean(),
        rule: isTrue(),
        source: row(`4.${k}`, {
          provenance: 'partial',
          url: URLS.hd12Bca,
          note:
            `Verified: criterion 4 of a phường/thị trấn has 06 nội dung and all must be met (Hướng dẫn 12/HD-BCA-V05). Not ` +
            `verified: the wording of nội dung ${k} (the stored copy of the guidance stops inside nội dung 1). Enter the result ` +
            `assessed under the guidance. The code 4.${k} is this package’s.`,
        }),
      }),
    ),
  ],
);

/** Phường, thị trấn đạt chuẩn đô thị văn minh (QĐ 04/2022/QĐ-TTg, Phụ lục I). */
export const phuongThiTranDtvm = defineSet({
  id: 'qd-04-2022/phuong-thi-tran-dtvm',
  label: {
    vi: 'Tiêu chí xét, công nhận phường, thị trấn đạt chuẩn đô thị văn minh',
    en: 'Criteria for recognising wards and townships as civilised urban areas',
  },
  scope: 'phuong-thi-tran',
  tier: 'dtvm',
  citation: QD_04_PL1,
  // In force 15/04/2022 (verified). No successor or repeal has been identified.
  validity: { from: '2022-04-15' },
  criteria: [
    dieuKien,
    tieuChiMotDong(1, TEN[1], 'Phụ lục I', PHUONG),
    tieuChiMotDong(2, TEN[2], 'Phụ lục I', PHUONG),
    tieuChiMotDong(3, TIEU_CHI_3.phuongThiTran, 'Phụ lục I', PHUONG),
    anNinhTratTu,
    tieuChiMotDong(5, TEN[5], 'Phụ lục I', PHUONG),
    tieuChiMotDong(6, TEN[6], 'Phụ lục I', PHUONG),
    tieuChiMotDong(7, TEN[7], 'Phụ lục I', PHUONG),
    tieuChiMotDong(8, TEN[8], 'Phụ lục I', PHUONG),
    tieuChiMotDong(9, TEN[9], 'Phụ lục I', PHUONG),
  ],
});
