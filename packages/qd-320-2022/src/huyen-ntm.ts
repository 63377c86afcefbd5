// Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025
// QĐ 320/QĐ-TTg (08/3/2022) of the Thủ tướng Chính phủ, Phụ lục I — AS ORIGINALLY ISSUED.
// The amendment by QĐ 211/QĐ-TTg (01/3/2024) is a separate package and is not applied here.
//
// The annex reads: "Huyện đạt chuẩn nông thôn mới … (1) Có 100% số xã … (2) Có ít nhất 10% số xã … nâng cao
// (3) Có 100% số thị trấn … đô thị văn minh (4) Tỷ lệ hài lòng … (5) Đạt các tiêu chí huyện nông thôn mới …, bao gồm:"
// followed by the table of 9 tiêu chí. This file encodes conditions (1)–(4) as the group "DK" (điều kiện), one row per
// condition, and condition (5) as the 9 criteria, numbered as the decree numbers them.
//
// Conditions (1)–(4) are a `condition` of the set (number 0, listed first as in the decree): they decide whether the
// district is met, but are not among the 9 tiêu chí — `summary.criteria.total` is 9 and `summary.conditions` counts
// the condition rows.
import { atLeast, condition, criterion, defineSet, indicator, input, isTrue, shareOfChildren, sourced } from '@tieuchi/core';
import { KET_THUC_CAP_HUYEN, QD_320_PL1, URLS, placeholderLabel, row, tieuChiPl1 } from './sources.js';

/** Number of the condition block that carries conditions (1)–(4). Not a tiêu chí of the decree: see the file header. */
export const DK = 0;

/** The conditions (1)–(4) of Phụ lục I: the district's communes and townships, and residents' satisfaction. */
const dieuKien = condition(
  DK,
  {
    vi: 'Điều kiện (1)–(4): xã, thị trấn trên địa bàn và mức độ hài lòng của người dân',
    en: 'Conditions (1)–(4): communes and townships of the district, residents’ satisfaction',
    group: 'DK',
    source: {
      item: '(1)–(4)',
      url: URLS.dieuKien,
      provenance: 'verified',
      note:
        'Conditions (1)–(4) quoted word for word from Phụ lục I (reference §4.4). Number 0 is this package’s: the decree gives ' +
        'the conditions no number of their own.',
    },
  },
  [
    indicator('DK.1', {
      vi:
        'Có 100% số xã trên địa bàn đạt chuẩn nông thôn mới (đáp ứng đầy đủ mức đạt chuẩn theo yêu cầu của Bộ tiêu chí quốc gia ' +
        'về xã nông thôn mới giai đoạn 2021 - 2025)',
      en: '100% of the communes of the district meet the new-rural (NTM) standard (the full 2021–2025 national xã NTM set)',
      input: input.children({ vi: 'xã', en: 'communes' }),
      rule: shareOfChildren(100),
      source: row('(1)', { provenance: 'verified', url: URLS.dieuKien }),
    }),
    indicator('DK.2', {
      vi:
        'Có ít nhất 10% số xã trên địa bàn đạt chuẩn nông thôn mới nâng cao (đáp ứng đầy đủ mức đạt chuẩn theo yêu cầu của Bộ tiêu ' +
        'chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025)',
      en: 'At least 10% of the communes of the district meet the advanced NTM standard (the full 2021–2025 national set)',
      input: input.children({ vi: 'xã (bộ tiêu chí NTM nâng cao)', en: 'communes (advanced NTM set)' }),
      rule: shareOfChildren(10),
      source: row('(2)', {
        provenance: 'verified',
        url: URLS.dieuKien,
        note: 'The share is of all communes of the district: list every commune, each with its status under the nâng cao set.',
      }),
    }),
    indicator('DK.3', {
      vi: 'Có 100% số thị trấn trên địa bàn đạt chuẩn đô thị văn minh',
      en: '100% of the townships of the district meet the civilised-urban (đô thị văn minh) standard',
      input: input.children({ vi: 'thị trấn (đô thị văn minh)', en: 'townships (civilised urban)' }),
      rule: shareOfChildren(100),
      // A district with no thị trấn has no township to meet: answer "n/a". The decree does not write "(nếu có)";
      // this is the package's reading of "100% of none" (the engine would otherwise leave an empty list unknown).
      applicability: 'ifPresent',
      source: row('(3)', {
        provenance: 'verified',
        url: URLS.dieuKien,
        note:
          'Wording verified. The standard is that of QĐ 04/2022/QĐ-TTg Phụ lục I. "n/a" for a district without thị trấn is this ' +
          'package’s reading (the decree does not write "nếu có").',
      }),
    }),
    indicator('DK.4a', {
      vi: 'Tỷ lệ hài lòng của người dân trên địa bàn đối với kết quả xây dựng nông thôn mới của huyện đạt từ 90% trở lên',
      en: 'Share of residents satisfied with the district’s new-rural results is 90% or more',
      input: input.percent(),
      rule: atLeast(90),
      source: row('(4)', { provenance: 'verified', url: URLS.dieuKien }),
    }),
    indicator('DK.4b', {
      vi:
        'Trong đó, tỷ lệ hài lòng của người dân ở từng xã đối với kết quả thực hiện từng nội dung xây dựng nông thôn mới đạt từ 80% ' +
        'trở lên (nhập tỷ lệ thấp nhất trong các xã và các nội dung)',
      en:
        'Of which, in each commune, the share of residents satisfied with each new-rural content is 80% or more (enter the ' +
        'lowest share over communes and contents)',
      input: input.percent(),
      rule: atLeast(80),
      source: row('(4)', {
        provenance: 'verified',
        url: URLS.dieuKien,
        note:
          'The parenthesis of condition (4), as its own row (the split into 4a/4b and the codes are this package’s). "Every ' +
          'commune, every content ≥ 80%" is read as "the lowest of them ≥ 80%".',
      }),
    }),
  ],
);

