// Bộ tiêu chí huyện nông thôn mới đặc thù, không có đơn vị hành chính cấp xã giai đoạn 2021 - 2025
// Added by QĐ 211/QĐ-TTg (01/3/2024), applicable from 01/3/2024 (reference §3.5, `QD211-DT`).
// Units covered (as of 03/2025): the 5 island districts without communes — Cồn Cỏ (Quảng Trị), Bạch Long Vĩ (Hải Phòng),
// Hoàng Sa (Đà Nẵng), Lý Sơn (Quảng Ngãi), Côn Đảo (Bà Rịa – Vũng Tàu).
//
// What is known: criteria 1–4 with their 8 indicators (1.1–4), and the name of criterion 5. The sources are cut off at
// row 5: its indicators, any criteria after it and the total are NOT known. Criterion 5 is therefore one placeholder row
// with a not-known threshold, so the set can never be "đạt" on what we know alone — which is the truth.
//
// Not encoded (no place for it in the engine): the set's condition (1) "tỷ lệ người dân hài lòng với kết quả xây dựng NTM
// của huyện đạt từ 90% trở lên" (verified, LawNet). See README "Gaps".
import { atLeast, criterion, defineSet, equals, indicator, input, isTrue, notKnown, provinceParameter, sourced } from '@tieuchi/core';
import { chuaCoNguon, QD_211, URLS } from './sources.js';

/** Content, code and threshold read in the LawNet English summary; the Vietnamese wording is a reconstruction (§3.5). */
const dong = (item: string, extra?: string) =>
  ({
    item,
    url: URLS.lawnetDacThu,
    provenance: 'partial',
    note:
      'Row, code and threshold stated by the LawNet English summary of QĐ 211 (reference §3.5: rows 1–4 verified); the ' +
      'Vietnamese wording is reconstructed from English, so the row is partial.' +
      (extra ? ` ${extra}` : ''),
  }) as const;

/** A threshold number printed in the LawNet table. */
const mucLawnet = (value: number, printed: string) =>
  sourced(value, { provenance: 'verified', url: URLS.lawnetDacThu, note: `Printed as "${printed}" in the LawNet table of the special-district set.` });

/** Criterion names and numbering: verified (reference §3.5). */
const tieuChi = (n: number) =>
  ({ item: String(n), url: URLS.lawnetDacThu, provenance: 'verified', note: 'Criterion number, name and order verified (reference §3.5).' }) as const;

