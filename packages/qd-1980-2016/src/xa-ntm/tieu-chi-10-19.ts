// QĐ 1980/QĐ-TTg (17/10/2016) — III. Kinh tế và tổ chức sản xuất (10–13), IV. Văn hóa - Xã hội - Môi trường (14–17),
// V. Hệ thống chính trị (18–19). Rows: the commonly reported list (reference §3.12, unverified unless marked).
import { atLeast, atMost, byRegion, byYear, criterion, custom, indicator, input, isTrue, notKnown, sourced } from '@tieuchi/core';
import { chuaXacMinh, dong, moiVung, tieuChi, URLS, vungChuaBiet } from '../sources.js';

const BAO_CAO = 'Reported form of the row (reference §3.12); wording and threshold not read in the annex.';

/** A 2020 income level (million VND/person/year), stated by region in Thư viện nhà đất's reading of the decision. */
const thuNhap2020 = (value: number) =>
  sourced(value, { url: URLS.income2020, provenance: 'verified', note: 'Level "đến năm 2020" for the region (Thư viện nhà đất).' });

/** The yearly levels before 2020 are not known (Bộ NN&PTNT guided them year by year; none has been read). */
const thuNhapNam = (nam: number) =>
  notKnown(
    chuaXacMinh(
      `mức thu nhập năm ${nam} (tăng dần hằng năm tới mức năm 2020) chưa được đọc`,
      `the ${nam} income level (rising each year to the 2020 level) has not been read`,
    ),
  );

/** Inputs of 17.1: the two shares the row reads. */
const nuocSinhHoat = input.fields({
  /** Share (%) of households using hygienic water. */
  hopVeSinh: input.percent(),
  /** Share (%) of households using clean water (nước sạch), part of the above. */
  nuocSach: input.percent(),
});

interface NuocSinhHoat {
  readonly hopVeSinh?: number | null;
  readonly nuocSach?: number | null;
}

