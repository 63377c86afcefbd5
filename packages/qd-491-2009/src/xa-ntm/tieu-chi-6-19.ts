// QĐ 491/QĐ-TTg (16/4/2009) — tiêu chí 6–19, as issued (before QĐ 342/QĐ-TTg of 20/02/2013).
// The annex rows of these criteria have not been read. What is known:
// - the subjects of all 19 criteria (a 2014 report lists them); the numbers of 7, 10, 12, 14, 15 (named by QĐ 342);
// - the old wording QĐ 342 replaced in criteria 7, 14 and 15 (reference §3.11, before/after table), and that
//   criterion 10 was originally relative to the provincial average income (reference: "about 1.2–1.5 ×", unverified).
// Everything else is a placeholder row (see chiTieuChuaXacMinh): one yes/no "criterion met" row, flagged unverified.
import { atLeast, criterion, indicator, input, isTrue, notKnown } from '@tieuchi/core';
import { chiTieuChuaXacMinh, chuaXacMinh, tieuChi, tieuChiChuaXacMinh, URLS } from '../sources.js';

const TRUOC_342 =
  'Wording as the project reference gives it in its before/after table of QĐ 342/QĐ-TTg; the QĐ 491 annex row itself has not been read.';

export const tieuChi6Den9 = [
  tieuChiChuaXacMinh(6, { vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities' }, 'II'),

  criterion(7, { vi: 'Chợ nông thôn', en: 'Rural market', group: 'II', source: tieuChi(7) }, [
    indicator('7', {
      vi: 'Chợ đạt chuẩn của Bộ Xây dựng',
      en: 'The market meets the standard of the Ministry of Construction',
      input: input.boolean(),
      rule: isTrue(),
      source: {
        item: '7',
        url: URLS.qd342Text,
        provenance: 'unverified',
        note: `${TRUOC_342} Read as the single row of criterion 7, which QĐ 342 replaces as a whole; threshold "Đạt".`,
      },
    }),
  ]),

  tieuChiChuaXacMinh(8, { vi: 'Bưu điện', en: 'Post office' }, 'II'),
  tieuChiChuaXacMinh(9, { vi: 'Nhà ở dân cư', en: 'Housing' }, 'II'),
] as const;

export const tieuChi10Den13 = [
  criterion(10, { vi: 'Thu nhập', en: 'Income', group: 'III', source: tieuChi(10) }, [
    indicator('10', {
      vi: 'Thu nhập bình quân đầu người/năm so với mức bình quân chung của tỉnh',
      en: 'Average income per person per year relative to the provincial average',
      input: input.number({ unit: { vi: 'lần mức bình quân chung của tỉnh', en: 'times the provincial average' }, min: 0 }),
      rule: atLeast(
        notKnown(
          chuaXacMinh(
            'mức ban đầu chỉ được mô tả là "khoảng 1,2–1,5 lần mức bình quân chung của tỉnh" tùy vùng',
            'the original level is only described as "about 1.2–1.5 × the provincial average", by region',
          ),
        ),
      ),
      source: {
        item: '10',
        url: URLS.qd342Text,
        provenance: 'unverified',
        note:
          'Criterion 10 as issued compared income with the provincial average (reference §3.11, unverified); wording ' +
          'reconstructed from that description. Replaced on 20/02/2013 by QĐ 342/QĐ-TTg with absolute yearly levels.',
      },
    }),
  ]),

  tieuChiChuaXacMinh(11, { vi: 'Tỷ lệ hộ nghèo', en: 'Poor-household rate' }, 'III'),
  tieuChiChuaXacMinh(12, { vi: 'Cơ cấu lao động', en: 'Labour structure' }, 'III', 'Replaced on 20/02/2013 by QĐ 342/QĐ-TTg (share of regular employment ≥ 90%).'),
  tieuChiChuaXacMinh(13, { vi: 'Hình thức tổ chức sản xuất', en: 'Forms of production organisation' }, 'III'),
] as const;

export const tieuChi14Den17 = [
  criterion(14, { vi: 'Giáo dục', en: 'Education', group: 'IV', source: tieuChi(14) }, [
    indicator('14.1', {
      vi: 'Phổ cập giáo dục trung học',
      en: 'Universal secondary education',
      input: input.boolean(),
      rule: isTrue(),
      source: {
        item: '14.1',
        url: URLS.qd342Text,
        provenance: 'unverified',
        note:
          `${TRUOC_342} QĐ 342 changes it to "phổ cập giáo dục trung học cơ sở". The code 14.1 is the one a commune ` +
          `assessment table uses for this row (${URLS.thesisTable}, secondary); threshold "Đạt".`,
      },
    }),
    chiTieuChuaXacMinh(14, { vi: 'Giáo dục', en: 'Education' }, { rest: true }),
  ]),

  criterion(15, { vi: 'Y tế', en: 'Health', group: 'IV', source: tieuChi(15) }, [
    indicator('15.1', {
      vi: 'Tỷ lệ người dân tham gia các hình thức bảo hiểm y tế',
      en: 'Share of residents covered by any form of health insurance',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinh('mức ban đầu của chỉ tiêu 15.1 chưa được đọc', 'the original level of 15.1 has not been read'))),
      source: {
        item: '15.1',
        url: URLS.qd342Text,
        provenance: 'unverified',
        note: `${TRUOC_342} QĐ 342 sets it to "Tỷ lệ người dân tham gia Bảo hiểm y tế" ≥ 70%. Code 15.1 as in ${URLS.thesisTable} (secondary).`,
      },
    }),
    chiTieuChuaXacMinh(15, { vi: 'Y tế', en: 'Health' }, { rest: true, note: 'Whether criterion 15 has rows besides 15.1 is not known; if it has none, answer true.' }),
  ]),

  tieuChiChuaXacMinh(16, { vi: 'Văn hóa', en: 'Culture' }, 'IV'),
  tieuChiChuaXacMinh(17, { vi: 'Môi trường', en: 'Environment' }, 'IV'),
] as const;

export const tieuChi18Den19 = [
  tieuChiChuaXacMinh(18, { vi: 'Hệ thống tổ chức chính trị xã hội vững mạnh', en: 'Strong political and social organisations' }, 'V'),
  tieuChiChuaXacMinh(19, { vi: 'An ninh, trật tự xã hội', en: 'Security and social order' }, 'V'),
] as const;
