// QĐ 318/QĐ-TTg, Phụ lục I — IV. VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG (tiêu chí 14–17)
import { atLeast, atMost, byRegion, criterion, custom, indicator, input, isTrue, notKnown, sourced } from '@tieuchi/core';
import { chuaXacMinh, pl1, tieuChi, URLS } from '../sources.js';

/** A value of the criterion-15 table reproduced by the thuvienphapluat legal Q&A (the 7 numbers of 15.3, 2 of 15.4). */
const bang15 = (value: number) =>
  sourced(value, { provenance: 'verified', url: URLS.bang15, note: 'Number as printed in the criterion-15 table reproduced by the thuvienphapluat legal Q&A (2022).' });

/** 15.4 beyond TDMNPB and ĐBSH: the reproduced table is cut off. */
const bang15BiCat = notKnown(chuaXacMinh('bảng tiêu chí 15 được trích dẫn bị cắt sau vùng ĐBSH', 'the reproduced criterion-15 table is cut off after ĐBSH'));

/** 14.2 outside TDMNPB: only "possibly ≥ 85%" is reported. */
const ngoaiTdmnpb142 = notKnown(chuaXacMinh('các vùng ngoài TDMNPB chỉ được nêu là "có thể ≥ 85%"', 'regions other than TDMNPB only reported as "possibly ≥ 85%"'));

/** Inputs of 14.1: the commune's attainment of universal education and literacy. */
const phoCapGiaoDuc = input.fields({
  /** Tỷ lệ trẻ em 6 tuổi vào lớp 1 (%). */
  tyLeTre6TuoiVaoLop1: input.percent(),
  /** Đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi. */
  pcgdMamNon5Tuoi: input.boolean(),
  /** Mức độ đạt chuẩn phổ cập giáo dục tiểu học (0 = chưa đạt, 1–3). */
  pcgdTieuHoc: input.count({ max: 3 }),
  /** Mức độ đạt chuẩn phổ cập giáo dục THCS (0 = chưa đạt, 1–3). */
  pcgdThcs: input.count({ max: 3 }),
  /** Mức độ đạt chuẩn xóa mù chữ (0 = chưa đạt, 1–2). */
  xoaMuChu: input.count({ max: 2 }),
});

interface PhoCapGiaoDuc {
  readonly tyLeTre6TuoiVaoLop1?: number | null;
  readonly pcgdMamNon5Tuoi?: boolean | null;
  readonly pcgdTieuHoc?: number | null;
  readonly pcgdThcs?: number | null;
  readonly xoaMuChu?: number | null;
}

