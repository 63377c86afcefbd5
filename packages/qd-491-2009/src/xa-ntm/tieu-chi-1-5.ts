// QĐ 491/QĐ-TTg (16/4/2009) — tiêu chí 1–5, read from a scanned copy of the annex table (reference §3.11).
// Columns of the annex: chỉ tiêu chung + 7 vùng. The engine evaluates by vùng; the chung column is quoted in notes.
import { atLeast, byRegion, criterion, custom, indicator, input, isTrue, notKnown } from '@tieuchi/core';
import { bang, chuaXacMinh, tieuChi } from '../sources.js';

/** Inputs of 2.3: the two shares the row reads (clean and not muddy; hardened). */
const duongNgoXom = input.fields({
  /** Share (%) of lane and alley km that are clean and not muddy in the rainy season. */
  sachKhongLayLoi: input.percent(),
  /** Share (%) of lane and alley km that are hardened. */
  cungHoa: input.percent(),
});

interface DuongNgoXom {
  readonly sachKhongLayLoi?: number | null;
  readonly cungHoa?: number | null;
}

/** The hardened share the scan shows in brackets: legible, but its mapping to the columns is uncertain. */
const cungHoaChuaRo = notKnown(
  chuaXacMinh(
    'tỷ lệ cứng hóa trong ngoặc ở chỉ tiêu 2.3 (đọc được 70%, 50%, 30% …) nhưng không xác định được thuộc cột vùng nào',
    'the bracketed hardened share of 2.3 is legible (70%, 50%, 30% …) but its mapping to the regional columns is uncertain',
  ),
);

const khongDocDuoc = (code: string) =>
  notKnown(chuaXacMinh(`cột vùng này của chỉ tiêu ${code} không đọc được trên bản chụp`, `this regional column of ${code} is not legible on the scan`));

