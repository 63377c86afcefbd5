// QĐ 318/QĐ-TTg, Phụ lục II (xã nông thôn mới nâng cao) — tiêu chí 1–9.
// Phụ lục II's nhóm are not confirmed, so criteria carry no group. Rows no source names are placeholders (giuCho).
import { atLeast, byRegion, criterion, equals, indicator, input, notKnown, provinceParameter } from '@tieuchi/core';
import { chuaXacMinhPl2, pl2, URLS_PL2 } from '../sources.js';
import { giuCho } from './giu-cho.js';
import { nguonTieuChi, TEN } from './ten-tieu-chi.js';

/**
 * Rows 1.1–1.3: the columns "chỉ tiêu chung" and Đông Nam Bộ read "UBND tỉnh quy định" (a merged cell, partial: TP.HCM QĐ
 * 2476/QĐ-UBND reproduces them in English). The province sets what "đạt" means, so the national set declares a
 * province parameter: a provincial package supplies `true` (the row is met when the commune is assessed as meeting the
 * provincial rule). The other six regional columns have not been read: not known.
 */
function tinhQuyDinh(code: '1.1' | '1.2' | '1.3') {
  const cotKhac = notKnown(
    chuaXacMinhPl2(
      `chỉ tiêu ${code}: chỉ đọc được cột chỉ tiêu chung và cột Đông Nam Bộ (đều "UBND tỉnh quy định"); cột của vùng này chưa được xác minh`,
      `indicator ${code}: only the "chỉ tiêu chung" and Đông Nam Bộ columns have been read (both "UBND tỉnh quy định"); this region's column is not confirmed`,
    ),
  );
  return byRegion<boolean>({
    DNB: provinceParameter(`quy-hoach.${code}`, {
      vi: `Yêu cầu cụ thể của chỉ tiêu ${code} do UBND tỉnh quy định (QĐ 318/QĐ-TTg Phụ lục II)`,
      en: `Specific requirement of indicator ${code}, set by the provincial People's Committee (QĐ 318/QĐ-TTg Phụ lục II)`,
    }),
    TDMNPB: cotKhac,
    DBSH: cotKhac,
    BTB: cotKhac,
    DHNTB: cotKhac,
    TN: cotKhac,
    DBSCL: cotKhac,
  });
}

const HCM_NOTE =
  'Row partial: the TP.HCM QĐ 2476/QĐ-UBND (2023) table quotes it in its "QĐ 318/QĐ-TTg" column (English translation, read), ' +
  'with "UBND tỉnh quy định" for the chung and Đông Nam Bộ columns. The Vietnamese wording is the reference\'s rendering.';