const giaoThong = criterion(2, { vi: 'Giao thông', en: 'Transport', group: 'TC', source: tieuChiPl1(2) }, [
  indicator('2.1', {
    vi: 'Hệ thống giao thông trên địa bàn huyện đảm bảo kết nối tới các xã và được bảo trì hàng năm',
    en: 'The district’s transport network connects to every commune and is maintained every year',
    input: input.boolean(),
    rule: isTrue(),
    source: row('2.1', {
      provenance: 'verified',
      url: URLS.qd932,
      note:
        'Code and wording as the Bộ GTVT guidance QĐ 932/QĐ-BGTVT (18/7/2022) names the row of the huyện NTM set. Assessed "Đạt" ' +
        'when 100% of communes have a car road to the district road and administrative centres all year round, 100% of district ' +
        'road surfaces are asphalted or concreted, and 100% of district roads are maintained every year. The special-district ' +
        'set of QĐ 211 (2024) numbers its transport rows differently; this package follows the 2022 guidance for the original PL I.',
    }),
  }),
  indicator('2.2', {
    vi: 'Tỷ lệ km đường huyện đạt chuẩn theo quy hoạch',
    en: 'Share of district-road kilometres built to the planned standard',
    input: input.percent(),
    rule: atLeast(
      sourced(100, {
        provenance: 'partial',
        url: URLS.qd932,
        note:
          'QĐ 932/QĐ-BGTVT assesses the row "Đạt" when 100% of district roads are built or upgraded to the planned grade, meet ' +
          'TCVN 4054:2005 and have permanent bridges and culverts. The threshold column of the decree itself has not been read.',
      }),
    ),
    source: row('2.2', { provenance: 'verified', url: URLS.qd932, note: 'Code and wording as named in QĐ 932/QĐ-BGTVT.' }),
  }),
  indicator('2.3', {
    vi: 'Chỉ tiêu 2.3 của tiêu chí Giao thông (nội dung chưa xác minh)',
    en: 'Indicator 2.3 of the transport criterion (content not verified)',
    input: input.boolean(),
    rule: isTrue(),
    source: row('2.3', {
      provenance: 'unverified',
      url: URLS.qd932b,
      note:
        'Placeholder: the code follows from 2.4 but QĐ 932/QĐ-BGTVT does not guide 2.3 and no source gives its wording. The other ' +
        'numbering (QĐ 211 special-district set) has district roads with trees along them (UBND tỉnh quy định) and inland waterways ' +
        '(nếu có). Enter the result assessed under the official row.',
    }),
  }),
  indicator('2.4', {
    vi: 'Bến xe khách tại trung tâm huyện (nếu có theo quy hoạch) đạt tiêu chuẩn loại IV trở lên',
    en: 'The coach station at the district centre (if the plan has one) is of class IV or higher',
    input: input.boolean(),
    rule: isTrue(),
    applicability: 'ifPresent',
    source: row('2.4', {
      provenance: 'verified',
      url: URLS.qd932,
      note:
        'Code and wording as named in QĐ 932/QĐ-BGTVT: "Đạt" when the station meets the class-4 criteria and is announced for ' +
        'operation under QCVN 45:2012/BGTVT. "n/a" when the plan has no station.',
    }),
  }),
]);

