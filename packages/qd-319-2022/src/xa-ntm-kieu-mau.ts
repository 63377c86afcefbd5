// Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025
// QĐ 319/QĐ-TTg (08/3/2022) of the Thủ tướng Chính phủ. Not an indicator table: four conditions, all verified.
//   1. Đạt chuẩn NTM nâng cao giai đoạn 2021 - 2025            → the prerequisite qd-318-2022/xa-ntm-nang-cao
//   2. Thu nhập ≥ 110% mức xã NTM nâng cao tại cùng thời điểm    → criterion 2, built from the nâng cao value tree
//   3. Ít nhất một mô hình thôn thông minh (UBND tỉnh quy định)  → criterion 3
//   4. Đạt tiêu chí kiểu mẫu ở ít nhất một lĩnh vực nổi trội      → criterion 4, criteria issued by UBND tỉnh (a province parameter)
import { atLeast, criterion, custom, defineSet, indicator, input, mergeCitation, provinceParameter } from '@tieuchi/core';
import { xaNtmNangCao } from '@tieuchi/qd-318-2022';
import { dieuKien, QD_319, URLS } from './sources.js';
import { mucThuNhapKieuMau } from './thu-nhap.js';

/** Row 10 (income) of QĐ 318/QĐ-TTg Phụ lục II, read from the published nâng cao set. */
const thuNhapNangCao = (() => {
  const tieuChi = xaNtmNangCao.criteria.find((c) => c.number === 10);
  const row = tieuChi?.indicators.find((i) => i.code === '10');
  if (!tieuChi || !row || row.rule.type !== 'atLeast') {
    throw new Error('@tieuchi/qd-319-2022: QĐ 318/QĐ-TTg Phụ lục II has no "at least" income row 10 to build the kiểu mẫu income bar from');
  }
  const citation = mergeCitation(mergeCitation(xaNtmNangCao.citation, tieuChi.source), row.source);
  return { value: row.rule.value, citation };
})();

/** Name of the province parameter of condition 4. */
export const LINH_VUC_NOI_TROI = 'linh-vuc-noi-troi.so-linh-vuc-co-tieu-chi';

/** The TDMNPB rule of QĐ 318 Điều 1 reaches the kiểu mẫu income bar through the nâng cao level it refers to. */
const QUA_DIEU_1 = {
  url: URLS.qd318,
  provenance: 'partial',
  note:
    'QĐ 318/QĐ-TTg Điều 1 (verified) holds these communes to the TDMNPB level "đạt chuẩn nông thôn mới nâng cao"; QĐ 319 measures ' +
    'income against "mức thu nhập … áp dụng theo quy định đối với xã nông thôn mới nâng cao", i.e. the level that applies to the ' +
    'commune. That the TDMNPB level therefore also sets their kiểu mẫu bar is this package\'s reading (partial).',
} as const;

