// QĐ 318/QĐ-TTg, Phụ lục II (xã nông thôn mới nâng cao) — tiêu chí 14–19.
import { atLeast, byRegion, criterion, equals, indicator, input, notKnown, sourced } from '@tieuchi/core';
import { chuaXacMinhPl2, pl2, URLS_PL2 } from '../sources.js';
import { giuCho } from './giu-cho.js';
import { nguonTieuChi, TEN } from './ten-tieu-chi.js';

/** 18.1 outside Bắc Trung Bộ: the ≥ 55% level comes from a Thanh Hóa (BTB) report only. */
const nuocVungKhac = notKnown(
  chuaXacMinhPl2(
    'chỉ tiêu 18.1: mức ≥ 55% chỉ được một bài báo ở Thanh Hóa (Bắc Trung Bộ) nêu; mức của vùng này chưa biết',
    'indicator 18.1: the ≥ 55% level is only reported by a Thanh Hóa (Bắc Trung Bộ) article; this region\'s level is not known',
  ),
);

export const tieuChi14Den19 = [
  criterion(14, { ...TEN[14], source: nguonTieuChi(14, 'Was criterion 15 in Phụ lục I.') }, [
    indicator('14.1', {
      vi: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
      en: 'Share of residents covered by health insurance',
      input: input.percent(),
      rule: atLeast(
        sourced(95, {
          provenance: 'unverified',
          note: 'Commonly reported "BHYT ≥ 95%" for the nâng cao set, without a regional split; applied to every region, unverified.',
        }),
      ),
      source: pl2('14.1', { provenance: 'unverified', note: 'Commonly reported content of the nâng cao set; code and wording not confirmed.' }),
    }),
    indicator('14.2', {
      vi: 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử',
      en: 'Share of the population with an electronic health record book',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinhPl2('mức tỷ lệ chưa biết', 'the share is not known'))),
      source: pl2('14.2', { provenance: 'unverified', note: 'Commonly reported content ("electronic health records"); code, wording and threshold not confirmed.' }),
    }),
    giuCho('14.3', 14),
    giuCho('14.4', 14),
  ]),

  criterion(15, { ...TEN[15], source: nguonTieuChi(15, 'New compared with Phụ lục I.') }, [
    indicator('15.1', {
      vi: 'Cung cấp và sử dụng dịch vụ công trực tuyến (nội dung cụ thể trong Phụ lục II chưa xác minh)',
      en: 'Online public services provided and used (its wording in Phụ lục II is not confirmed)',
      input: input.boolean(),
      rule: equals<boolean>(notKnown(chuaXacMinhPl2('nội dung và mức đạt chuẩn chưa biết', 'wording and threshold not known'))),
      source: pl2('15.1', { provenance: 'unverified', note: 'Commonly reported content ("online public services"); code, wording and threshold not confirmed.' }),
    }),
    giuCho('15.2', 15),
    giuCho('15.3', 15),
    giuCho('15.4', 15),
  ]),

  criterion(
    16,
    {
      ...TEN[16],
      source: nguonTieuChi(16, 'Its guidance (QĐ 1723/QĐ-BTP) covers mô hình điển hình về phổ biến, giáo dục pháp luật, hòa giải ở cơ sở … (cut off); indicator codes not confirmed.'),
    },
    [giuCho('16.1', 16), giuCho('16.2', 16), giuCho('16.3', 16), giuCho('16.4', 16)],
  ),

  criterion(
    17,
    {
      ...TEN[17],
      source: nguonTieuChi(
        17,
        'Split from "Môi trường và an toàn thực phẩm" of Phụ lục I. Commonly reported content (waste sorting at source, plastic waste, ' +
          'green space) is not placed: whether it belongs to 17 or 18 is not known.',
      ),
    },
    [giuCho('17.1', 17), giuCho('17.2', 17), giuCho('17.3', 17), giuCho('17.4', 17), giuCho('17.5', 17)],
  ),

  criterion(18, { ...TEN[18], source: nguonTieuChi(18, 'Split from "Môi trường và an toàn thực phẩm" of Phụ lục I.') }, [
    indicator('18.1', {
      vi: 'Tỷ lệ hộ sử dụng nước sạch từ công trình cấp nước tập trung',
      en: 'Share of households using clean water from a centralised water-supply scheme',
      input: input.percent(),
      rule: atLeast(
        byRegion({
          BTB: sourced(55, {
            provenance: 'partial',
            url: URLS_PL2.nuocTapTrung,
            note: 'Báo Thanh Hóa (a Bắc Trung Bộ commune) attributes "≥ 55%" to the national nâng cao set; other regions not read.',
          }),
          TDMNPB: nuocVungKhac,
          DBSH: nuocVungKhac,
          DHNTB: nuocVungKhac,
          TN: nuocVungKhac,
          DNB: nuocVungKhac,
          DBSCL: nuocVungKhac,
        }),
      ),
      source: pl2('18.1', {
        provenance: 'partial',
        url: URLS_PL2.nuocTapTrung,
        note:
          'Row and the BTB level partial (news report attributing it to the national set). Whether it sits in criterion 17 or 18, ' +
          'and its code, are not confirmed: placing it at 18.1 ("Chất lượng môi trường sống") is this package\'s choice.',
      }),
    }),
    giuCho('18.2', 18),
    giuCho('18.3', 18),
    giuCho('18.4', 18),
    giuCho('18.5', 18),
  ]),

  criterion(19, { ...TEN[19], source: nguonTieuChi(19) }, [
    giuCho('19.1', 19),
    indicator('19.2', {
      vi: 'Chỉ tiêu 19.2 về an ninh, trật tự (nội dung cụ thể trong Phụ lục II chưa xác minh)',
      en: 'Indicator 19.2 on security and public order (its wording in Phụ lục II is not confirmed)',
      input: input.boolean(),
      rule: equals<boolean>(notKnown(chuaXacMinhPl2('nội dung và mức đạt chuẩn chưa biết', 'wording and threshold not known'))),
      source: pl2('19.2', {
        provenance: 'partial',
        url: URLS_PL2.qd926,
        note:
          'Code verified and topic (an ninh, trật tự) confirmed: QĐ 926/QĐ-TTg targets 50% of communes meeting "chỉ tiêu 19.2" of the ' +
          'nâng cao set "theo hướng bền vững" by 2025. Wording and threshold not confirmed, hence partial.',
      }),
    }),
    giuCho('19.3', 19),
    giuCho('19.4', 19),
  ]),
] as const;
