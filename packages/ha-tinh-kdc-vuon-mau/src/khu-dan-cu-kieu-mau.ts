// Bộ tiêu chí Khu dân cư nông thôn mới kiểu mẫu tỉnh Hà Tĩnh — interim ("ban hành tạm thời"), UBND tỉnh, 2014.
//
// Known (verified, Cẩm Xuyên 04/08/2014): the 10 criteria by name and order; one threshold — hedges of green plants, or
// other fences covered with plants, ≥ 70% — in criterion 3; and that every other content of the 19 NTM criteria that
// applies at village level must also be met (a condition of the set, not one of the 10). The items of each criterion
// ("nội dung cấu thành … các chỉ tiêu đạt và những tỷ lệ nhất định") were published as images and have not been read:
// each criterion is one row — the criterion as assessed — flagged unverified (criterion 3: the 70% row plus the rest).
import { atLeast, condition, criterion, defineSet, indicator, input, isTrue } from '@tieuchi/core';
import { giuChoKdc, QD_KDC_2014, tieuChiKdc, URLS } from './sources.js';

/** A criterion of the KDC set whose items have not been read: one row, the criterion as assessed. */
function tieuChiGiuCho<const N extends number>(n: N, vi: string, en: string) {
  return criterion(n, { vi, en, source: tieuChiKdc(n) }, [
    indicator(`${n}` as `${N}`, {
      vi: `Đạt tiêu chí "${vi}" theo các nội dung cấu thành (nội dung chưa xác minh)`,
      en: `Criterion "${en}" met on its items (items not verified)`,
      input: input.boolean(),
      rule: isTrue(),
      source: giuChoKdc(n, false),
    }),
  ]);
}

/** Khu dân cư nông thôn mới kiểu mẫu, Hà Tĩnh (interim, 2014): 10 tiêu chí and one condition. */
export const khuDanCuKieuMau = defineSet({
  id: 'ha-tinh-kdc-vuon-mau/khu-dan-cu-kieu-mau',
  label: {
    vi: 'Bộ tiêu chí Khu dân cư nông thôn mới kiểu mẫu tỉnh Hà Tĩnh (ban hành tạm thời, 2014)',
    en: 'Hà Tĩnh criteria for model new-rural residential areas (interim, 2014)',
  },
  scope: 'khu-dan-cu',
  tier: 'kieu-mau',
  province: 'ha-tinh',
  citation: QD_KDC_2014,
  // From the report of its signature; no end is known (a newer decision exists, number and date not known): the set is
  // left open — choose it explicitly for a given report (see README, "Gaps").
  validity: { from: '2014-08-04' },
  regions: ['BTB'],
  criteria: [
    condition(
      0,
      {
        vi: 'Điều kiện: các nội dung khác của Bộ tiêu chí quốc gia về nông thôn mới áp dụng tại thôn',
        en: 'Condition: the other contents of the national NTM criteria that apply at village level',
        source: { provenance: 'verified', url: URLS.camXuyen2014 },
      },
      [
        indicator('DK', {
          vi: 'Ngoài 10 tiêu chí, các nội dung khác theo 19 tiêu chí xây dựng nông thôn mới có áp dụng tại địa bàn thôn đều đạt chuẩn',
          en: 'Besides the 10 criteria, every other content of the 19 NTM criteria that applies within the village is met',
          input: input.boolean(),
          rule: isTrue(),
          source: {
            item: 'DK',
            provenance: 'verified',
            note: 'Quoted: "Ngoài 10 tiêu chí trên, các nội dung khác theo 19 tiêu chí xây dựng nông thôn mới có áp dụng tại địa bàn thôn đều phải đạt chuẩn" (Cẩm Xuyên, 04/08/2014). Which contents apply at village level is not listed.',
          },
        }),
      ],
    ),
    tieuChiGiuCho(1, 'Nhà ở và công trình phụ trợ', 'Housing and ancillary works'),
    tieuChiGiuCho(2, 'Vườn hộ và công trình chăn nuôi', 'Household gardens and livestock facilities'),
    criterion(3, { vi: 'Hàng rào', en: 'Fences', source: tieuChiKdc(3) }, [
      indicator('3a', {
        vi: 'Tỷ lệ hàng rào cây xanh hoặc hàng rào khác được phủ cây xanh',
        en: 'Share of hedges, or other fences covered with green plants',
        input: input.percent(),
        rule: atLeast(70),
        source: {
          item: '3a',
          provenance: 'verified',
          note: '"tỷ lệ hàng rào cây xanh hoặc hàng rào khác được phủ cây xanh phải đạt từ 70% trở lên" (Cẩm Xuyên, 04/08/2014). The item code "3a" is this package\'s.',
        },
      }),
      indicator('3', {
        vi: 'Đạt các nội dung còn lại của tiêu chí "Hàng rào" (nội dung chưa xác minh)',
        en: 'The other items of criterion "Fences" are met (items not verified)',
        input: input.boolean(),
        rule: isTrue(),
        source: giuChoKdc(3, true),
      }),
    ]),
    tieuChiGiuCho(4, 'Đường giao thông', 'Roads'),
    tieuChiGiuCho(5, 'Nhà văn hóa và khu thể thao thôn', 'Village cultural house and sports ground'),
    tieuChiGiuCho(6, 'Hệ thống điện', 'Electricity system'),
    tieuChiGiuCho(7, 'Văn hóa, giáo dục, y tế', 'Culture, education, health'),
    tieuChiGiuCho(8, 'Vệ sinh môi trường', 'Environmental sanitation'),
    tieuChiGiuCho(9, 'Hệ thống chính trị và an ninh trật tự xã hội', 'Political system, public order and social security'),
    tieuChiGiuCho(
      10,
      'Chấp hành pháp luật, quy ước, hương ước và các quy định khác của các tổ chức',
      'Compliance with the law, village conventions and other rules of organisations',
    ),
  ],
});