/** Huyện NTM đặc thù không có đơn vị hành chính cấp xã (QĐ 211/QĐ-TTg), 01/3/2024 – 30/6/2025. */
export const huyenNtmDacThu = defineSet({
  id: 'qd-211-2024/huyen-ntm-dac-thu',
  label: {
    vi: 'Bộ tiêu chí huyện nông thôn mới đặc thù, không có đơn vị hành chính cấp xã giai đoạn 2021 - 2025',
    en: 'Criteria for special new-rural (NTM) districts without commune-level administrative units, 2021–2025',
  },
  scope: 'huyen-dac-thu',
  tier: 'ntm',
  citation: {
    ...QD_211,
    url: URLS.lawnetDacThu,
    note:
      'Added by QĐ 211/QĐ-TTg, applicable from 01/3/2024 (LawNet; reference §3.5). Criteria 1–4 and their 8 indicators are ' +
      'known; the sources stop at criterion 5 (Y tế - Văn hóa - Giáo dục), whose content, any later criteria and the total ' +
      'are not known. Condition (1), ≥ 90% of residents satisfied, is verified but not encoded (no criterion carries it).',
  },
  // From 01/3/2024 (QĐ 211). The district level of local government ended on 01/7/2025, so no district can be rated
  // after 30/6/2025; QĐ 51/2025/QĐ-TTg (2026–2030) has no district-level set (reference §3.8).
  validity: { from: '2024-03-01', until: '2025-06-30' },
  criteria: [
    criterion(1, { vi: 'Quy hoạch', en: 'Planning', source: tieuChi(1) }, [
      indicator('1.1', {
        vi:
          'Có quy hoạch xây dựng vùng huyện được phê duyệt còn thời hạn hoặc được rà soát, điều chỉnh theo quy định, trong đó có ' +
          'quy hoạch các khu chức năng dịch vụ hỗ trợ phát triển kinh tế nông thôn',
        en:
          'An approved district construction plan that is still valid or has been reviewed and adjusted as required, including ' +
          'functional service areas that support the rural economy',
        input: input.boolean(),
        rule: isTrue(),
        source: dong('1.1', 'Threshold "Đạt" (LawNet: "Completed").'),
      }),
      indicator('1.2', {
        vi: 'Có công trình hạ tầng kỹ thuật hoặc hạ tầng xã hội thiết yếu được đầu tư xây dựng theo quy hoạch xây dựng vùng huyện được duyệt',
        en: 'Essential technical or social infrastructure works built according to the approved district construction plan',
        input: input.count({ unit: { vi: 'công trình', en: 'works' } }),
        rule: atLeast(mucLawnet(1, '≥01 projects')),
        source: dong('1.2'),
      }),
    ]),
    criterion(2, { vi: 'Giao thông', en: 'Transport', source: tieuChi(2) }, [
      indicator('2.1', {
        vi: 'Tỷ lệ km đường huyện đạt chuẩn theo quy hoạch, được bảo trì hằng năm',
        en: 'Share of district-road kilometres that meet the planned standard and are maintained every year',
        input: input.percent(),
        rule: atLeast(mucLawnet(100, '100%')),
        source: dong('2.1'),
      }),
      indicator('2.2', {
        vi: 'Tỷ lệ km đường huyện được trồng cây xanh dọc tuyến',
        en: 'Share of district-road kilometres planted with trees along the route',
        input: input.percent(),
        rule: atLeast(
          provinceParameter('huyen-dac-thu.2.2', {
            vi: 'Tỷ lệ km đường huyện được trồng cây xanh dọc tuyến (UBND tỉnh quy định)',
            en: 'Share of district-road kilometres planted with trees (set by the provincial People’s Committee)',
          }),
        ),
        source: dong('2.2', 'Threshold "UBND tỉnh quy định" (LawNet: "The Provincial People\'s Committee shall prescribe specifically"): a provincial parameter.'),
      }),
      indicator('2.3', {
        vi:
          'Đường thủy nội địa do địa phương quản lý (nếu có) được lắp đặt hệ thống báo hiệu; bến thủy nội địa phục vụ vận chuyển ' +
          'hành khách, hàng hóa do địa phương quản lý (nếu có) đảm bảo điều kiện an toàn và được cấp phép hoạt động',
        en:
          'Locally managed inland waterways (if any) have signalling installed; locally managed inland-waterway wharves for ' +
          'passengers and goods (if any) are safe and licensed',
        input: input.boolean(),
        rule: isTrue(),
        applicability: 'ifPresent',
        source: dong('2.3', 'Threshold "Đạt". "(nếu có)": a district without such waterways or wharves answers "n/a".'),
      }),
    ]),
    criterion(3, { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and natural-disaster prevention', source: tieuChi(3) }, [
      indicator('3.1', {
        vi: 'Tỷ lệ diện tích đất sản xuất nông nghiệp (nếu có) được tưới và tiêu nước chủ động ≥ 80%',
        en: 'Share of agricultural land (if any) with active irrigation and drainage ≥ 80%',
        input: input.percent(),
        // The row's wording says "≥ 80%" but its threshold column says "UBND tỉnh quy định" (reference §3.5, encoding note):
        // the threshold is the provincial parameter; "≥ 80%" stays in the wording only.
        rule: atLeast(
          provinceParameter('huyen-dac-thu.3.1', {
            vi: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động (UBND tỉnh quy định)',
            en: 'Share of agricultural land with active irrigation and drainage (set by the provincial People’s Committee)',
          }),
        ),
        applicability: 'ifPresent',
        source: dong('3.1', 'Threshold column "UBND tỉnh quy định": a provincial parameter; "≥ 80%" is kept in the wording, not as a threshold.'),
      }),
      indicator('3.2', {
        vi: 'Đảm bảo yêu cầu chủ động về phòng chống thiên tai theo phương châm 4 tại chỗ',
        en: 'Meets the requirements of proactive disaster prevention under the "four on-the-spot" motto',
        input: input.boolean(),
        rule: isTrue(),
        source: dong('3.2', 'Threshold "Đạt".'),
      }),
    ]),
    criterion(4, { vi: 'Điện', en: 'Electricity', source: tieuChi(4) }, [
      indicator('4', {
        vi: 'Hệ thống điện đồng bộ theo quy hoạch, đảm bảo yêu cầu kỹ thuật của hệ thống',
        en: 'A power system built as planned that meets the technical requirements of the grid',
        input: input.boolean(),
        rule: isTrue(),
        source: dong('4', 'Threshold "Đạt".'),
      }),
    ]),
    criterion(5, { vi: 'Y tế - Văn hóa - Giáo dục', en: 'Health, culture and education', source: tieuChi(5) }, [
      // PLACEHOLDER: the sources are cut off at criterion 5. Its indicators (number, codes, wording, thresholds) are not
      // known; this single row stands for all of them and can never be met or not met.
      indicator('5', {
        vi: 'Tiêu chí Y tế - Văn hóa - Giáo dục: nội dung chưa công bố trong nguồn đã đọc',
        en: 'Criterion Health, culture and education: content not published in the sources read',
        input: input.boolean(),
        rule: equals(notKnown(chuaCoNguon('nội dung và mức chuẩn của tiêu chí 5 (nguồn bị cắt sau tên tiêu chí)', 'the content and threshold of criterion 5 (the sources stop after its name)'))),
        source: {
          item: '5',
          url: URLS.lawnetDacThu,
          provenance: 'unverified',
          note:
            'Placeholder. Only the name of criterion 5 is known (reference §3.5); its indicators, any criteria after it and the ' +
            'total are not. The code "5" and the yes/no input are placeholders, not the law.',
        },
      }),
    ]),
  ],
});
