// Tiêu chí huyện nông thôn mới (2016–2020) — QĐ 558/QĐ-TTg (04/2016) of the Thủ tướng Chính phủ.
// Verified: the district needs 100% of its communes recognised NTM. The 9 criteria are the commonly reported list
// (unverified); their rows have not been read, so each is a placeholder, except criterion 5, whose content is known
// from the guidance TT 35/2016/TT-BNNPTNT.
import { atLeast, condition, criterion, defineSet, indicator, input, isTrue, shareOfChildren } from '@tieuchi/core';
import { QD_558, tieuChi, TT_35, URLS } from './sources.js';

/** A placeholder row standing for a whole criterion whose rows have not been read (code: the criterion number). */
function chuaXacMinh<const N extends number>(n: N, vi: string, en: string) {
  return criterion(n, { vi, en, group: 'TC', source: tieuChi(n) }, [
    indicator(`${n}` as `${N}`, {
      vi: `Đạt tiêu chí ${vi} (chỉ tiêu chưa xác minh)`,
      en: `Criterion "${en}" is met (indicators not verified)`,
      input: input.boolean(),
      rule: isTrue(),
      source: {
        item: `${n}`,
        provenance: 'unverified',
        note:
          'Placeholder: the rows of this criterion have not been read. Answer with the criterion as assessed by the ' +
          'competent authority; the verdict is flagged unverified.',
      },
    }),
  ] as const);
}

/**
 * A row of criterion 5 as TT 35/2016/TT-BNNPTNT guides it: verified as the guidance's content, 'partial' as a row of
 * QĐ 558 (the decision's own wording has not been read, and the guidance only takes effect on 08/02/2017).
 */
const tt35 = { ...TT_35, provenance: 'partial', note: `${TT_35.note} QĐ 558's own row wording has not been read; the row is applied from the start of the set.` } as const;

const noiDung5 = <const C extends string>(code: C, vi: string, en: string) =>
  indicator(code, { vi, en, input: input.boolean(), rule: isTrue(), source: { item: code, ...tt35 } });

/** Huyện nông thôn mới 2016–2020 (QĐ 558/QĐ-TTg). */
export const huyenNtm = defineSet({
  id: 'qd-558-2016/huyen-ntm',
  label: { vi: 'Tiêu chí huyện nông thôn mới giai đoạn 2016 - 2020', en: 'Criteria for new-rural (NTM) districts, 2016–2020' },
  scope: 'huyen',
  tier: 'ntm',
  citation: QD_558,
  // From the reported signing day (the effective date has not been read). The 2021–2025 district set, QĐ 320/QĐ-TTg,
  // is signed on 08/3/2022, so this set is taken to be in force until 07/3/2022.
  validity: { from: '2016-04-05', until: '2022-03-07' },
  groups: [
    { id: 'DK', label: { vi: 'Điều kiện: xã đạt chuẩn nông thôn mới', en: 'Condition: communes recognised NTM' } },
    { id: 'TC', label: { vi: '9 tiêu chí huyện nông thôn mới', en: 'The 9 district criteria' } },
  ],
  criteria: [
    // Not one of the 9 criteria: the recognition condition that every commune of the district is recognised NTM.
    // A condition (điều kiện) block, number 0 as in @tieuchi/qd-320-2022: it decides the status but is not counted
    // among the tiêu chí ("Đạt 1/1 điều kiện, 9/9 tiêu chí").
    condition(
      0,
      {
        vi: 'Điều kiện: có 100% số xã trong huyện đạt chuẩn nông thôn mới',
        en: 'Condition: 100% of the communes of the district are recognised NTM',
        group: 'DK',
        source: { item: 'DK', url: URLS.motTramPhanTram, provenance: 'verified', note: 'Verified (QĐND): 100% under QĐ 558; 75% was enough in 2010–2015.' },
      },
      [
        indicator('DK.1', {
          vi: 'Tỷ lệ xã trong huyện đạt chuẩn nông thôn mới',
          en: 'Share of the communes of the district recognised NTM',
          input: input.children({ vi: 'xã', en: 'commune' }),
          rule: shareOfChildren(100),
          source: {
            item: 'DK.1',
            url: URLS.motTramPhanTram,
            provenance: 'verified',
            note: 'Each commune\'s status is its result under the xã NTM set in force (QĐ 491/342 until 30/11/2016, QĐ 1980 from 01/12/2016).',
          },
        }),
      ],
    ),
    chuaXacMinh(1, 'Quy hoạch', 'Planning'),
    chuaXacMinh(2, 'Giao thông', 'Transport'),
    chuaXacMinh(3, 'Thủy lợi', 'Irrigation'),
    chuaXacMinh(4, 'Điện', 'Electricity'),
    criterion(
      5,
      {
        vi: 'Y tế - Văn hóa - Giáo dục',
        en: 'Health, culture and education',
        group: 'TC',
        source: { item: '5', ...TT_35, note: 'Name and content as guided by TT 35/2016/TT-BNNPTNT (Thư Ký Luật); the row wording of QĐ 558 itself has not been read.' },
      },
      [
        noiDung5('5a', 'Bệnh viện huyện đạt tiêu chuẩn bệnh viện hạng 3', 'The district hospital meets the grade-3 hospital standard'),
        noiDung5('5b', 'Trung tâm y tế huyện đạt chuẩn quốc gia', 'The district health centre meets the national standard'),
        noiDung5('5c', 'Trung tâm Văn hóa - Thể thao huyện đạt chuẩn', 'The district culture and sports centre meets the standard'),
        indicator('5d', {
          vi: 'Tỷ lệ trường trung học phổ thông đạt chuẩn quốc gia',
          en: 'Share of upper-secondary schools meeting the national standard',
          input: input.percent(),
          rule: atLeast(60),
          source: { item: '5d', ...tt35 },
        }),
      ],
    ),
    chuaXacMinh(6, 'Sản xuất', 'Production'),
    chuaXacMinh(7, 'Môi trường', 'Environment'),
    chuaXacMinh(8, 'An ninh, trật tự xã hội', 'Security and social order'),
    chuaXacMinh(9, 'Chỉ đạo xây dựng nông thôn mới', 'Steering of NTM building'),
  ],
});
