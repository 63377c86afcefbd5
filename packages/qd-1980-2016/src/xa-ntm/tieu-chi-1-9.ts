// QĐ 1980/QĐ-TTg (17/10/2016) — I. Quy hoạch (1), II. Hạ tầng kinh tế - xã hội (2–9).
// Rows: the commonly reported list of 49 (reference §3.12, unverified unless marked). One indicator per row.
import { atLeast, byRegion, criterion, indicator, input, isTrue, none } from '@tieuchi/core';
import { dong, moiVung, tieuChi, URLS, vungChuaBiet } from '../sources.js';

const BAO_CAO = 'Reported form of the row (reference §3.12); wording and threshold not read in the annex.';

/** Criterion 2: every row "Đạt", the technical details set by UBND tỉnh (verified, Báo Nghệ An). */
const duong = <const C extends string>(code: C, vi: string, en: string) =>
  indicator(code, {
    vi,
    en,
    input: input.boolean(),
    rule: isTrue(),
    source: dong(
      code,
      'partial',
      'Threshold "Đạt" in every region, the road details being set by UBND tỉnh: verified (Báo Nghệ An). The wording is the ' +
        "reported form. The input is the commune's result under its province's details.",
      URLS.names,
    ),
  });

export const tieuChi1Den9 = [
  criterion(1, { vi: 'Quy hoạch', en: 'Planning', group: 'I', source: tieuChi(1) }, [
    indicator('1.1', {
      vi: 'Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn',
      en: "The commune's general construction plan is approved and made public on time",
      input: input.boolean(),
      rule: isTrue(),
      source: dong('1.1', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
    indicator('1.2', {
      vi: 'Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch',
      en: 'Rules for managing the general construction plan are issued and the plan is implemented',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('1.2', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
  ]),

  criterion(2, { vi: 'Giao thông', en: 'Transport', group: 'II', source: tieuChi(2) }, [
    duong(
      '2.1',
      'Đường xã và đường từ trung tâm xã đến đường huyện được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
      'Commune roads and the road from the commune centre to the district road asphalted or concreted, passable by car all year',
    ),
    duong('2.2', 'Đường trục thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa', 'Village and inter-village roads at least hardened'),
    duong('2.3', 'Đường ngõ, xóm sạch và không lầy lội vào mùa mưa', 'Lanes and alleys clean and not muddy in the rainy season'),
    duong('2.4', 'Đường trục chính nội đồng', 'Main field roads'),
  ]),

  criterion(3, { vi: 'Thủy lợi', en: 'Irrigation', group: 'II', source: tieuChi(3) }, [
    indicator('3.1', {
      vi: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động',
      en: 'Share of agricultural land with active irrigation and drainage',
      input: input.percent(),
      rule: atLeast(80),
      source: dong('3.1', 'unverified', `${BAO_CAO} The reported wording reads "đạt từ 80% trở lên" (no regional split reported).`),
    }),
    indicator('3.2', {
      vi: 'Đảm bảo đủ điều kiện đáp ứng yêu cầu dân sinh và theo quy định về phòng chống thiên tai tại chỗ',
      en: 'Meets the needs of daily life and the rules on on-the-spot disaster prevention',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('3.2', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
  ]),

  criterion(4, { vi: 'Điện', en: 'Electricity', group: 'II', source: tieuChi(4) }, [
    indicator('4.1', {
      vi: 'Hệ thống điện đạt chuẩn',
      en: 'The electricity system meets the standard',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('4.1', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
    indicator('4.2', {
      vi: 'Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn',
      en: 'Share of households using electricity regularly and safely from any source',
      input: input.percent(),
      rule: atLeast(byRegion(moiVung(vungChuaBiet('4.2', 'chỉ tiêu chung ≥ 98%; theo vùng chỉ được nêu khoảng 95–99%', 'general level ≥ 98%; regions only reported as about 95–99%')))),
      source: dong('4.2', 'partial', 'Row and the general level ≥ 98% confirmed by the Thư Ký Luật notice; regional levels not read.', URLS.thuKyLuat),
    }),
  ]),

  criterion(5, { vi: 'Trường học', en: 'Schools', group: 'II', source: tieuChi(5) }, [
    indicator('5', {
      vi: 'Tỷ lệ trường học các cấp có cơ sở vật chất và thiết bị dạy học đạt chuẩn quốc gia',
      en: 'Share of schools at every level whose facilities and teaching equipment meet the national standard',
      input: input.percent(),
      rule: atLeast(byRegion(moiVung(vungChuaBiet('5', 'chỉ tiêu chung ≥ 80%; theo vùng chỉ được nêu khoảng 70–100%', 'general level ≥ 80%; regions only reported as about 70–100%')))),
      source: dong('5', 'partial', 'Row and the general level ≥ 80% confirmed by the Thư Ký Luật notice; regional levels not read.', URLS.thuKyLuat),
    }),
  ]),

  criterion(6, { vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities', group: 'II', source: tieuChi(6) }, [
    indicator('6.1', {
      vi: 'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao xã',
      en: 'The commune has a cultural house or multi-purpose hall and a sports ground',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('6.1', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
    indicator('6.2', {
      vi: 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi',
      en: 'The commune has play, leisure and sports places for children and the elderly',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('6.2', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
    indicator('6.3', {
      vi: 'Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng',
      en: 'Share of villages with a cultural house or a place for community cultural and sports activities',
      input: input.percent(),
      rule: atLeast(100),
      source: dong('6.3', 'unverified', `${BAO_CAO} 100% is the commonly reported level.`),
    }),
  ]),

  criterion(7, { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural commercial infrastructure', group: 'II', source: tieuChi(7) }, [
    indicator('7', {
      vi: 'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa',
      en: 'The commune has a rural market or a place to trade goods',
      input: input.boolean(),
      rule: isTrue(),
      source: dong('7', 'unverified', `${BAO_CAO} Threshold "Đạt".`),
    }),
  ]),

  criterion(8, { vi: 'Thông tin và Truyền thông', en: 'Information and communication', group: 'II', source: tieuChi(8) }, [
    indicator('8.1', { vi: 'Xã có điểm phục vụ bưu chính', en: 'The commune has a postal service point', input: input.boolean(), rule: isTrue(), source: dong('8.1', 'unverified', `${BAO_CAO} Threshold "Đạt".`) }),
    indicator('8.2', { vi: 'Xã có dịch vụ viễn thông, internet', en: 'The commune has telecommunications and internet services', input: input.boolean(), rule: isTrue(), source: dong('8.2', 'unverified', `${BAO_CAO} Threshold "Đạt".`) }),
    indicator('8.3', { vi: 'Xã có đài truyền thanh và hệ thống loa đến các thôn', en: 'The commune has a radio station and loudspeakers reaching every village', input: input.boolean(), rule: isTrue(), source: dong('8.3', 'unverified', `${BAO_CAO} Threshold "Đạt".`) }),
    indicator('8.4', { vi: 'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành', en: 'The commune uses information technology in management and administration', input: input.boolean(), rule: isTrue(), source: dong('8.4', 'unverified', `${BAO_CAO} Threshold "Đạt".`) }),
  ]),

  criterion(9, { vi: 'Nhà ở dân cư', en: 'Housing', group: 'II', source: tieuChi(9) }, [
    indicator('9.1', {
      vi: 'Nhà tạm, dột nát',
      en: 'Temporary or dilapidated houses',
      input: input.count({ unit: { vi: 'nhà', en: 'houses' } }),
      rule: none(),
      source: dong('9.1', 'partial', '"Không có nhà tạm, dột nát" is a headline of the decision (Thư viện pháp luật notice); the regional columns have not been read.', URLS.notice),
    }),
    indicator('9.2', {
      vi: 'Tỷ lệ hộ có nhà ở đạt tiêu chuẩn theo quy định',
      en: 'Share of households whose house meets the prescribed standard',
      input: input.percent(),
      rule: atLeast(byRegion(moiVung(vungChuaBiet('9.2', 'chỉ tiêu chung ≥ 80%; theo vùng chỉ được nêu khoảng 70–90%', 'general level ≥ 80%; regions only reported as about 70–90%')))),
      source: dong('9.2', 'partial', 'Row and the general level ≥ 80% confirmed by both notices; regional levels not read.', URLS.notice),
    }),
  ]),
] as const;

