// Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021 - 2025
// QĐ 320/QĐ-TTg (08/3/2022), Phụ lục III — AS ORIGINALLY ISSUED (QĐ 211/QĐ-TTg amends it; not applied here).
//
// Almost nothing of this annex is confirmed (reference §3.4.3): its existence, the 9-criterion structure with indicator
// codes (partial), code 9.1 (verified) and 9.2 (partial), rows 1.1–1.2 through an English translation of a provincial
// copy (partial). The conditions are reported only vaguely ("possibly ≥ 50% (or ≥ 40%)" nâng cao, "≥ 10%" kiểu mẫu):
// those shares are `notKnown`, so this set is never met until the official text is read. Criteria 2–8 are one
// placeholder row each; criterion 9 has its two known codes plus one placeholder row for the rest.
import { atLeast, condition, criterion, defineSet, indicator, input, isTrue, notKnown, shareOfChildren } from '@tieuchi/core';
import { DK } from './huyen-ntm.js';
import { KET_THUC_CAP_HUYEN, QD_320_PL3, URLS, chuaXacMinh, placeholderLabel, row } from './sources.js';

/** The citation of a criterion of Phụ lục III, whose names are assumed from Phụ lục I. */
function tieuChiPl3(n: number, provenance: 'partial' | 'unverified', note: string) {
  return { item: String(n), provenance, note } as const;
}

function placeholderCriterion(n: number, vi: string, en: string) {
  return criterion(
    n,
    {
      vi,
      en,
      group: 'TC',
      source: tieuChiPl3(n, 'unverified', 'Name and number assumed from Phụ lục I (the annex uses the same 9-criterion structure: partial).'),
    },
    [
      indicator(String(n), {
        ...placeholderLabel(vi, en.toLowerCase()),
        input: input.boolean(),
        rule: isTrue(),
        source: row(String(n), {
          provenance: 'unverified',
          note:
            'Placeholder for the whole criterion: the nâng cao indicators and thresholds are not known ("the 9 criteria at higher ' +
            'levels"). Enter the result assessed under the official criterion.',
        }),
      }),
    ],
  );
}