const thuyLoi = criterion(3, { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and natural-disaster prevention', group: 'TC', source: tieuChiPl1(3) }, [
  indicator('3.1', {
    vi: 'Chỉ tiêu 3.1 về thủy lợi (nội dung chưa xác minh)',
    en: 'Indicator 3.1 on irrigation (content not verified)',
    input: input.boolean(),
    rule: isTrue(),
    source: row('3.1', {
      provenance: 'unverified',
      url: URLS.irsd,
      note:
        'Placeholder with a known subject. Two readings are reported, neither confirmed: the district irrigation system works ' +
        'in step with the communes’ systems as planned; or the share of farmland actively irrigated and drained is ≥ 80% with ' +
        'the threshold set by UBND tỉnh. Enter the result assessed under the official row.',
    }),
  }),
  indicator('3.2', {
    vi: 'Đảm bảo yêu cầu chủ động về phòng chống thiên tai theo phương châm 4 tại chỗ',
    en: 'Natural-disaster prevention is ready on the "four on-the-spot" principle',
    input: input.boolean(),
    rule: isTrue(),
    source: row('3.2', {
      provenance: 'partial',
      url: URLS.qd211DacThu,
      note: 'Wording verified for row 3.2 of the QĐ 211 special-district set (from an English summary); reported for PL I. Threshold "Đạt".',
    }),
  }),
]);

const dien = criterion(4, { vi: 'Điện', en: 'Electricity', group: 'TC', source: tieuChiPl1(4) }, [
  indicator('4', {
    vi: 'Hệ thống điện liên xã đồng bộ với hệ thống điện các xã theo quy hoạch, đảm bảo yêu cầu kỹ thuật',
    en: 'The inter-commune power system matches the communes’ systems as planned and meets the technical requirements',
    input: input.boolean(),
    rule: isTrue(),
    source: row('4', {
      provenance: 'partial',
      url: URLS.qd211DacThu,
      note:
        'Reported wording (reference §3.4.1); the QĐ 211 special-district set has one electricity row "Hệ thống điện đồng bộ theo ' +
        'quy hoạch, đảm bảo yêu cầu kỹ thuật của hệ thống" — Đạt. Whether PL I has one row or several is not confirmed.',
    }),
  }),
]);

/** A criterion whose indicators are not known: one honest placeholder row stands for the whole criterion. */
function placeholderCriterion(n: number, vi: string, en: string, reported: string) {
  return criterion(n, { vi, en, group: 'TC', source: tieuChiPl1(n) }, [
    indicator(String(n), {
      ...placeholderLabel(vi, en.toLowerCase()),
      input: input.boolean(),
      rule: isTrue(),
      source: row(String(n), {
        provenance: 'unverified',
        url: URLS.irsd,
        note:
          `Placeholder for the whole criterion: its indicators and thresholds for 2021–2025 are not known. Reported content, ` +
          `not confirmed: ${reported}. Enter the result assessed under the official criterion.`,
      }),
    }),
  ]);
}

const chinhTri = criterion(
  9,
  { vi: 'Hệ thống chính trị - An ninh trật tự - Hành chính công', en: 'Political system, security and order, public administration', group: 'TC', source: tieuChiPl1(9) },
  [
    ...(['9.1', '9.2', '9.3'] as const).map((code) =>
      indicator(code, {
        vi: `Chỉ tiêu ${code} của tiêu chí Hệ thống chính trị - An ninh trật tự - Hành chính công (nội dung chưa xác minh)`,
        en: `Indicator ${code} of the political-system, security and public-administration criterion (content not verified)`,
        input: input.boolean(),
        rule: isTrue(),
        source: row(code, {
          provenance: 'unverified',
          url: URLS.irsd,
          note:
            'Placeholder: codes 9.1–9.6 exist; the content of 9.1–9.3 is not known. Reported topics of the criterion, not tied ' +
            'to codes: the district Party committee and government rated "hoàn thành tốt nhiệm vụ", security and order, public ' +
            'administration. Enter the result assessed under the official row.',
        }),
      }),
    ),
    indicator('9.4', {
      vi: 'Chỉ tiêu 9.4 về an ninh, trật tự (nội dung chưa xác minh)',
      en: 'Indicator 9.4 on security and order (wording not verified)',
      input: input.boolean(),
      rule: isTrue(),
      source: row('9.4', {
        provenance: 'partial',
        url: URLS.chiTieu94,
        note:
          'Code 9.4 verified (cited with the QĐ 926/QĐ-TTg targets on security and order in NTM building); wording and the ' +
          'threshold "Đạt" not confirmed.',
      }),
    }),
    indicator('9.5', {
      vi: 'Chỉ tiêu 9.5 về hành chính công, chuyển đổi số (nội dung chưa xác minh)',
      en: 'Indicator 9.5 on public administration / digital government (wording not verified)',
      input: input.boolean(),
      rule: isTrue(),
      source: row('9.5', {
        provenance: 'partial',
        url: URLS.chiTieu95,
        note: 'A provincial digital-transformation plan targets "criterion 9.5" of the huyện NTM set; wording and threshold not confirmed.',
      }),
    }),
    indicator('9.6', {
      vi: 'Huyện đạt chuẩn tiếp cận pháp luật',
      en: 'The district meets the access-to-law standard',
      input: input.boolean(),
      rule: isTrue(),
      source: row('9.6', {
        provenance: 'verified',
        url: URLS.qd1723,
        note: 'QĐ 1723/QĐ-BTP (15/8/2022) guides "tiêu chí 9.6 tại Phụ lục I của Quyết định số 320/QĐ-TTg", huyện đạt chuẩn tiếp cận pháp luật.',
      }),
    }),
  ],
);