/** Xã nông thôn mới kiểu mẫu 2021–2025 (QĐ 319/QĐ-TTg). */
export const xaNtmKieuMau = defineSet({
  id: 'qd-319-2022/xa-ntm-kieu-mau',
  label: {
    vi: 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025',
    en: 'Model new-rural (NTM kiểu mẫu) communes, 2021–2025',
  },
  scope: 'xa',
  tier: 'kieu-mau',
  citation: QD_319,
  // The effective date is not confirmed: from the signing date. Until the day before QĐ 51/2025/QĐ-TTg (2026–2030,
  // which has no kiểu mẫu tier) takes effect, like the QĐ 318 sets it builds on.
  validity: { from: '2022-03-08', until: '2026-02-14' },
  categories: {
    'xa-dac-biet-kho-khan': {
      label: { vi: 'Xã đặc biệt khó khăn', en: 'Commune with special difficulties' },
      useRegion: 'TDMNPB',
      source: QUA_DIEU_1,
    },
    'xa-an-toan-khu': {
      label: {
        vi: 'Xã an toàn khu thuộc huyện nghèo và huyện vừa thoát nghèo giai đoạn 2018 - 2020',
        en: 'Safe-zone (ATK) commune in a poor district or a district that escaped poverty in 2018–2020',
      },
      useRegion: 'TDMNPB',
      source: QUA_DIEU_1,
    },
  },
  prerequisites: [
    {
      set: 'qd-318-2022/xa-ntm-nang-cao',
      label: {
        vi: 'Điều kiện 1: đạt chuẩn nông thôn mới nâng cao giai đoạn 2021 - 2025 (QĐ 318/QĐ-TTg, Phụ lục II)',
        en: 'Condition 1: meets the xã NTM nâng cao 2021–2025 standard (QĐ 318/QĐ-TTg, Phụ lục II)',
      },
      source: dieuKien(1, {
        provenance: 'verified',
        note:
          '"Đạt chuẩn nông thôn mới nâng cao giai đoạn 2021-2025; đối với các xã đã được công nhận đạt chuẩn nông thôn mới nâng cao ' +
          'giai đoạn 2018-2020, phải … đáp ứng đầy đủ mức đạt chuẩn theo yêu cầu của Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao ' +
          'giai đoạn 2021-2025": a recognition under a 2018–2020 set does not satisfy it.',
      }),
    },
  ],
  criteria: [
    criterion(
      2,
      {
        vi: 'Thu nhập',
        en: 'Income',
        source: dieuKien(2, { provenance: 'verified', note: 'Condition 2 (verified): income ≥ 110% of the nâng cao level at the same time.' }),
      },
      [
        indicator('2', {
          vi:
            'Thu nhập bình quân đầu người của xã tại thời điểm xét, công nhận cao hơn từ 10% trở lên so với mức thu nhập bình quân ' +
            'đầu người áp dụng theo quy định đối với xã nông thôn mới nâng cao tại cùng thời điểm',
          en:
            "The commune's average income per person at the time of review is at least 10% above the average income per person " +
            'required of a xã NTM nâng cao at the same time',
          input: input.number({ unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' }, min: 0 }),
          rule: atLeast(mucThuNhapKieuMau(thuNhapNangCao.value, thuNhapNangCao.citation)),
          source: dieuKien(2, {
            provenance: 'verified',
            note:
              'The 110% rule is verified. The level it multiplies is row 10 of QĐ 318/QĐ-TTg Phụ lục II (from @tieuchi/qd-318-2022), ' +
              'with that row\'s provenance: while the nâng cao level is not known, this row is unknown too.',
          }),
        }),
      ],
    ),
    criterion(
      3,
      {
        vi: 'Mô hình thôn thông minh',
        en: 'Smart-village model',
        source: dieuKien(3, { provenance: 'verified', note: 'Condition 3 (verified): at least one smart-village model, details set by UBND cấp tỉnh.' }),
      },
      [
        indicator('3', {
          vi: 'Số mô hình thôn thông minh của xã (theo quy định cụ thể của UBND cấp tỉnh)',
          en: "Number of smart-village models in the commune (as the provincial People's Committee defines them)",
          input: input.count({ unit: { vi: 'mô hình', en: 'models' } }),
          rule: atLeast(1),
          source: dieuKien(3, {
            provenance: 'verified',
            note:
              '"Có ít nhất một mô hình thôn thông minh, do ủy ban nhân dân cấp tỉnh quy định cụ thể". Count only models that meet ' +
              'the provincial definition; a provincial package may add that definition as its own rows.',
          }),
        }),
      ],
    ),
    criterion(
      4,
      {
        vi: 'Lĩnh vực nổi trội',
        en: 'Outstanding field',
        source: dieuKien(4, { provenance: 'verified', note: 'Condition 4 (verified): kiểu mẫu criteria met in at least one outstanding field, issued by UBND cấp tỉnh.' }),
      },
      [
        indicator('4', {
          vi:
            'Số lĩnh vực nổi trội (sản xuất, giáo dục, văn hóa, du lịch, cảnh quan môi trường, an ninh trật tự, chuyển đổi số…) ' +
            'mang giá trị đặc trưng của địa phương mà xã đạt tiêu chí xã nông thôn mới kiểu mẫu do UBND cấp tỉnh ban hành',
          en:
            'Number of outstanding fields (production, education, culture, tourism, landscape and environment, security and order, ' +
            'digital transformation…) of local value in which the commune meets the kiểu mẫu criteria issued by the province',
          input: input.count({ unit: { vi: 'lĩnh vực', en: 'fields' } }),
          rule: custom({
            name: 'qd-319-2022/linh-vuc-noi-troi',
            description: {
              vi: 'Đạt tiêu chí xã NTM kiểu mẫu theo ít nhất một lĩnh vực nổi trội, theo tiêu chí từng lĩnh vực do UBND cấp tỉnh ban hành',
              en: "Meets the kiểu mẫu criteria in at least one outstanding field, under each field's criteria issued by the province",
            },
            params: {
              /** "ít nhất một" (verified). */
              toiThieu: 1,
              /** How many outstanding fields the province has issued kiểu mẫu criteria for: supplied by the provincial package. */
              soLinhVucCoTieuChi: provinceParameter(LINH_VUC_NOI_TROI, {
                vi: 'Số lĩnh vực nổi trội đã được UBND cấp tỉnh ban hành tiêu chí xã NTM kiểu mẫu',
                en: 'Number of outstanding fields for which the province has issued kiểu mẫu criteria',
              }),
            },
            test: (soLinhVucDat: number, p) => {
              // More fields met than the province has criteria for: the data cannot be right.
              if (soLinhVucDat > p.soLinhVucCoTieuChi) return null;
              return soLinhVucDat >= p.toiThieu;
            },
          }),
          source: dieuKien(4, {
            provenance: 'verified',
            note:
              '"Đạt tiêu chí quy định xã nông thôn mới kiểu mẫu theo ít nhất một trong các lĩnh vực nổi trội nhất … mang giá trị đặc ' +
              'trưng của địa phương, do ủy ban nhân dân cấp tỉnh ban hành". The field criteria are provincial: without a provincial ' +
              `package supplying "${LINH_VUC_NOI_TROI}" this row is unknown.`,
          }),
        }),
      ],
    ),
  ],
});