/** Huyện nông thôn mới nâng cao 2021–2025 (QĐ 320/QĐ-TTg, Phụ lục III), as issued on 08/3/2022. */
export const huyenNtmNangCao = defineSet({
  id: 'qd-320-2022/huyen-ntm-nang-cao',
  label: {
    vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021 - 2025',
    en: 'National criteria for advanced new-rural (NTM) districts, 2021–2025',
  },
  scope: 'huyen',
  tier: 'nang-cao',
  citation: QD_320_PL3,
  // As huyện NTM: from signing until the last day of the district level (01/7/2025, see ./sources.ts).
  validity: { from: '2022-03-08', until: KET_THUC_CAP_HUYEN.lastDay },
  prerequisites: [
    {
      set: 'qd-320-2022/huyen-ntm',
      label: { vi: 'Huyện đạt chuẩn nông thôn mới giai đoạn 2021 - 2025', en: 'District meets the NTM standard, 2021–2025' },
      source: {
        part: 'Phụ lục III',
        provenance: 'unverified',
        note: 'Commonly reported ("huyện NTM nâng cao requires huyện NTM", reference §4.2); the official wording has not been read.',
      },
    },
  ],
  groups: [
    { id: 'DK', label: { vi: 'Điều kiện (chưa xác minh)', en: 'Conditions (not verified)' } },
    { id: 'TC', label: { vi: 'Các tiêu chí huyện nông thôn mới nâng cao', en: 'The advanced district NTM criteria' } },
  ],
  criteria: [
    condition(
      DK,
      {
        vi: 'Điều kiện: xã trên địa bàn và mức độ hài lòng của người dân (chưa xác minh)',
        en: 'Conditions: communes of the district and residents’ satisfaction (not verified)',
        group: 'DK',
        source: {
          provenance: 'unverified',
          note: 'Reported conditions (reference §3.4.3), not confirmed. Their number and order in the annex are not known: codes DK.1–DK.4 are this package’s.',
        },
      },
      [
        indicator('DK.1', {
          vi: 'Có 100% số xã trên địa bàn đạt chuẩn nông thôn mới',
          en: '100% of the communes of the district meet the NTM standard',
          input: input.children({ vi: 'xã', en: 'communes' }),
          rule: shareOfChildren(100),
          source: row('DK.1', { provenance: 'unverified', note: 'Commonly reported, not confirmed.' }),
        }),
        indicator('DK.2', {
          vi: 'Tỷ lệ số xã trên địa bàn đạt chuẩn nông thôn mới nâng cao',
          en: 'Share of the communes of the district that meet the advanced NTM standard',
          input: input.children({ vi: 'xã (bộ tiêu chí NTM nâng cao)', en: 'communes (advanced NTM set)' }),
          rule: shareOfChildren(notKnown(chuaXacMinh('chỉ được nêu là "có thể ≥ 50% (hoặc ≥ 40%)"', 'only reported as "possibly ≥ 50% (or ≥ 40%)"'))),
          source: row('DK.2', { provenance: 'unverified', note: 'A nâng cao share is reported; its level is not known.' }),
        }),
        indicator('DK.3', {
          vi: 'Tỷ lệ số xã trên địa bàn đạt chuẩn nông thôn mới kiểu mẫu',
          en: 'Share of the communes of the district that meet the model NTM standard',
          input: input.children({ vi: 'xã (NTM kiểu mẫu)', en: 'communes (model NTM)' }),
          rule: shareOfChildren(notKnown(chuaXacMinh('chỉ được nêu là "có thể ≥ 10%"', 'only reported as "possibly ≥ 10%"'))),
          source: row('DK.3', { provenance: 'unverified', note: 'A kiểu mẫu share is reported as possible; neither the clause nor its level is confirmed.' }),
        }),
        indicator('DK.4', {
          vi: 'Tỷ lệ hài lòng của người dân trên địa bàn đối với kết quả xây dựng nông thôn mới của huyện đạt từ 90% trở lên',
          en: 'Share of residents satisfied with the district’s new-rural results is 90% or more',
          input: input.percent(),
          rule: atLeast(90),
          source: row('DK.4', { provenance: 'unverified', note: 'Commonly reported (as in Phụ lục I condition (4)), not confirmed.' }),
        }),
      ],
    ),
    criterion(
      1,
      {
        vi: 'Quy hoạch',
        en: 'Planning',
        group: 'TC',
        source: { item: '1', url: URLS.hcm2475, provenance: 'partial', note: 'Rows 1.1–1.2 of the QĐ 320 column are shown in an English translation of TP.HCM QĐ 2475/QĐ-UBND (2023).' },
      },
      [
        indicator('1.1', {
          vi:
            'Có quy hoạch xây dựng vùng huyện hoặc quy hoạch xây dựng vùng liên huyện được phê duyệt, trong đó có quy hoạch các khu ' +
            'chức năng dịch vụ hỗ trợ phát triển kinh tế nông thôn',
          en:
            'An approved district or inter-district construction plan, including functional areas for services supporting rural ' +
            'economic development',
          input: input.boolean(),
          rule: isTrue(),
          source: row('1.1', {
            provenance: 'partial',
            url: URLS.hcm2475,
            note:
              'Vietnamese wording reconstructed from the English translation of a provincial copy. The national column reads "UBND ' +
              'tỉnh quy định": the content of "Đạt" is set by the province; enter the result assessed under the provincial rule.',
          }),
        }),
        indicator('1.2', {
          vi: 'Có công trình hạ tầng kỹ thuật hoặc hạ tầng xã hội thiết yếu được đầu tư xây dựng theo quy hoạch được duyệt',
          en: 'Essential technical or social infrastructure works built under the approved plan',
          input: input.count({ unit: { vi: 'công trình', en: 'works' } }),
          rule: atLeast(notKnown(chuaXacMinh('mức của Phụ lục III chưa biết', 'the Phụ lục III level is not known'))),
          source: row('1.2', {
            provenance: 'partial',
            url: URLS.hcm2475,
            note: 'Row reported through the translation; Vietnamese wording reconstructed; its threshold is not given (Phụ lục I requires ≥ 01).',
          }),
        }),
      ],
    ),
    placeholderCriterion(2, 'Giao thông', 'Transport'),
    placeholderCriterion(3, 'Thủy lợi và phòng, chống thiên tai', 'Irrigation and natural-disaster prevention'),
    placeholderCriterion(4, 'Điện', 'Electricity'),
    placeholderCriterion(5, 'Y tế - Văn hóa - Giáo dục', 'Health, culture and education'),
    placeholderCriterion(6, 'Kinh tế', 'Economy'),
    placeholderCriterion(7, 'Môi trường', 'Environment'),
    placeholderCriterion(8, 'Chất lượng môi trường sống', 'Quality of the living environment'),
    criterion(
      9,
      {
        vi: 'An ninh, trật tự - Hành chính công',
        en: 'Security and order, public administration',
        group: 'TC',
        source: {
          item: '9',
          url: URLS.chiTieu94,
          provenance: 'partial',
          note: 'Criterion name as quoted with the QĐ 926/QĐ-TTg targets (Phụ lục I names its criterion 9 "Hệ thống chính trị - An ninh trật tự - Hành chính công").',
        },
      },
      [
        indicator('9.1', {
          vi: 'Chỉ tiêu 9.1 về an ninh, trật tự (nội dung chưa xác minh)',
          en: 'Indicator 9.1 on security and order (wording not verified)',
          input: input.boolean(),
          rule: isTrue(),
          source: row('9.1', {
            provenance: 'partial',
            url: URLS.chiTieu94,
            note: 'Code 9.1 of the nâng cao set verified (cited with the QĐ 926/QĐ-TTg security targets); wording and threshold "Đạt" not confirmed.',
          }),
        }),
        indicator('9.2', {
          vi: 'Chỉ tiêu 9.2 về hành chính công, chuyển đổi số (nội dung chưa xác minh)',
          en: 'Indicator 9.2 on public administration / digital government (wording not verified)',
          input: input.boolean(),
          rule: isTrue(),
          source: row('9.2', {
            provenance: 'partial',
            url: URLS.chiTieu95,
            note: 'A provincial digital-transformation plan targets "criterion 9.2" of the huyện NTM nâng cao set; wording and threshold not confirmed.',
          }),
        }),
        indicator('9', {
          vi: 'Đạt các chỉ tiêu còn lại của tiêu chí An ninh, trật tự - Hành chính công theo quy định (chỉ tiêu chưa xác minh)',
          en: 'Meets the remaining indicators of the security, order and public-administration criterion (indicators not verified)',
          input: input.boolean(),
          rule: isTrue(),
          source: row('9', {
            provenance: 'unverified',
            note:
              'Placeholder for any indicator of criterion 9 other than 9.1 and 9.2 (Phụ lục I has at least 9.1–9.6); without it the ' +
              'criterion could be met on two rows. Answer true if there are none or all are met under the official text.',
          }),
        }),
      ],
    ),
  ],
});
