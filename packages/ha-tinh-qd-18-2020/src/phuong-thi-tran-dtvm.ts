// Quy định tạm thời Bộ tiêu chí phường, thị trấn đạt chuẩn đô thị văn minh thực hiện trên địa bàn tỉnh Hà Tĩnh —
// QĐ 18/2020/QĐ-UBND (07/8/2020) of the UBND tỉnh Hà Tĩnh, Phụ lục.
//
// A provincial set of its own: when it was issued no national đô thị văn minh set existed (QĐ 04/2022/QĐ-TTg came into
// force on 15/04/2022), so it is not derived from one. 18 tiêu chí (count and names verified; numbering partial). The
// annex's tiểu tiêu chí are not known: each criterion is one row, the assessed result of the whole criterion.
import { criterion, defineSet, indicator, input, isTrue, type Label } from '@tieuchi/core';
import { QD_18_2020, tieuChi, URLS } from './sources.js';

/** The 18 criteria in the order of the published list (Văn phòng Điều phối NTM Hà Tĩnh, 10/8/2020). */
export const TEN_TIEU_CHI = [
  { vi: 'Quy hoạch, kiến trúc và quản lý quy hoạch', en: 'Planning, architecture and planning management' },
  { vi: 'Giao thông và hạ tầng kỹ thuật', en: 'Transport and technical infrastructure' },
  { vi: 'Điện', en: 'Electricity' },
  { vi: 'Thông tin và truyền thông', en: 'Information and communication' },
  { vi: 'Môi trường', en: 'Environment' },
  { vi: 'Nước sạch, vệ sinh an toàn thực phẩm', en: 'Clean water, food hygiene and safety' },
  { vi: 'Nhà ở', en: 'Housing' },
  { vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities' },
  { vi: 'Văn hóa', en: 'Culture' },
  { vi: 'Thực hiện nếp sống văn minh đô thị', en: 'Civilised urban way of life' },
  { vi: 'Công nghiệp, thương mại và dịch vụ', en: 'Industry, trade and services' },
  { vi: 'Trường học, giáo dục và đào tạo', en: 'Schools, education and training' },
  { vi: 'Thu nhập', en: 'Income' },
  { vi: 'Tỷ lệ hộ nghèo', en: 'Share of poor households' },
  { vi: 'Lao động có việc làm', en: 'Employed workers' },
  { vi: 'Y tế', en: 'Health' },
  { vi: 'Hệ thống chính trị và tiếp cận pháp luật', en: 'Political system and access to law' },
  { vi: 'Quốc phòng và an ninh', en: 'Defence and security' },
] as const satisfies readonly Label[];

/** Criterion n (1–18) as one row: the assessed result of the whole criterion on the annex. */
function tieuChiMotDong<const N extends number>(n: N, ten: Label) {
  const code = String(n) as `${N}`;
  return criterion(n, { ...ten, source: tieuChi(n) }, [
    indicator(code, {
      vi: `Tiêu chí ${n} "${ten.vi}" đạt theo Phụ lục QĐ 18/2020/QĐ-UBND (kết quả đánh giá cả tiêu chí)`,
      en: `Criterion ${n} "${ten.en}" met under the annex of QĐ 18/2020/QĐ-UBND (result of assessing the whole criterion)`,
      input: input.boolean(),
      rule: isTrue(),
      source: {
        item: code,
        url: URLS.soNongNghiep,
        provenance: 'partial',
        note:
          `Stands for every tiểu tiêu chí of criterion ${n}, which have not been read. Verified: the criterion’s name and that a ` +
          'phường/thị trấn must meet all 18 ("phải đạt 18 tiêu chí", Sở NN&PTNT Hà Tĩnh). Enter the result assessed under the ' +
          'annex and the provincial departments’ guidance. The code is the criterion number (partial, as the criterion).',
      },
    }),
  ]);
}

/** Phường, thị trấn đạt chuẩn đô thị văn minh, Hà Tĩnh, interim (QĐ 18/2020/QĐ-UBND). */
export const phuongThiTranDtvm = defineSet({
  id: 'ha-tinh-qd-18-2020/phuong-thi-tran-dtvm',
  label: {
    vi: 'Quy định tạm thời Bộ tiêu chí phường, thị trấn đạt chuẩn đô thị văn minh thực hiện trên địa bàn tỉnh Hà Tĩnh',
    en: 'Interim criteria for wards and townships as civilised urban areas, Hà Tĩnh province',
  },
  scope: 'phuong-thi-tran',
  tier: 'dtvm',
  province: 'ha-tinh',
  // Hà Tĩnh is in Bắc Trung Bộ; the set is for Hà Tĩnh's phường and thị trấn only.
  regions: ['BTB'],
  citation: QD_18_2020,
  // From the signing date (the date in force is not known; a provincial decision cannot apply before it is signed).
  // Until 14/04/2022, the day before QĐ 04/2022/QĐ-TTg came into force (verified, 15/04/2022): the package's choice, no
  // repealing instrument has been identified (README, "Validity").
  validity: { from: '2020-08-07', until: '2022-04-14' },
  criteria: [
    tieuChiMotDong(1, TEN_TIEU_CHI[0]),
    tieuChiMotDong(2, TEN_TIEU_CHI[1]),
    tieuChiMotDong(3, TEN_TIEU_CHI[2]),
    tieuChiMotDong(4, TEN_TIEU_CHI[3]),
    tieuChiMotDong(5, TEN_TIEU_CHI[4]),
    tieuChiMotDong(6, TEN_TIEU_CHI[5]),
    tieuChiMotDong(7, TEN_TIEU_CHI[6]),
    tieuChiMotDong(8, TEN_TIEU_CHI[7]),
    tieuChiMotDong(9, TEN_TIEU_CHI[8]),
    tieuChiMotDong(10, TEN_TIEU_CHI[9]),
    tieuChiMotDong(11, TEN_TIEU_CHI[10]),
    tieuChiMotDong(12, TEN_TIEU_CHI[11]),
    tieuChiMotDong(13, TEN_TIEU_CHI[12]),
    tieuChiMotDong(14, TEN_TIEU_CHI[13]),
    tieuChiMotDong(15, TEN_TIEU_CHI[14]),
    tieuChiMotDong(16, TEN_TIEU_CHI[15]),
    tieuChiMotDong(17, TEN_TIEU_CHI[16]),
    tieuChiMotDong(18, TEN_TIEU_CHI[17]),
  ],
});