export const tieuChi10Den13 = [
  criterion(10, { vi: 'Thu nhập', en: 'Income', group: 'III', source: tieuChi(10) }, [
    indicator('10', {
      vi: 'Thu nhập bình quân đầu người khu vực nông thôn',
      en: 'Average income per person in rural areas',
      input: input.number({ unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' }, min: 0 }),
      // Year policy. The decision states the level to reach by 2020 and the threshold rises each year to it (Báo Thanh
      // Hóa); the yearly levels 2016–2019 are not known, so those years are 'unknown' — never interpolated: the
      // Bộ NN&PTNT straight-line interim rule for 2016–2017 is a verified precedent, but its endpoints are not
      // supported (its ĐBSCL 2020 endpoint, 49, is not the decision's 50, and the 2015 levels are those of QĐ 342's
      // unread annex). After 2020 (until the set ends on 07/3/2022) no level is stated either: 'unknown'.
      rule: atLeast(
        byYear(
          {
            2016: byRegion(moiVung(thuNhapNam(2016))),
            2020: byRegion({
              TDMNPB: thuNhap2020(36),
              DBSH: thuNhap2020(50),
              BTB: thuNhap2020(36),
              DHNTB: thuNhap2020(41),
              TN: thuNhap2020(41),
              DNB: thuNhap2020(59),
              DBSCL: sourced(thuNhap2020(50), { url: URLS.incomeDbscl, note: 'ĐBSCL ≥ 50 by 2020, also stated by THVL.' }),
            }),
          },
          { between: 'unknown', after: 'unknown' },
        ),
      ),
      source: dong(
        '10',
        'verified',
        'Row and its 2020 levels by region verified (chung 45: both notices). The level rises each year to 2020 (Báo Thanh ' +
          'Hóa); the yearly levels are not known.',
        URLS.income2020,
      ),
    }),
  ]),

  criterion(11, { vi: 'Hộ nghèo', en: 'Poor households', group: 'III', source: tieuChi(11) }, [
    indicator('11', {
      vi: 'Tỷ lệ hộ nghèo đa chiều giai đoạn 2016 - 2020',
      en: 'Multidimensional poor-household rate (2016–2020 standard)',
      input: input.percent(),
      rule: atMost(byRegion(moiVung(vungChuaBiet('11', 'chỉ tiêu chung ≤ 6%; mức trần theo vùng chưa đọc', 'general ceiling ≤ 6%; regional ceilings not read')))),
      source: dong('11', 'partial', 'Row and the general ceiling ≤ 6% verified (Hà Nội Times; VietnamPlus); the regional ceilings not read.', URLS.poverty),
    }),
  ]),

  criterion(12, { vi: 'Lao động có việc làm', en: 'Employment', group: 'III', source: tieuChi(12) }, [
    indicator('12', {
      vi: 'Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động',
      en: 'Share of people in work among the working-age population able to work',
      input: input.percent(),
      rule: atLeast(
        byRegion(
          moiVung(
            sourced(90, {
              provenance: 'partial',
              url: URLS.thuKyLuat,
              note: 'The general level ≥ 90% is verified (both notices); it is applied to every region, as QĐ 342 did for this row, without the regional columns having been read.',
            }),
          ),
        ),
      ),
      source: dong('12', 'verified', 'Wording verified (Thư Ký Luật notice).', URLS.thuKyLuat),
    }),
  ]),

  criterion(13, { vi: 'Tổ chức sản xuất', en: 'Organisation of production', group: 'III', source: tieuChi(13) }, [
    indicator('13.1', {
      vi: 'Xã có hợp tác xã hoạt động theo đúng quy định của Luật Hợp tác xã năm 2012',
      en: 'The commune has a cooperative operating under the 2012 Law on Cooperatives',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('13.1', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
    indicator('13.2', {
      vi: 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững',
      en: 'The commune has a sustainable production linkage model tied to the sale of its key farm products',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('13.2', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
  ]),
] as const;

export const tieuChi14Den17 = [
  criterion(14, { vi: 'Giáo dục và Đào tạo', en: 'Education and training', group: 'IV', source: tieuChi(14) }, [
    indicator('14.1', {
      vi: 'Phổ cập giáo dục mầm non cho trẻ 5 tuổi, xóa mù chữ, phổ cập giáo dục tiểu học đúng độ tuổi; phổ cập giáo dục trung học cơ sở',
      en: 'Universal pre-school education at age 5, literacy, universal primary education at the right age, universal lower-secondary education',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('14.1', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
    indicator('14.2', {
      vi: 'Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học',
      en: 'Share of lower-secondary graduates who continue to upper-secondary level',
      input: input.percent(),
      rule: atLeast(byRegion(moiVung(vungChuaBiet('14.2', 'chỉ được nêu khoảng ≥ 70–85%', 'only reported as about ≥ 70–85%')))),
      source: dong('14.2', 'unverified', BAO_CAO),
    }),
    indicator('14.3', {
      vi: 'Tỷ lệ lao động có việc làm qua đào tạo',
      en: 'Share of employed workers who have been trained',
      input: input.percent(),
      rule: atLeast(byRegion(moiVung(vungChuaBiet('14.3', 'chỉ được nêu khoảng ≥ 25–45%', 'only reported as about ≥ 25–45%')))),
      source: dong('14.3', 'unverified', BAO_CAO),
    }),
  ]),

  criterion(15, { vi: 'Y tế', en: 'Health', group: 'IV', source: tieuChi(15) }, [
    indicator('15.1', {
      vi: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
      en: 'Share of residents covered by health insurance',
      input: input.percent(),
      rule: atLeast(85),
      source: dong('15.1', 'verified', '≥ 85%, "các vùng khác nhau đều phải đạt được chỉ tiêu chung cả nước" (Thư viện pháp luật; Thái Bình TV; Thư Ký Luật).', URLS.health),
    }),
    indicator('15.2', {
      vi: 'Xã đạt tiêu chí quốc gia về y tế',
      en: 'The commune meets the national health criteria',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('15.2', 'verified', '"Đạt" in every region (Thư viện pháp luật).', URLS.health),
    }),
    indicator('15.3', {
      vi: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)',
      en: 'Share of children under 5 who are stunted (height for age)',
      input: input.percent(),
      rule: atMost(
        sourced(byRegion({ TDMNPB: 26.7, DBSH: 13.9, BTB: 24.2, DHNTB: 24.2, TN: 31.4, DNB: 14.3, DBSCL: 20.5 }), {
          provenance: 'verified',
          url: URLS.health,
          note: 'Regional levels as stated by Thư viện pháp luật (chỉ tiêu chung 21.8%).',
        }),
      ),
      source: dong(
        '15.3',
        'partial',
        'Levels by region verified (Thư viện pháp luật; chung 21.8%; Thái Bình TV "from 13.9% to 31%"). The source words them ' +
          '"tối thiểu" (at least), but a stunting rate is a ceiling: the rule is ≤, an inference, so the row is partial.',
        URLS.health,
      ),
    }),
  ]),

  criterion(16, { vi: 'Văn hóa', en: 'Culture', group: 'IV', source: tieuChi(16) }, [
    indicator('16', {
      vi: 'Tỷ lệ thôn, bản, ấp đạt tiêu chuẩn văn hóa theo quy định',
      en: 'Share of villages meeting the cultural standard',
      input: input.percent(),
      rule: atLeast(70),
      source: dong('16', 'unverified', `${BAO_CAO} ≥ 70% is the commonly reported level.`),
    }),
  ]),

  criterion(17, { vi: 'Môi trường và an toàn thực phẩm', en: 'Environment and food safety', group: 'IV', source: tieuChi(17) }, [
    indicator('17.1', {
      vi: 'Tỷ lệ hộ được sử dụng nước hợp vệ sinh và nước sạch theo quy định',
      en: 'Share of households using hygienic water and clean water',
      input: nuocSinhHoat,
      rule: custom<NuocSinhHoat, 'hopVeSinh' | 'nuocSach'>({
        name: 'qd-1980-2016/17.1',
        description: {
          vi: 'Tỷ lệ hộ dùng nước hợp vệ sinh đạt mức của vùng, trong đó tỷ lệ hộ dùng nước sạch đạt mức của vùng',
          en: "Share of households using hygienic water at the region's level, and of those using clean water at the region's level",
        },
        params: {
          hopVeSinh: byRegion(moiVung(vungChuaBiet('17.1', 'chỉ tiêu chung: nước hợp vệ sinh ≥ 95%', 'general level: hygienic water ≥ 95%'))),
          nuocSach: byRegion(moiVung(vungChuaBiet('17.1', 'chỉ tiêu chung: nước sạch ≥ 60%', 'general level: clean water ≥ 60%'))),
        },
        test: (v, p) => {
          if (typeof v.hopVeSinh !== 'number' || typeof v.nuocSach !== 'number') return null;
          if (v.nuocSach > v.hopVeSinh) return null;
          return v.hopVeSinh >= p.hopVeSinh && v.nuocSach >= p.nuocSach;
        },
      }),
      source: dong('17.1', 'partial', 'Row and the general levels (hygienic ≥ 95%, of which clean ≥ 60%) verified (Thư viện pháp luật notice); regional levels not read.', URLS.notice),
    }),
    indicator('17.2', {
      vi: 'Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường',
      en: 'Share of production and business establishments, aquaculture and craft villages complying with environmental rules',
      input: input.percent(),
      rule: atLeast(byRegion(moiVung(vungChuaBiet('17.2', 'không có mức nào được nêu', 'no level reported')))),
      source: dong('17.2', 'unverified', BAO_CAO),
    }),
    indicator('17.3', {
      vi: 'Xây dựng cảnh quan, môi trường xanh - sạch - đẹp, an toàn',
      en: 'A green, clean, beautiful and safe landscape and environment',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('17.3', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
    indicator('17.4', {
      vi: 'Mai táng phù hợp với quy định và theo quy hoạch',
      en: 'Burials comply with the rules and the plan',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('17.4', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
    indicator('17.5', {
      vi: 'Chất thải rắn và nước thải được thu gom, xử lý theo quy định',
      en: 'Solid waste and waste water are collected and treated as prescribed',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('17.5', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
    indicator('17.6', {
      vi: 'Tỷ lệ hộ có nhà tiêu, nhà tắm, bể chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch',
      en: "Share of households with hygienic latrine, bathroom and water storage, meeting the 'three cleans'",
      input: input.percent(),
      rule: atLeast(byRegion(moiVung(vungChuaBiet('17.6', 'chỉ tiêu chung ≥ 85%', 'general level ≥ 85%')))),
      source: dong('17.6', 'partial', 'Row and the general level ≥ 85% confirmed by the Thư Ký Luật notice; regional levels not read.', URLS.thuKyLuat),
    }),
    indicator('17.7', {
      vi: 'Tỷ lệ hộ chăn nuôi có chuồng trại chăn nuôi đảm bảo vệ sinh môi trường',
      en: 'Share of livestock households whose pens meet environmental hygiene',
      input: input.percent(),
      rule: atLeast(byRegion(moiVung(vungChuaBiet('17.7', 'không có mức nào được nêu', 'no level reported')))),
      source: dong('17.7', 'unverified', BAO_CAO),
    }),
    indicator('17.8', {
      vi: 'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm',
      en: 'Share of households and food businesses complying with food-safety rules',
      input: input.percent(),
      rule: atLeast(
        byRegion(
          moiVung(
            sourced(100, {
              provenance: 'partial',
              url: URLS.thuKyLuat,
              note: 'The general level 100% is verified (Thư Ký Luật notice); it is applied to every region without the regional columns having been read.',
            }),
          ),
        ),
      ),
      source: dong('17.8', 'verified', 'Wording verified (Thư Ký Luật notice).', URLS.thuKyLuat),
    }),
  ]),
] as const;

const heThong = <const C extends string>(code: C, vi: string, en: string) =>
  indicator(code, { vi, en, input: input.boolean(), rule: isTrue(), source: dong(code, 'unverified', `${BAO_CAO} Threshold "Đạt".`) });

export const tieuChi18Den19 = [
  criterion(18, { vi: 'Hệ thống chính trị và tiếp cận pháp luật', en: 'Political system and access to law', group: 'V', source: tieuChi(18) }, [
    heThong('18.1', 'Cán bộ, công chức xã đạt chuẩn', 'Commune officials and civil servants meet the standard'),
    heThong('18.2', 'Có đủ các tổ chức trong hệ thống chính trị cơ sở theo quy định', 'All organisations of the grassroots political system exist'),
    heThong('18.3', 'Đảng bộ, chính quyền xã đạt tiêu chuẩn "trong sạch, vững mạnh"', 'The Party committee and government are rated "clean and strong"'),
    heThong('18.4', 'Tổ chức chính trị - xã hội của xã đạt loại khá trở lên', "The commune's socio-political organisations are rated good or better"),
    heThong('18.5', 'Xã đạt chuẩn tiếp cận pháp luật theo quy định', 'The commune meets the access-to-law standard'),
    heThong(
      '18.6',
      'Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình; bảo vệ người dễ bị tổn thương',
      'Gender equality, prevention of domestic violence, protection of vulnerable people',
    ),
  ]),

  criterion(19, { vi: 'Quốc phòng và An ninh', en: 'Defence and security', group: 'V', source: tieuChi(19) }, [
    heThong('19.1', 'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quốc phòng', 'Militia "strong and widespread"; defence targets met'),
    heThong(
      '19.2',
      'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội (không có khiếu kiện đông người kéo dài, không xảy ra trọng án, tội phạm và tệ nạn xã hội được kiềm chế)',
      'The commune meets the security and public-order standard',
    ),
  ]),
] as const;