export const nhomIV = [
  criterion(14, { vi: 'Giáo dục và Đào tạo', en: 'Education and training', group: 'IV', source: tieuChi(14) }, [
    indicator('14.1', {
      vi: 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục trung học cơ sở; xóa mù chữ',
      en: 'Universal pre-school education for 5-year-olds; universal primary and lower-secondary education; literacy',
      input: phoCapGiaoDuc,
      rule: custom({
        name: 'qd-318-2022/pho-cap-giao-duc',
        description: {
          vi:
            'Tỷ lệ trẻ em 6 tuổi vào lớp 1 ≥ 98%; đạt chuẩn PCGD mầm non cho trẻ em 5 tuổi; PCGD tiểu học mức độ 2; ' +
            'PCGD THCS mức độ 2; xóa mù chữ mức độ 2 (tất cả các vùng)',
          en:
            '≥ 98% of 6-year-olds enter grade 1; universal pre-school education for 5-year-olds attained; universal primary ' +
            'education level 2; universal lower-secondary education level 2; literacy level 2 (all regions)',
        },
        params: { tyLeVaoLop1: 98, mucDoTieuHoc: 2, mucDoThcs: 2, mucDoXoaMuChu: 2 },
        test: (v: PhoCapGiaoDuc, p) => {
          const { tyLeTre6TuoiVaoLop1, pcgdMamNon5Tuoi, pcgdTieuHoc, pcgdThcs, xoaMuChu } = v;
          if (tyLeTre6TuoiVaoLop1 == null || pcgdMamNon5Tuoi == null || pcgdTieuHoc == null || pcgdThcs == null || xoaMuChu == null) return null;
          return (
            tyLeTre6TuoiVaoLop1 >= p.tyLeVaoLop1 &&
            pcgdMamNon5Tuoi &&
            pcgdTieuHoc >= p.mucDoTieuHoc &&
            pcgdThcs >= p.mucDoThcs &&
            xoaMuChu >= p.mucDoXoaMuChu
          );
        },
      }),
      source: pl1('14.1', { provenance: 'verified', url: URLS.qd1491, note: 'Wording and values (all 7 regions) verified (QĐ 1491/QĐ-BGDĐT, 06/6/2022).' }),
    }),
    indicator('14.2', {
      vi: 'Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)',
      en: 'Share of lower-secondary graduates who continue to upper-secondary, continuing-education or vocational-secondary school',
      input: input.percent(),
      rule: atLeast(
        byRegion({
          TDMNPB: 70,
          DBSH: ngoaiTdmnpb142,
          BTB: ngoaiTdmnpb142,
          DHNTB: ngoaiTdmnpb142,
          TN: ngoaiTdmnpb142,
          DNB: ngoaiTdmnpb142,
          DBSCL: ngoaiTdmnpb142,
        }),
      ),
      source: pl1('14.2', { provenance: 'unverified', note: 'Reported form; TDMNPB ≥ 70% commonly reported; other regions left unknown.' }),
    }),
    indicator('14.3', {
      vi: 'Tỷ lệ lao động có việc làm qua đào tạo',
      en: 'Share of employed workers who have been trained',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinh('vị trí, nội dung và mức chuẩn của chỉ tiêu 14.3 chưa được xác minh', 'the position, wording and threshold of 14.3 are not confirmed'))),
      source: pl1('14.3', {
        provenance: 'unverified',
        note:
          'Least certain row of the set. The reference lists "lao động có việc làm qua đào tạo" under 12 and, as 14.3 (its QĐ 1980 ' +
          'place), "if it is not in criterion 12". Only keeping 14.3 beside 12.1/12.2 (and 1.2) reaches the verified 57, so the row ' +
          'is kept with the reported wording; the official 14.3 may be a different indicator. Its threshold is unknown, so it never decides a verdict.',
      }),
    }),
  ]),

  criterion(15, { vi: 'Y tế', en: 'Health', group: 'IV', source: tieuChi(15) }, [
    indicator('15.1', {
      vi: 'Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ)',
      en: 'Share of residents covered by health insurance (to be met for both men and women)',
      input: input.percent(),
      rule: atLeast(
        byRegion({
          TDMNPB: notKnown(chuaXacMinh('TDMNPB chỉ được nêu là "có thể ≥ 90%"', 'TDMNPB only reported as "possibly ≥ 90%"')),
          DBSH: sourced(95, { provenance: 'unverified', note: 'Commonly reported ≥ 95%.' }),
          BTB: sourced(95, { provenance: 'unverified', note: 'Commonly reported ≥ 95%.' }),
          DHNTB: sourced(95, { provenance: 'unverified', note: 'Commonly reported ≥ 95%.' }),
          TN: sourced(95, { provenance: 'unverified', note: 'Commonly reported ≥ 95%.' }),
          DNB: sourced(95, { provenance: 'unverified', note: 'Commonly reported ≥ 95%.' }),
          DBSCL: sourced(95, { provenance: 'unverified', note: 'Commonly reported ≥ 95%.' }),
        }),
      ),
      source: pl1('15.1', { provenance: 'verified', url: URLS.tieuChi15, note: 'Wording verified (Sở Y tế Đắk Nông: criterion 15 "có 04 nội dung"); values unverified.' }),
    }),
    indicator('15.2', {
      vi: 'Xã đạt tiêu chí quốc gia về y tế',
      en: 'The commune meets the national health criteria',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('15.2', { provenance: 'unverified', url: URLS.tieuChi15, note: 'Wording verified (Sở Y tế Đắk Nông); the threshold "Đạt" is implied, not read.' }),
    }),
    indicator('15.3', {
      vi: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)',
      en: 'Share of children under 5 who are stunted (height for age)',
      input: input.percent(),
      rule: atMost(byRegion({ TDMNPB: bang15(24), DBSH: bang15(16.5), BTB: bang15(25), DHNTB: bang15(22), TN: bang15(26.5), DNB: bang15(14.5), DBSCL: bang15(19) })),
      source: pl1('15.3', {
        provenance: 'unverified',
        url: URLS.bang15,
        note:
          'Wording and the 7 regional numbers verified; the comparison sign is NOT. The reproduced table prints "≥", but a ' +
          'malnutrition rate is a ceiling in its legal sense, so the rule is encoded as "≤" and the row is flagged unverified.',
      }),
    }),
    indicator('15.4', {
      vi: 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử',
      en: 'Share of the population with an electronic health record book',
      input: input.percent(),
      rule: atLeast(byRegion({ TDMNPB: bang15(50), DBSH: bang15(70), BTB: bang15BiCat, DHNTB: bang15BiCat, TN: bang15BiCat, DNB: bang15BiCat, DBSCL: bang15BiCat })),
      source: pl1('15.4', { provenance: 'verified', url: URLS.bang15, note: 'Wording and the TDMNPB (≥ 50%) and ĐBSH (≥ 70%) values verified; the table is cut off after ĐBSH.' }),
    }),
  ]),

  criterion(16, { vi: 'Văn hóa', en: 'Culture', group: 'IV', source: tieuChi(16) }, [
    indicator('16', {
      vi: 'Tỷ lệ thôn, bản, ấp đạt tiêu chuẩn văn hóa theo quy định, có kế hoạch và thực hiện kế hoạch xây dựng nông thôn mới',
      en: 'Share of villages meeting the cultural standard, with a plan for new-rural development that is carried out',
      input: input.percent(),
      rule: atLeast(70),
      source: pl1('16', {
        provenance: 'unverified',
        url: URLS.hd1064,
        note:
          'Annex wording and ≥ 70% unverified. Guidance condition (Hướng dẫn 1064/HD-BVHTTDL, verified): at recognition there are ' +
          'no prominent domestic-violence cases and the commune has a domestic-violence prevention model.',
      }),
    }),
  ]),

  criterion(17, { vi: 'Môi trường và an toàn thực phẩm', en: 'Environment and food safety', group: 'IV', source: tieuChi(17) }, [
    indicator('17.1', {
      vi: 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn',
      en: 'Share of households using clean water meeting the technical regulation',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinh('mức theo vùng ("≥ X% hợp vệ sinh, ≥ Y% nước sạch") chưa biết', 'the regional levels ("≥ X% hygienic, ≥ Y% clean") are not known'))),
      source: pl1('17.1', {
        provenance: 'unverified',
        url: URLS.nuocTapTrung,
        note:
          'Reported form (nước sạch and/or nước hợp vệ sinh). A centralised-supply sub-share (xã NTM ≥ 15–20%) is attributed to ' +
          'the national set by Báo Thanh Hóa (partial; a range, not encoded). Measurement: Công văn 2251/BTNMT-KSONMT (09/4/2024).',
      }),
    }),
    indicator('17.2', {
      vi: 'Tỷ lệ cơ sở sản xuất, kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường',
      en: 'Share of production and business establishments, aquaculture facilities and craft villages complying with environmental rules',
      input: input.percent(),
      rule: atLeast(100),
      source: pl1('17.2', { provenance: 'unverified', note: 'Reported form; 100% commonly reported.' }),
    }),
    indicator('17.3', {
      vi: 'Cảnh quan, không gian xanh - sạch - đẹp, an toàn; không để xảy ra tồn đọng nước thải sinh hoạt tại các khu dân cư tập trung',
      en: 'Green, clean, beautiful and safe landscape; no stagnant domestic wastewater in concentrated residential areas',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('17.3', { provenance: 'unverified', note: 'Reported form; threshold "Đạt".' }),
    }),
    indicator('17.4', {
      vi: 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn',
      en: 'Public green space in rural residential areas',
      input: input.number({ unit: { vi: 'm²/người', en: 'm²/person' }, min: 0 }),
      rule: atLeast(2),
      source: pl1('17.4', { provenance: 'unverified', note: 'Reported form; ≥ 2 m²/người commonly reported.' }),
    }),
    indicator('17.5', {
      vi: 'Mai táng, hỏa táng phù hợp với quy định và theo quy hoạch',
      en: 'Burial and cremation comply with regulations and the plan',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('17.5', { provenance: 'unverified', note: 'Reported form; threshold "Đạt".' }),
    }),
    indicator('17.6', {
      vi: 'Chất thải rắn sinh hoạt và chất thải rắn không nguy hại trên địa bàn được thu gom, xử lý theo quy định',
      en: 'Domestic and non-hazardous solid waste is collected and treated as prescribed',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('17.6', { provenance: 'unverified', note: 'Reported form; the reference gives the threshold as "Đạt / %": encoded as "Đạt" (the row may be a share in the official text).' }),
    }),
    indicator('17.7', {
      vi: 'Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch',
      en: 'Share of households with hygienic latrines, bathrooms and water containers meeting the "3 clean" standard',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinh('chỉ biết là tỷ lệ theo vùng', 'only known to be a regional share'))),
      source: pl1('17.7', { provenance: 'unverified', note: 'Reported form; regional levels not known.' }),
    }),
    indicator('17.8', {
      vi: 'Tỷ lệ cơ sở chăn nuôi đảm bảo các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường',
      en: 'Share of livestock farms complying with veterinary-hygiene, husbandry and environmental rules',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinh('mức tỷ lệ chưa biết', 'the level is not known'))),
      source: pl1('17.8', { provenance: 'unverified', note: 'Reported form; level not known.' }),
    }),
    indicator('17.9', {
      vi: 'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm',
      en: 'Share of households and food businesses complying with food-safety rules',
      input: input.percent(),
      rule: atLeast(100),
      source: pl1('17.9', { provenance: 'unverified', note: 'Reported form; 100% commonly reported.' }),
    }),
    indicator('17.10', {
      vi: 'Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn',
      en: 'Share of households sorting solid waste at source',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinh('mức tỷ lệ chưa biết', 'the level is not known'))),
      source: pl1('17.10', { provenance: 'unverified', note: 'Reported form; level not known.' }),
    }),
    indicator('17.11', {
      vi: 'Tỷ lệ bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, xử lý đáp ứng yêu cầu về bảo vệ môi trường',
      en: 'Share of used pesticide packaging and medical solid waste collected and treated to environmental requirements',
      input: input.percent(),
      rule: atLeast(100),
      source: pl1('17.11', { provenance: 'unverified', note: 'Reported form; 100% commonly reported.' }),
    }),
  ]),
] as const;
