// Bộ tiêu chí vườn mẫu — Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hà Tĩnh (number and date not known).
//
// As far as the source goes (a commune website's answer, which stops inside criterion 4): 4 criteria, ≥ 4 in total.
// Criteria 1–3 are complete as quoted; criterion 4 "has 4 items", of which only the first is quoted whole (green hedges
// ≥ 80%), the second is cut off before its threshold, and the last two are not quoted: those three rows are `notKnown`,
// so criterion 4 is never "đạt" and no garden can be "đạt vườn mẫu" under this encoding — at best 3/4 criteria.
import { atLeast, criterion, defineSet, equals, indicator, input, isTrue, notKnown } from '@tieuchi/core';
import { BO_TIEU_CHI_VUON_MAU, noiDungVuon, URLS } from './sources.js';

const CAT_NGANG = {
  vi: 'Nguồn duy nhất đọc được (Hỏi đáp số 346, xã Tân Hương) dừng giữa tiêu chí 4: mức chuẩn của nội dung này chưa biết',
  en: 'The only source read (Q&A 346, xã Tân Hương) stops inside criterion 4: the requirement of this item is not known',
} as const;

/** The Hà Tĩnh vườn mẫu criteria (BCĐ NTM tỉnh): the 4 criteria known. */
export const vuonMau = defineSet({
  id: 'ha-tinh-kdc-vuon-mau/vuon-mau',
  label: { vi: 'Bộ tiêu chí vườn mẫu tỉnh Hà Tĩnh', en: 'Hà Tĩnh criteria for model gardens' },
  scope: 'vuon',
  tier: 'kieu-mau',
  province: 'ha-tinh',
  citation: BO_TIEU_CHI_VUON_MAU,
  // From a date by which the set was in use (see BO_TIEU_CHI_VUON_MAU); no end is known.
  validity: { from: '2017-12-16' },
  regions: ['BTB'],
  criteria: [
    criterion(1, { vi: 'Quy hoạch và thực hiện quy hoạch', en: 'Layout plan and its implementation', source: noiDungVuon('1', '"gồm 2 nội dung".') }, [
      indicator('1.1', {
        vi: 'Có bản vẽ hoặc sơ đồ quy hoạch, thiết kế vườn hộ được UBND xã xác nhận',
        en: 'A drawing or sketch of the garden plan and design, certified by the commune People\'s Committee',
        input: input.boolean(),
        rule: isTrue(),
        source: noiDungVuon('1.1'),
      }),
      indicator('1.2', {
        vi: 'Thực hiện đúng quy hoạch, thiết kế được UBND xã xác nhận',
        en: 'The plan and design are carried out as certified by the commune People\'s Committee',
        input: input.boolean(),
        rule: isTrue(),
        source: noiDungVuon('1.2'),
      }),
    ]),
    criterion(2, { vi: 'Ứng dụng tiến bộ khoa học kỹ thuật', en: 'Applying technical advances', source: noiDungVuon('2') }, [
      indicator('2.1', {
        vi: 'Có hệ thống tưới tiêu khoa học',
        en: 'A scientific irrigation and drainage system',
        input: input.boolean(),
        rule: isTrue(),
        source: noiDungVuon('2.1', 'The split of criterion 2 into 2.1 and 2.2 is this package\'s.'),
      }),
      indicator('2.2', {
        vi: 'Số ứng dụng tiến bộ khoa học kỹ thuật, công nghệ tiên tiến khác được áp dụng vào sản xuất, thu hoạch, bảo quản và chế biến',
        en: 'Number of other technical advances or advanced technologies applied in production, harvest, storage and processing',
        input: input.count({ unit: { vi: 'ứng dụng', en: 'applications' } }),
        rule: atLeast(1),
        source: noiDungVuon('2.2', '"ít nhất có áp dụng một trong các ứng dụng tiến bộ KHKT, công nghệ tiên tiến khác".'),
      }),
    ]),
    criterion(3, { vi: 'Sản phẩm vườn', en: 'Garden products', source: noiDungVuon('3', '"với 2 nội dung".') }, [
      indicator('3.1', {
        vi: 'Sản phẩm hàng hóa đảm bảo an toàn vệ sinh thực phẩm',
        en: 'Marketed products meet food hygiene and safety',
        input: input.boolean(),
        rule: isTrue(),
        source: noiDungVuon('3.1'),
      }),
      indicator('3.2', {
        vi: 'Tỷ lệ giá trị sản phẩm thuộc nhóm sản phẩm nông nghiệp hàng hóa chủ lực của tỉnh trong tổng giá trị sản phẩm từ vườn',
        en: "Share of the garden's output value from the province's key agricultural commodities",
        input: input.percent(),
        rule: atLeast(75),
        source: noiDungVuon('3.2', '"chiếm tỷ lệ tối thiểu 75%".'),
      }),
    ]),
    criterion(4, { vi: 'Môi trường - cảnh quan', en: 'Environment and landscape', source: noiDungVuon('4', '"cần thực hiện 4 nội dung"; the answer stops after the second.') }, [
      indicator('4.1', {
        vi: 'Tỷ lệ hàng rào xanh',
        en: 'Share of green hedges',
        input: input.percent(),
        rule: atLeast(80),
        source: noiDungVuon('4.1', '"tỷ lệ hàng rào xanh đạt ≥ 80%".'),
      }),
      indicator('4.2', {
        vi: 'Tỷ lệ cây xanh trong diện tích đất ở',
        en: 'Share of trees in the residential land area',
        input: input.percent(),
        rule: atLeast(notKnown(CAT_NGANG)),
        source: noiDungVuon('4.2', 'Wording quoted up to "tỷ lệ cây xanh trong diện tích đất ở..."; the threshold is cut off.'),
      }),
      indicator('4.3', {
        vi: 'Nội dung thứ ba của tiêu chí Môi trường - cảnh quan (chưa đọc được)',
        en: 'Third item of criterion "Environment and landscape" (not read)',
        input: input.boolean(),
        rule: equals(notKnown(CAT_NGANG)),
        source: { item: '4.3', url: URLS.tanHuongVuonMau, provenance: 'unverified', note: 'Placeholder: criterion 4 has 4 items; the source stops before the third.' },
      }),
      indicator('4.4', {
        vi: 'Nội dung thứ tư của tiêu chí Môi trường - cảnh quan (chưa đọc được)',
        en: 'Fourth item of criterion "Environment and landscape" (not read)',
        input: input.boolean(),
        rule: equals(notKnown(CAT_NGANG)),
        source: { item: '4.4', url: URLS.tanHuongVuonMau, provenance: 'unverified', note: 'Placeholder: criterion 4 has 4 items; the source stops before the third.' },
      }),
    ]),
  ],
});