/** Huyện nông thôn mới 2021–2025 (QĐ 320/QĐ-TTg, Phụ lục I), as issued on 08/3/2022. */
export const huyenNtm = defineSet({
  id: 'qd-320-2022/huyen-ntm',
  label: {
    vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025',
    en: 'National criteria for new-rural (NTM) districts, 2021–2025',
  },
  scope: 'huyen',
  tier: 'ntm',
  citation: QD_320_PL1,
  // From signing (the date in force is not confirmed). Until the last day of the district level: districts ended on
  // 01/7/2025 with two-level local government (design.md; see KET_THUC_CAP_HUYEN in ./sources.ts for the sources).
  validity: { from: '2022-03-08', until: KET_THUC_CAP_HUYEN.lastDay },
  groups: [
    { id: 'DK', label: { vi: 'Điều kiện (1)–(4)', en: 'Conditions (1)–(4)' } },
    { id: 'TC', label: { vi: 'Điều kiện (5): các tiêu chí huyện nông thôn mới', en: 'Condition (5): the district NTM criteria' } },
  ],
  criteria: [
    dieuKien,
    criterion(1, { vi: 'Quy hoạch', en: 'Planning', group: 'TC', source: tieuChiPl1(1) }, [
      indicator('1.1', {
        vi:
          'Có quy hoạch xây dựng vùng huyện được phê duyệt còn thời hạn hoặc được rà soát, điều chỉnh theo quy định, trong đó có ' +
          'quy hoạch khu chức năng dịch vụ hỗ trợ phát triển kinh tế nông thôn',
        en:
          'An approved district construction plan, still valid or reviewed and adjusted as required, including functional areas ' +
          'for services supporting the rural economy',
        input: input.boolean(),
        rule: isTrue(),
        source: row('1.1', { provenance: 'verified', url: URLS.irsd, note: 'Wording and threshold "Đạt" verified (2022 source, original wording).' }),
      }),
      indicator('1.2', {
        vi:
          'Có công trình hạ tầng kỹ thuật thiết yếu hoặc hạ tầng xã hội thiết yếu được đầu tư xây dựng theo quy hoạch xây dựng vùng ' +
          'huyện đã được phê duyệt',
        en: 'Essential technical or social infrastructure works built under the approved district construction plan',
        input: input.count({ unit: { vi: 'công trình', en: 'works' } }),
        rule: atLeast(1),
        source: row('1.2', { provenance: 'verified', url: URLS.irsd, note: 'Wording and threshold "≥ 01 công trình" verified.' }),
      }),
    ]),
    giaoThong,
    thuyLoi,
    dien,
    placeholderCriterion(
      5,
      'Y tế - Văn hóa - Giáo dục',
      'Health, culture and education',
      'district health centre to standard, a share of upper-secondary schools with standard facilities, district culture and sports centre, relics preserved',
    ),
    placeholderCriterion(
      6,
      'Kinh tế',
      'Economy',
      'industrial zones or clusters or craft villages, concentrated raw-material areas, OCOP centres or chains, cooperatives, markets and trade',
    ),
    placeholderCriterion(
      7,
      'Môi trường',
      'Environment',
      'solid-waste collection and treatment, share of household and non-hazardous solid waste treated, wastewater, production facilities meeting environmental rules',
    ),
    placeholderCriterion(
      8,
      'Chất lượng môi trường sống',
      'Quality of the living environment',
      'households using clean water from centralised systems, safe water supply, food safety, green space',
    ),
    chinhTri,
  ],
});