export const tieuChi01Den09 = [
  criterion(1, { ...TEN[1], source: nguonTieuChi(1, 'Criterion 1 has rows 1.1–1.3: the TP.HCM QĐ 2476 table lists 1.1, 1.2, 1.3 and then criterion 2 (partial).') }, [
    indicator('1.1', {
      vi:
        'Có quy hoạch chung xây dựng xã còn thời hạn hoặc được rà soát, điều chỉnh theo quy định của pháp luật về quy hoạch ' +
        '(bao gồm quy hoạch các khu chức năng dịch vụ hỗ trợ, thúc đẩy, dẫn dắt phát triển kinh tế nông thôn)',
      en:
        "The commune's general construction plan is still valid or has been reviewed and adjusted under the planning law " +
        '(including planning of service areas that support, promote and lead rural economic development)',
      input: input.boolean(),
      rule: equals(tinhQuyDinh('1.1')),
      source: pl2('1.1', { provenance: 'partial', url: URLS_PL2.hcm2476, note: HCM_NOTE }),
    }),
    indicator('1.2', {
      vi: 'Có quy định quản lý và tổ chức thực hiện quy hoạch xây dựng, quản lý xây dựng theo quy hoạch',
      en: 'Rules are issued for managing and implementing the construction plan, and construction is managed according to the plan',
      input: input.boolean(),
      rule: equals(tinhQuyDinh('1.2')),
      source: pl2('1.2', { provenance: 'partial', url: URLS_PL2.hcm2476, note: HCM_NOTE }),
    }),
    indicator('1.3', {
      vi:
        'Có quy hoạch chi tiết xây dựng trung tâm xã hoặc quy hoạch chi tiết xây dựng điểm dân cư nông thôn phù hợp với tình ' +
        'hình kinh tế - xã hội địa phương và định hướng đô thị hóa theo quy hoạch cấp trên',
      en:
        'A detailed construction plan of the commune centre or of a rural residential area, suited to local socio-economic ' +
        'conditions and to the urbanisation direction of higher-level plans',
      input: input.boolean(),
      rule: equals(tinhQuyDinh('1.3')),
      source: pl2('1.3', { provenance: 'partial', url: URLS_PL2.hcm2476, note: HCM_NOTE }),
    }),
  ]),

  criterion(2, { ...TEN[2], source: nguonTieuChi(2) }, [
    indicator('2.1', {
      vi: 'Tỷ lệ đường xã được bảo trì hằng năm, đảm bảo sáng - xanh - sạch - đẹp và có các hạng mục cần thiết',
      en: 'Share of commune roads maintained every year, lit, green, clean and tidy, with the necessary fittings',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinhPl2('mức tỷ lệ theo vùng chưa biết', 'the regional shares are not known'))),
      source: pl2('2.1', {
        provenance: 'partial',
        url: URLS_PL2.danViet,
        note:
          'Wording partial: Dân Việt (09/3/2022) paraphrases it as "một trong các nội dung của tiêu chí giao thông xã NTM nâng ' +
          'cao". Code 2.1 partial: the TP.HCM QĐ 2476 table shows QĐ 318\'s row 2.1 beginning "The proportion of communal …" ' +
          '(cut off there); whether 2.1 says more (e.g. asphalted or concreted) is not confirmed. Threshold not known.',
      }),
    }),
    giuCho('2.2', 2),
    giuCho('2.3', 2),
    giuCho('2.4', 2),
  ]),

  criterion(3, { ...TEN[3], source: nguonTieuChi(3) }, [giuCho('3.1', 3), giuCho('3.2', 3), giuCho('3.3', 3), giuCho('3.4', 3)]),

  criterion(4, { ...TEN[4], source: nguonTieuChi(4) }, [giuCho('4.1', 4), giuCho('4.2', 4), giuCho('4.3', 4), giuCho('4.4', 4)]),

  criterion(5, { ...TEN[5], source: nguonTieuChi(5, 'Replaces "Trường học" of Phụ lục I.') }, [
    giuCho('5.1', 5),
    giuCho('5.2', 5),
    giuCho('5.3', 5),
    giuCho('5.4', 5),
  ]),

  criterion(
    6,
    {
      ...TEN[6],
      source: nguonTieuChi(
        6,
        'Replaces "Cơ sở vật chất văn hóa" of Phụ lục I. Guidance (Hướng dẫn 1064/HD-BVHTTDL, partial): the Trung tâm Văn hóa - ' +
          'Thể thao xã is built separately from the commune office; each thôn\'s nhà văn hóa - khu thể thao meets area, seating and ' +
          'equipment norms. Indicator codes not confirmed, so no row is named from it.',
      ),
    },
    [giuCho('6.1', 6), giuCho('6.2', 6), giuCho('6.3', 6), giuCho('6.4', 6)],
  ),

  criterion(
    7,
    {
      ...TEN[7],
      source: nguonTieuChi(7, 'QĐ 1214/QĐ-BCT guides this criterion for both sets; the nâng cao rows and standards are not confirmed.'),
    },
    [giuCho('7.1', 7), giuCho('7.2', 7), giuCho('7.3', 7), giuCho('7.4', 7)],
  ),

  criterion(8, { ...TEN[8], source: nguonTieuChi(8) }, [
    giuCho('8.1', 8),
    giuCho('8.2', 8),
    giuCho('8.3', 8),
    indicator('8.4', {
      vi: 'Chỉ tiêu 8.4 về ứng dụng công nghệ thông tin (nội dung cụ thể trong Phụ lục II chưa xác minh)',
      en: 'Indicator 8.4 on the use of information technology (its wording in Phụ lục II is not confirmed)',
      input: input.boolean(),
      rule: equals<boolean>(notKnown(chuaXacMinhPl2('nội dung và mức đạt chuẩn chưa biết', 'wording and threshold not known'))),
      source: pl2('8.4', {
        provenance: 'partial',
        url: URLS_PL2.qd924,
        note:
          'Code partial: QĐ 924/QĐ-TTg (02/8/2022) targets 50% of communes meeting "chỉ tiêu 8.4" of criterion 8 of the nâng cao ' +
          'set by 2025 (the clause naming the set is cut off in the source). Topic as Phụ lục I 8.4 (IT in management); wording and threshold not known.',
      }),
    }),
  ]),

  criterion(9, { ...TEN[9], source: nguonTieuChi(9) }, [giuCho('9.1', 9), giuCho('9.2', 9), giuCho('9.3', 9), giuCho('9.4', 9)]),
] as const;
