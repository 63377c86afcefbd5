// QĐ 318/QĐ-TTg, Phụ lục II (xã nông thôn mới nâng cao) — tiêu chí 10–13.
import { atLeast, atMost, byRegion, byYear, criterion, equals, indicator, input, notKnown } from '@tieuchi/core';
import { chuaXacMinhPl2, pl2, URLS_PL2 } from '../sources.js';
import { giuCho } from './giu-cho.js';
import { nguonTieuChi, TEN } from './ten-tieu-chi.js';

/** A nâng cao income level the reference gives only as "about 1.2 × the xã NTM level": not a number, so not known. */
const thuNhapChuaBiet = (nam: 2022 | 2025) =>
  notKnown(
    chuaXacMinhPl2(
      `mức thu nhập xã NTM nâng cao năm ${nam} chưa biết (chỉ được nêu là "khoảng 1,2 lần mức xã NTM")`,
      `the xã NTM nâng cao income level for ${nam} is not known (only reported as "about 1.2 × the xã NTM level")`,
    ),
  );

const vung = (v: ReturnType<typeof thuNhapChuaBiet>) => byRegion<number>({ TDMNPB: v, DBSH: v, BTB: v, DHNTB: v, TN: v, DNB: v, DBSCL: v });

/**
 * Income of a xã NTM nâng cao (row 10): levels for 2022 and 2025 by region, as in Phụ lục I (partial, reference §4.8);
 * none of the 14 levels is known. Years in between (2023, 2024) are unknown and years after 2025 use the 2025 level, the
 * same policy as Phụ lục I in this package (reference §4.8, G17). QĐ 319/QĐ-TTg (kiểu mẫu) reads this value tree.
 */
export const THU_NHAP_NANG_CAO = byYear<number>({ 2022: vung(thuNhapChuaBiet(2022)), 2025: vung(thuNhapChuaBiet(2025)) }, { between: 'unknown', after: 'last' });

export const tieuChi10Den13 = [
  criterion(10, { ...TEN[10], source: nguonTieuChi(10) }, [
    indicator('10', {
      vi: 'Thu nhập bình quân đầu người',
      en: 'Average income per person',
      input: input.number({ unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' }, min: 0 }),
      rule: atLeast(THU_NHAP_NANG_CAO),
      source: pl2('10', {
        provenance: 'partial',
        url: URLS_PL2.qd319,
        note:
          'Existence confirmed: QĐ 319/QĐ-TTg refers to "mức thu nhập bình quân đầu người áp dụng theo quy định đối với xã nông thôn ' +
          'mới nâng cao". Code, wording and the 2022/2025 structure are the reported form; no regional level is known ' +
          '("about 1.2 × the xã NTM level", unverified, is not a number). 2023–2024 are unknown (no level or policy stated for them).',
      }),
    }),
  ]),

  criterion(11, { ...TEN[11], source: nguonTieuChi(11) }, [
    indicator('11.1', {
      vi: 'Tỷ lệ nghèo đa chiều giai đoạn 2021 - 2025',
      en: 'Multidimensional poverty rate (2021–2025 standard)',
      input: input.percent(),
      rule: atMost(notKnown(chuaXacMinhPl2('mức trần chỉ được nêu là "thấp hơn mức xã NTM"', 'the ceilings are only reported as "lower than for xã NTM"'))),
      source: pl2('11.1', {
        provenance: 'unverified',
        note: 'Commonly reported content of the nâng cao set ("lower multidimensional-poverty ceilings"); code, wording and values not confirmed.',
      }),
    }),
    giuCho('11.2', 11),
    giuCho('11.3', 11),
    giuCho('11.4', 11),
  ]),

  criterion(12, { ...TEN[12], source: nguonTieuChi(12) }, [
    indicator('12.1', {
      vi: 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ',
      en: 'Share of employed workers trained with a degree or certificate',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinhPl2('chỉ được nêu là "có thể ≥ 30%"', 'only reported as "possibly ≥ 30%"'))),
      source: pl2('12.1', {
        provenance: 'unverified',
        note: 'Commonly reported content of the nâng cao set; code and wording not confirmed; "possibly ≥ 30%" is too vague to encode.',
      }),
    }),
    giuCho('12.2', 12),
    giuCho('12.3', 12),
    giuCho('12.4', 12),
  ]),

  criterion(13, { ...TEN[13], source: nguonTieuChi(13) }, [
    indicator('13.1', {
      vi: 'Số sản phẩm OCOP của xã được công nhận đạt từ 3 sao trở lên',
      en: "Number of the commune's OCOP products rated 3 stars or more",
      input: input.count({ unit: { vi: 'sản phẩm', en: 'products' } }),
      rule: atLeast(notKnown(chuaXacMinhPl2('số sản phẩm OCOP từ 3 sao yêu cầu chưa biết', 'the required number of 3-star-or-better OCOP products is not known'))),
      source: pl2('13.1', { provenance: 'unverified', note: 'Commonly reported content ("OCOP product(s) ≥ 3 stars"); code, wording and the required number not confirmed.' }),
    }),
    indicator('13.2', {
      vi: 'Xã có hợp tác xã hoạt động hiệu quả (nội dung cụ thể trong Phụ lục II chưa xác minh)',
      en: 'The commune has an effectively operating cooperative (its wording in Phụ lục II is not confirmed)',
      input: input.boolean(),
      rule: equals<boolean>(notKnown(chuaXacMinhPl2('nội dung và mức đạt chuẩn chưa biết', 'wording and threshold not known'))),
      source: pl2('13.2', { provenance: 'unverified', note: 'Commonly reported content ("effective cooperatives"); code, wording and threshold not confirmed.' }),
    }),
    indicator('13.3', {
      vi: 'Truy xuất nguồn gốc điện tử (số hóa) sản phẩm (nội dung cụ thể trong Phụ lục II chưa xác minh)',
      en: 'Digital (electronic) traceability of products (its wording in Phụ lục II is not confirmed)',
      input: input.boolean(),
      rule: equals<boolean>(notKnown(chuaXacMinhPl2('nội dung và mức đạt chuẩn chưa biết', 'wording and threshold not known'))),
      source: pl2('13.3', { provenance: 'unverified', note: 'Commonly reported content ("digital traceability"); code, wording and threshold not confirmed.' }),
    }),
    giuCho('13.4', 13),
    giuCho('13.5', 13),
  ]),
] as const;
