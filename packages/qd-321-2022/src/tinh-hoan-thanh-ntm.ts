// Quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025
// QĐ 321/QĐ-TTg (08/3/2022) of the Thủ tướng Chính phủ — AS ORIGINALLY ISSUED.
//
// The decision is a list of conditions, not a table of tiêu chí: each condition is encoded as one criterion with one
// row, numbered as the decision numbers it (1–5, verified). The sources are cut off after condition 5; the items known
// after it (partial, from a Hà Nội task split) are criterion 6, rows 6a–6c: their number and order are not known.
import { atLeast, criterion, defineSet, indicator, input, isTrue, shareOfChildren, sourced } from '@tieuchi/core';
import { QD_321, URLS, VERIFIED_1_5, dieuKien } from './sources.js';

/** Tỉnh / thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng NTM 2021–2025 (QĐ 321/QĐ-TTg). */
export const tinhHoanThanhNtm = defineSet({
  id: 'qd-321-2022/tinh-hoan-thanh-ntm',
  label: {
    vi: 'Quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025',
    en: 'Provinces and centrally run cities that have completed the new-rural (NTM) task, 2021–2025',
  },
  scope: 'tinh',
  tier: 'hoan-thanh',
  citation: QD_321,
  // From signing (the date in force is not confirmed) until QĐ 51/2025/QĐ-TTg Phụ lục III, the 2026–2030 successor,
  // takes effect on 15/02/2026. Conditions 1–3 read district-level units, which ended on 01/7/2025: evaluate those
  // from the districts' results as they stood on 30/6/2025.
  validity: { from: '2022-03-08', until: '2026-02-14' },
  criteria: [
    criterion(1, { vi: 'Huyện đạt chuẩn nông thôn mới', en: 'Districts meeting the NTM standard', source: dieuKien('1', { provenance: 'verified' }) }, [
      indicator('1', {
        vi:
          'Có 100% số huyện đạt chuẩn nông thôn mới giai đoạn 2021 - 2025 (huyện đã được công nhận giai đoạn 2010 - 2020 phải ' +
          'đáp ứng đầy đủ Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025)',
        en: '100% of the districts meet the 2021–2025 huyện NTM standard (districts recognised in 2010–2020 must meet the 2021–2025 set again)',
        input: input.children({ vi: 'huyện', en: 'districts' }),
        rule: shareOfChildren(100),
        source: dieuKien('1', { provenance: 'verified', note: VERIFIED_1_5 }),
      }),
    ]),
    criterion(
      2,
      {
        vi: 'Thị xã, thành phố thuộc tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới',
        en: 'District-level towns and provincial cities completing the NTM task',
        source: dieuKien('2', { provenance: 'verified' }),
      },
      [
        indicator('2', {
          vi:
            'Có 100% số thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025 ' +
            '(đơn vị đã được công nhận giai đoạn 2010 - 2020 phải đáp ứng đầy đủ quy định giai đoạn 2021 - 2025)',
          en: '100% of the district-level towns and provincial cities have completed the 2021–2025 NTM task (re-meet rule as for districts)',
          input: input.children({ vi: 'thị xã, thành phố thuộc tỉnh', en: 'district-level towns and provincial cities' }),
          rule: shareOfChildren(100),
          // A province or city with no thị xã / thành phố thuộc tỉnh answers "n/a" (the package's reading of "100% of none").
          applicability: 'ifPresent',
          source: dieuKien('2', {
            provenance: 'verified',
            note: `${VERIFIED_1_5} "n/a" for a province without thị xã / thành phố thuộc tỉnh is this package’s reading (the sources do not write "nếu có").`,
          }),
        }),
      ],
    ),
    criterion(3, { vi: 'Huyện đạt chuẩn nông thôn mới nâng cao', en: 'Districts meeting the advanced NTM standard', source: dieuKien('3', { provenance: 'verified' }) }, [
      indicator('3', {
        vi: 'Có ít nhất 20% số huyện đạt chuẩn nông thôn mới nâng cao giai đoạn 2021 - 2025',
        en: 'At least 20% of the districts meet the 2021–2025 advanced huyện NTM standard',
        input: input.children({ vi: 'huyện (NTM nâng cao)', en: 'districts (advanced NTM)' }),
        rule: shareOfChildren(20),
        source: dieuKien('3', { provenance: 'verified', url: URLS.traVinh, note: `${VERIFIED_1_5} The share is of all huyện of the province.` }),
      }),
    ]),
    criterion(4, { vi: 'Xã đạt chuẩn nông thôn mới nâng cao', en: 'Communes meeting the advanced NTM standard', source: dieuKien('4', { provenance: 'verified' }) }, [
      indicator('4', {
        vi: 'Có ít nhất 40% số xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2021 - 2025',
        en: 'At least 40% of the communes meet the 2021–2025 advanced xã NTM standard',
        input: input.children({ vi: 'xã (NTM nâng cao)', en: 'communes (advanced NTM)' }),
        rule: shareOfChildren(40),
        source: dieuKien('4', { provenance: 'verified', url: URLS.baoHaTinh, note: `${VERIFIED_1_5} The share is of all xã of the province.` }),
      }),
    ]),
    criterion(5, { vi: 'Đề án xây dựng nông thôn mới toàn tỉnh', en: 'Province-wide NTM scheme', source: dieuKien('5', { provenance: 'verified' }) }, [
      indicator('5', {
        vi: 'Có Đề án xây dựng nông thôn mới toàn tỉnh giai đoạn 2021 - 2025 được Hội đồng nhân dân tỉnh thông qua',
        en: 'A province-wide NTM scheme for 2021–2025 adopted by the provincial People’s Council',
        input: input.boolean(),
        rule: isTrue(),
        source: dieuKien('5', { provenance: 'verified', url: URLS.quangBinh, note: VERIFIED_1_5 }),
      }),
    ]),
    criterion(
      6,
      {
        vi: 'Các điều kiện sau điều kiện 5 (số thứ tự chưa xác minh)',
        en: 'The conditions after condition 5 (numbering not verified)',
        source: {
          item: '6+',
          url: URLS.haNoi,
          provenance: 'partial',
          note:
            'The sources of conditions 1–5 are cut off after 5. A Hà Nội task split of QĐ 321 lists these three items; their ' +
            'numbers, order and grouping (here one criterion, rows 6a–6c) are this package’s, and the list may be incomplete.',
        },
      },
      [
        indicator('6a', {
          vi: 'Đất cây xanh sử dụng công cộng (m²/người)',
          en: 'Public green space (m² per person)',
          input: input.number({ unit: { vi: 'm²/người', en: 'm² per person' }, min: 0 }),
          rule: atLeast(sourced(4, { provenance: 'partial', url: URLS.haNoi, note: '≥ 4 m²/người, as listed in the Hà Nội task split.' })),
          source: dieuKien('6a', { provenance: 'partial', url: URLS.haNoi }),
        }),
        indicator('6b', {
          vi: 'Tỷ lệ km đường huyện, đường tỉnh, quốc lộ được trồng cây xanh dọc tuyến',
          en: 'Share of district-road, provincial-road and national-highway kilometres with trees planted along them',
          input: input.percent(),
          rule: atLeast(sourced(70, { provenance: 'partial', url: URLS.haNoi, note: '≥ 70%, as listed in the Hà Nội task split.' })),
          source: dieuKien('6b', { provenance: 'partial', url: URLS.haNoi }),
        }),
        indicator('6c', {
          vi: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh',
          en: 'Satisfaction index of public administrative services (SIPAS) of the province',
          input: input.percent(),
          rule: atLeast(sourced(90, { provenance: 'partial', url: URLS.haNoi, note: '≥ 90%, as listed in the Hà Nội task split.' })),
          source: dieuKien('6c', { provenance: 'partial', url: URLS.haNoi }),
        }),
      ],
    ),
  ],
});
