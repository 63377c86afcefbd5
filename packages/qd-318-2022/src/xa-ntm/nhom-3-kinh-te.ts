// QĐ 318/QĐ-TTg, Phụ lục I — III. KINH TẾ VÀ TỔ CHỨC SẢN XUẤT (tiêu chí 10–13)
import { atLeast, atMost, byRegion, byYear, criterion, indicator, input, isTrue, notKnown, sourced } from '@tieuchi/core';
import { chuaXacMinh, pl1, tieuChi, URLS } from '../sources.js';

/** A 2022 income level commonly reported for a region but not read in the annex. */
const thuNhap2022 = (value: number) => sourced(value, { provenance: 'unverified', note: 'Commonly reported 2022 level; not read in the annex.' });

/** No 2025 income level has been confirmed for any region (the reference gives only "TDMNPB about 48", others "about 20–25% above 2022"). */
const thuNhap2025 = notKnown(
  chuaXacMinh(
    'mức thu nhập năm 2025 chưa biết (chỉ có ước lượng "khoảng 48" cho TDMNPB và "cao hơn 2022 khoảng 20–25%" cho các vùng khác)',
    'the 2025 income level is not known (only "about 48" for TDMNPB and "about 20–25% above 2022" elsewhere are reported)',
  ),
);

export const nhomIII = [
  criterion(10, { vi: 'Thu nhập', en: 'Income', group: 'III', source: tieuChi(10) }, [
    indicator('10', {
      vi: 'Thu nhập bình quân đầu người khu vực nông thôn',
      en: 'Average income per person in rural areas',
      input: input.number({ unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' }, min: 0 }),
      // Years in between (2023, 2024): the decree lists only 2022 and 2025 and no instrument found sets a policy for the
      // years in between (reference §4.8, G17: "intermediateYearPolicy supplied by the province; otherwise unknown").
      // So 2023 and 2024 are 'unknown': carrying the 2022 level forward would apply, in 2023–2024, a level the law does
      // not state for those years (the income bar rises towards 2025), and could call a commune "đạt" on it. A provincial
      // package that sets yearly levels, or adopts a policy citing its instrument, overrides this. After 2025 (until
      // 14/02/2026): the 2025 level (not known either).
      rule: atLeast(
        byYear(
          {
            2022: byRegion({
              TDMNPB: sourced(39, {
                provenance: 'partial',
                url: URLS.binhPhuoc,
                note: 'Bình Phước QĐ 1360/QĐ-UBND: ≥ 39 for xã đặc biệt khó khăn, which Điều 1 holds to the TDMNPB column.',
              }),
              DBSH: thuNhap2022(55),
              BTB: thuNhap2022(45),
              DHNTB: thuNhap2022(45),
              TN: thuNhap2022(45),
              DNB: sourced(59, {
                provenance: 'partial',
                url: URLS.binhPhuoc,
                note: 'Bình Phước (ĐNB) QĐ 1360/QĐ-UBND: ≥ 59 for its other communes (the page is truncated after "59").',
              }),
              DBSCL: thuNhap2022(53),
            }),
            2025: byRegion({ TDMNPB: thuNhap2025, DBSH: thuNhap2025, BTB: thuNhap2025, DHNTB: thuNhap2025, TN: thuNhap2025, DNB: thuNhap2025, DBSCL: thuNhap2025 }),
          },
          { between: 'unknown', after: 'last' },
        ),
      ),
      source: pl1('10', {
        provenance: 'partial',
        url: URLS.binhPhuoc,
        note:
          'The row and its year-dependence (levels for 2022 and 2025) are confirmed by the Bình Phước copy; the Vietnamese ' +
          'wording is the reported form. Years 2023–2024 are unknown: no instrument read states their level or a policy for them (reference §4.8, G17).',
      }),
    }),
  ]),

  criterion(11, { vi: 'Nghèo đa chiều', en: 'Multidimensional poverty', group: 'III', source: tieuChi(11) }, [
    indicator('11', {
      vi: 'Tỷ lệ nghèo đa chiều giai đoạn 2021 - 2025',
      en: 'Multidimensional poverty rate (2021–2025 standard)',
      input: input.percent(),
      rule: atMost(
        notKnown(chuaXacMinh('mức trần theo vùng chỉ được nêu là "một chữ số thấp" (ví dụ TDMNPB ≤ 6%, ĐBSH và ĐNB ≤ 1–2%)', 'regional ceilings only reported as "low single digits" (e.g. TDMNPB ≤ 6%, ĐBSH and ĐNB ≤ 1–2%)')),
      ),
      source: pl1('11', {
        provenance: 'unverified',
        note: 'Reported form. Poverty is measured by the 2021–2025 multidimensional standard (NĐ 07/2021/NĐ-CP, partial: cited by QĐ 757/QĐ-LĐTBXH).',
      }),
    }),
  ]),

  criterion(12, { vi: 'Lao động', en: 'Labour', group: 'III', source: tieuChi(12) }, [
    indicator('12.1', {
      vi: 'Tỷ lệ lao động có việc làm qua đào tạo',
      en: 'Share of employed workers who have been trained',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinh('chỉ được nêu khoảng "≥ 65–80% tùy vùng"', 'only reported as "≥ 65–80% by region"'))),
      source: pl1('12.1', {
        provenance: 'unverified',
        note:
          'Criterion 12 is split into 12.1 and 12.2 (the reference: "possibly also 12.2 … có bằng cấp, chứng chỉ") because only ' +
          'that reading, with 1.2 and 14.3 kept, reaches the verified 57. Code and wording unverified.',
      }),
    }),
    indicator('12.2', {
      vi: 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ',
      en: 'Share of employed workers trained with a degree or certificate',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinh('chỉ được nêu khoảng "≥ 20–25%"', 'only reported as "about ≥ 20–25%"'))),
      source: pl1('12.2', { provenance: 'unverified', note: 'Row marked "may be merged" in the reference; kept separate to reach 57 (see 12.1).' }),
    }),
  ]),

  criterion(13, { vi: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', en: 'Organisation of production and rural economic development', group: 'III', source: tieuChi(13) }, [
    indicator('13.1', {
      vi: 'Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã',
      en: 'The commune has a cooperative operating effectively and in line with the Law on Cooperatives',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('13.1', {
        provenance: 'unverified',
        url: URLS.tieuChi13,
        note: 'Wording partial (news paraphrase: "hợp tác xã hoạt động hiệu quả"; the Luật Hợp tác xã clause unverified); "Đạt" unverified.',
      }),
    }),
    indicator('13.2', {
      vi: 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững',
      en: 'The commune has a sustainable production linkage model tied to the sale of its key farm products',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('13.2', { provenance: 'unverified', url: URLS.tieuChi13, note: 'Wording partial (news paraphrase); "Đạt" unverified.' }),
    }),
    indicator('13.3', {
      vi: 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương',
      en: "Traceability of the commune's key products, tied to raw-material areas certified VietGAP or equivalent",
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('13.3', { provenance: 'unverified', url: URLS.tieuChi13, note: 'Wording partial (news paraphrase; new compared with 2016–2020); "Đạt" unverified.' }),
    }),
    indicator('13.4', {
      vi: 'Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống (nếu có)',
      en: 'A plan to preserve and promote traditional crafts is adopted and carried out (if any)',
      input: input.boolean(),
      rule: isTrue(),
      applicability: 'ifPresent',
      source: pl1('13.4', {
        provenance: 'unverified',
        note: '"(nếu có)": a commune without traditional crafts answers "n/a" and the row counts as met (it stays in the 57 denominator).',
      }),
    }),
    indicator('13.5', {
      vi: 'Có tổ khuyến nông cộng đồng hoạt động hiệu quả',
      en: 'A community agricultural-extension team operates effectively',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('13.5', { provenance: 'unverified', note: 'Reported form; threshold "Đạt".' }),
    }),
  ]),
] as const;
