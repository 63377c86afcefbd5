// Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025
// QĐ 320/QĐ-TTg (08/3/2022), Phụ lục II — AS ORIGINALLY ISSUED.
//
// Only the opening words of the annex have been read: "(1) Có 100% số xã …" (reference §3.4.2). Everything after them
// is unknown. So: condition (1) is encoded as far as it goes (partial), the satisfaction level commonly reported for it
// as an unverified row, and ONE placeholder row stands for the rest of the annex, so the set is never met on condition
// (1) alone.
import { atLeast, criterion, defineSet, indicator, input, isTrue, shareOfChildren } from '@tieuchi/core';
import { KET_THUC_CAP_HUYEN, QD_320_PL2, URLS, row } from './sources.js';

/** Thị xã / thành phố thuộc tỉnh hoàn thành nhiệm vụ xây dựng NTM 2021–2025 (QĐ 320/QĐ-TTg, Phụ lục II). */
export const thiXaHoanThanhNtm = defineSet({
  id: 'qd-320-2022/thi-xa-hoan-thanh-ntm',
  label: {
    vi: 'Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025',
    en: 'District-level towns and provincial cities that have completed the new-rural (NTM) task, 2021–2025',
  },
  scope: 'thi-xa',
  tier: 'hoan-thanh',
  citation: QD_320_PL2,
  // As huyện NTM: from signing until the last day of the district level (01/7/2025, see ./sources.ts).
  validity: { from: '2022-03-08', until: KET_THUC_CAP_HUYEN.lastDay },
  criteria: [
    criterion(
      1,
      {
        vi: 'Điều kiện (1): các xã trên địa bàn',
        en: 'Condition (1): the communes of the town or city',
        source: { item: '(1)', url: URLS.dieuKien, provenance: 'partial', note: 'Number (1) and its opening words read; its label here is this package’s.' },
      },
      [
        indicator('DK.1', {
          vi: 'Có 100% số xã trên địa bàn đạt chuẩn nông thôn mới',
          en: '100% of the communes of the town or city meet the new-rural (NTM) standard',
          input: input.children({ vi: 'xã', en: 'communes' }),
          rule: shareOfChildren(100),
          source: row('(1)', {
            provenance: 'partial',
            url: URLS.dieuKien,
            note:
              'Only "(1) Có 100% số xã" has been read (the quotation is cut off). That the communes must meet the 2021–2025 xã NTM ' +
              'standard is the expected completion, not confirmed; so is whether the clause goes on (e.g. a share of nâng cao).',
          }),
        }),
      ],
    ),
    criterion(
      2,
      {
        vi: 'Các điều kiện, tiêu chí khác của Phụ lục II (chưa xác minh)',
        en: 'The other conditions and criteria of Phụ lục II (not verified)',
        source: {
          item: '(2)…',
          provenance: 'unverified',
          note: 'The rest of the annex has not been read; the grouping and the label are this package’s.',
        },
      },
      [
        indicator('HL', {
          vi: 'Tỷ lệ hài lòng của người dân đối với kết quả xây dựng nông thôn mới đạt từ 90% trở lên',
          en: 'Share of residents satisfied with the new-rural results is 90% or more',
          input: input.percent(),
          rule: atLeast(90),
          source: row('HL', {
            provenance: 'unverified',
            url: URLS.dieuKien,
            note:
              'Commonly reported for Phụ lục II (as in Phụ lục I condition (4)); neither the clause nor its number is confirmed. ' +
              'The code "HL" (hài lòng) is this package’s.',
          }),
        }),
        indicator('KHAC', {
          vi: 'Đáp ứng các điều kiện, tiêu chí còn lại của Phụ lục II theo quy định (chỉ tiêu chưa xác minh)',
          en: 'Meets the remaining conditions and criteria of Phụ lục II as the decision requires (content not verified)',
          input: input.boolean(),
          rule: isTrue(),
          source: row('KHAC', {
            provenance: 'unverified',
            url: URLS.dieuKien,
            note:
              'Placeholder for the rest of the annex. Reported, not confirmed: possibly a share of communes NTM nâng cao (or none), ' +
              'and the huyện criteria 1–9 applied where relevant, adapted to urban units. Enter the result assessed under the ' +
              'official annex.',
          }),
        }),
      ],
    ),
  ],
});