export const tieuChi1Den5 = [
  criterion(1, { vi: 'Quy hoạch', en: 'Planning', group: 'I', source: tieuChi(1) }, [
    indicator('1.1', {
      vi: 'Quy hoạch sử dụng đất và hạ tầng thiết yếu cho phát triển sản xuất nông nghiệp hàng hóa, công nghiệp, tiểu thủ công nghiệp, dịch vụ',
      en: 'Land-use plan and essential infrastructure for commercial farming, industry, handicrafts and services',
      input: input.boolean(),
      rule: isTrue(),
      source: bang('1.1', 'verified', 'Threshold "Đạt" in the chung column and every regional column.'),
    }),
    indicator('1.2', {
      vi: 'Quy hoạch phát triển hạ tầng kinh tế - xã hội - môi trường theo chuẩn mới',
      en: 'Plan for socio-economic and environmental infrastructure to the new standards',
      input: input.boolean(),
      rule: isTrue(),
      source: bang('1.2', 'verified', 'Threshold "Đạt" in every column.'),
    }),
    indicator('1.3', {
      vi: 'Quy hoạch phát triển các khu dân cư mới và chỉnh trang các khu dân cư hiện có theo hướng văn minh, bảo tồn được bản sắc văn hóa tốt đẹp',
      en: 'Plan for new residential areas and upgrading of existing ones, civilised and preserving the cultural identity',
      input: input.boolean(),
      rule: isTrue(),
      source: bang('1.3', 'verified', 'Threshold "Đạt" in every column.'),
    }),
  ]),

  criterion(2, { vi: 'Giao thông', en: 'Transport', group: 'II', source: tieuChi(2) }, [
    indicator('2.1', {
      vi: 'Tỷ lệ km đường trục xã, liên xã được nhựa hóa hoặc bê tông hóa đạt chuẩn theo cấp kỹ thuật của Bộ GTVT',
      en: 'Share of km of commune and inter-commune roads asphalted or concreted to the technical grade of the Ministry of Transport',
      input: input.percent(),
      rule: atLeast(100),
      source: bang('2.1', 'verified', '100% in the chung column and every regional column.'),
    }),
    indicator('2.2', {
      vi: 'Tỷ lệ km đường trục thôn, xóm được cứng hóa đạt chuẩn theo cấp kỹ thuật của Bộ GTVT',
      en: 'Share of km of village roads hardened to the technical grade of the Ministry of Transport',
      input: input.percent(),
      rule: atLeast(byRegion({ TDMNPB: 50, DBSH: 100, BTB: 70, DHNTB: 70, TN: 70, DNB: 100, DBSCL: 50 })),
      source: bang('2.2', 'verified', 'Chỉ tiêu chung 70%.'),
    }),
    indicator('2.3', {
      vi: 'Tỷ lệ km đường ngõ, xóm sạch và không lầy lội vào mùa mưa',
      en: 'Share of km of lanes and alleys clean and not muddy in the rainy season',
      input: duongNgoXom,
      rule: custom<DuongNgoXom, 'sachKhongLayLoi' | 'cungHoa'>({
        name: 'qd-491-2009/2.3',
        description: {
          vi: 'Tỷ lệ km đường ngõ, xóm sạch và không lầy lội vào mùa mưa đạt mức của vùng, và tỷ lệ cứng hóa (trong ngoặc) đạt mức của vùng',
          en: "Share of lanes clean and not muddy at the region's level, and the hardened share (in brackets) at the region's level",
        },
        params: {
          sachKhongLayLoi: byRegion({
            TDMNPB: 100,
            DBSH: khongDocDuoc('2.3'),
            BTB: 100,
            DHNTB: 100,
            TN: 100,
            DNB: khongDocDuoc('2.3'),
            DBSCL: 100,
          }),
          cungHoa: cungHoaChuaRo,
        },
        test: (v, p) => {
          if (typeof v.sachKhongLayLoi !== 'number' || typeof v.cungHoa !== 'number') return null;
          return v.sachKhongLayLoi >= p.sachKhongLayLoi && v.cungHoa >= p.cungHoa;
        },
      }),
      source: bang(
        '2.3',
        'partial',
        'Scan noisy: "100%" is legible for TDMNPB, BTB, DHNTB, TN and ĐBSCL (ĐBSH and ĐNB not legible); each cell also shows a ' +
          'bracketed hardened share (chung "70% cứng hóa"?) whose column is uncertain. That part is not known, so the row ' +
          'evaluates to unknown rather than risk a verdict on half of it.',
      ),
    }),
    indicator('2.4', {
      vi: 'Tỷ lệ km đường trục chính nội đồng được cứng hóa, xe cơ giới đi lại thuận tiện',
      en: 'Share of km of main field roads hardened and passable by motor vehicles',
      input: input.percent(),
      rule: atLeast(byRegion({ TDMNPB: 50, DBSH: 100, BTB: 70, DHNTB: 70, TN: 70, DNB: 100, DBSCL: 50 })),
      source: bang('2.4', 'verified', 'Chỉ tiêu chung 65%.'),
    }),
  ]),

  criterion(3, { vi: 'Thủy lợi', en: 'Irrigation', group: 'II', source: tieuChi(3) }, [
    indicator('3.1', {
      vi: 'Hệ thống thủy lợi cơ bản đáp ứng yêu cầu sản xuất và dân sinh',
      en: 'The irrigation system basically meets the needs of production and daily life',
      input: input.boolean(),
      rule: isTrue(),
      source: bang('3.1', 'verified', 'Threshold "Đạt" in every column.'),
    }),
    indicator('3.2', {
      vi: 'Tỷ lệ km kênh mương do xã quản lý được kiên cố hóa',
      en: 'Share of km of canals managed by the commune that are solidified',
      input: input.percent(),
      rule: atLeast(byRegion({ TDMNPB: 50, DBSH: 85, BTB: 85, DHNTB: 70, TN: 45, DNB: 85, DBSCL: 45 })),
      source: bang('3.2', 'verified', 'Chỉ tiêu chung 65%.'),
    }),
  ]),

  criterion(4, { vi: 'Điện', en: 'Electricity', group: 'II', source: tieuChi(4) }, [
    indicator('4.1', {
      vi: 'Hệ thống điện đảm bảo yêu cầu kỹ thuật của ngành điện',
      en: 'The electricity system meets the technical requirements of the power sector',
      input: input.boolean(),
      rule: isTrue(),
      source: bang('4.1', 'verified', 'Threshold "Đạt" in every column.'),
    }),
    indicator('4.2', {
      vi: 'Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn',
      en: 'Share of households using electricity regularly and safely from any source',
      input: input.percent(),
      rule: atLeast(byRegion({ TDMNPB: 95, DBSH: 99, BTB: 98, DHNTB: 98, TN: 98, DNB: 99, DBSCL: 98 })),
      source: bang('4.2', 'verified', 'Chỉ tiêu chung 98%.'),
    }),
  ]),

  criterion(5, { vi: 'Trường học', en: 'Schools', group: 'II', source: tieuChi(5) }, [
    indicator('5', {
      vi: 'Tỷ lệ trường học các cấp: mầm non, mẫu giáo, tiểu học, THCS có cơ sở vật chất đạt chuẩn quốc gia',
      en: 'Share of schools (nursery, kindergarten, primary, lower secondary) whose facilities meet the national standard',
      input: input.percent(),
      rule: atLeast(
        byRegion({
          TDMNPB: 70,
          DBSH: 100,
          BTB: khongDocDuoc('5'),
          DHNTB: khongDocDuoc('5'),
          TN: khongDocDuoc('5'),
          DNB: khongDocDuoc('5'),
          DBSCL: khongDocDuoc('5'),
        }),
      ),
      source: bang('5', 'partial', 'Chỉ tiêu chung 80%, TDMNPB 70%, ĐBSH 100% legible; the scan is cut off after the ĐBSH column.'),
    }),
  ]),
] as const;
