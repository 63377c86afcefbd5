// Bộ Tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm (OCOP) — QĐ 1048/QĐ-TTg (21/8/2019).
//
// A scored model. The council scores a product on three parts — A (≤ 35 points), B (≤ 25), C (≤ 40) — and the product
// is ranked on the council's average total score (tổng điểm trung bình, ≤ 100) into 5 bands: 1 sao < 30, 2 sao 30–49,
// 3 sao 50–69, 4 sao 70–89, 5 sao 90–100 (all verified). A product is "đạt" (an OCOP product meeting the standard)
// from 3 sao: 3 sao is "đạt tiêu chuẩn", 2 sao "chưa đạt tiêu chuẩn".
//
// Encoding: tiêu chí 1 is the total score, read by `scoreBands` (the result's `band` is the stars reached). The three
// parts are a condition block (number 0): each part's average score must lie within its maximum — a score above it is
// an OUT_OF_RANGE issue, never met. The engine cannot check that A + B + C equals the total (README, "Gaps").
import { atMost, condition, criterion, defineSet, indicator, input, scoreBands, type ScoreBand } from '@tieuchi/core';
import { QD_1048, URLS } from './sources.js';

const diem = (max: number) => input.number({ min: 0, max, unit: { vi: 'điểm', en: 'points' } });

/** The 5 star bands on the average total score (verified: PROATC, CIPTEK, Báo Mới). */
export const HANG_SAO = [
  { min: 0, band: '1-sao', label: { vi: '1 sao (dưới 30 điểm)', en: '1 star (below 30 points)' } },
  { min: 30, band: '2-sao', label: { vi: '2 sao (30–49 điểm)', en: '2 stars (30–49 points)' } },
  { min: 50, band: '3-sao', label: { vi: '3 sao (50–69 điểm)', en: '3 stars (50–69 points)' } },
  { min: 70, band: '4-sao', label: { vi: '4 sao (70–89 điểm)', en: '4 stars (70–89 points)' } },
  { min: 90, band: '5-sao', label: { vi: '5 sao (90–100 điểm)', en: '5 stars (90–100 points)' } },
] as const satisfies readonly ScoreBand[];

/** Number of the condition block (the part scores). Not a tiêu chí. */
export const DIEM_PHAN = 0;

const PHAN = 'Part name, sub-groups and maximum verified (Báo Mới; CIPTEK).';

const diemPhan = condition(
  DIEM_PHAN,
  {
    vi: 'Điểm từng phần của Bộ tiêu chí (điểm trung bình của Hội đồng), không vượt quá điểm tối đa của phần',
    en: 'Score of each part of the criteria (the council’s average), within the part’s maximum',
    source: {
      url: URLS.baoMoi,
      provenance: 'verified',
      note:
        'The decision scores three parts: A 35, B 25, C 40 points. Treating "each part within its maximum" as a condition block ' +
        '(number 0) is this package’s: it is how a scoring sheet is checked, not a recognition condition of the decision.',
    },
  },
  [
    indicator('A', {
      vi: 'Phần A — Sản phẩm và sức mạnh cộng đồng (Tổ chức sản xuất; Phát triển sản phẩm; Sức mạnh cộng đồng)',
      en: 'Part A — Product and community strength (production organisation; product development; community strength)',
      input: diem(35),
      rule: atMost(35),
      source: { item: 'A', provenance: 'verified', url: URLS.baoMoi, note: `${PHAN} 35 points.` },
    }),
    indicator('B', {
      vi: 'Phần B — Khả năng tiếp thị (Tiếp thị; Câu chuyện về sản phẩm)',
      en: 'Part B — Marketing capacity (marketing; the product’s story)',
      input: diem(25),
      rule: atMost(25),
      source: { item: 'B', provenance: 'verified', url: URLS.baoMoi, note: `${PHAN} 25 points.` },
    }),
    indicator('C', {
      vi:
        'Phần C — Chất lượng sản phẩm (Chỉ tiêu cảm quan, dinh dưỡng, tính độc đáo của sản phẩm; Tiêu chuẩn sản phẩm; Khả năng ' +
        'xuất khẩu, phân phối tại thị trường quốc tế)',
      en:
        'Part C — Product quality (sensory, nutritional and distinctive qualities; product standards; capacity to export and ' +
        'distribute internationally)',
      input: diem(40),
      rule: atMost(40),
      source: { item: 'C', provenance: 'verified', url: URLS.baoMoi, note: `${PHAN} 40 points.` },
    }),
  ],
);

const phanHang = criterion(
  1,
  {
    vi: 'Phân hạng sản phẩm theo tổng điểm trung bình',
    en: 'Rating of the product on its average total score',
    source: {
      item: '1',
      url: URLS.proatc,
      provenance: 'verified',
      note: 'Number 1 is this package’s: the decision ranks the product on one figure, the average total score.',
    },
  },
  [
    indicator('TONG', {
      vi: 'Tổng điểm trung bình của Hội đồng đánh giá, phân hạng sản phẩm (tối đa 100 điểm); đạt từ hạng 3 sao',
      en: 'Average total score given by the rating council (at most 100 points); met from 3 stars',
      input: diem(100),
      rule: scoreBands(HANG_SAO, '3-sao'),
      source: {
        item: 'TONG',
        url: URLS.proatc,
        provenance: 'verified',
        note:
          'Bands verified: 5 sao 90–100, 4 sao 70–89, 3 sao 50–69 "đạt tiêu chuẩn", 2 sao 30–49 "chưa đạt tiêu chuẩn", 1 sao dưới ' +
          '30 (PROATC; CIPTEK and Báo Mới for 3–5 sao and "05 hạng"). "Met from 3 sao" follows from "đạt tiêu chuẩn". The bands ' +
          'are written in whole points: an average strictly between two bounds (e.g. 69.5) is placed in the lower band (the ' +
          'engine places a score in the highest band whose minimum it reaches); the decision does not say how an average is rounded.',
      },
    }),
  ],
);

/** OCOP product rating, QĐ 1048/QĐ-TTg (21/8/2019). */
export const sanPhamOcop = defineSet({
  id: 'qd-1048-2019/san-pham-ocop',
  label: {
    vi: 'Bộ Tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm',
    en: 'Criteria for assessing and rating products of the One Commune One Product (OCOP) programme',
  },
  scope: 'san-pham',
  tier: 'ocop',
  citation: QD_1048,
  // From the signing date (the date in force is not known). Until 23/02/2023: QĐ 148/QĐ-TTg, in force on signing
  // (24/02/2023), replaces it (verified, Thư viện Pháp luật).
  validity: { from: '2019-08-21', until: '2023-02-23' },
  criteria: [diemPhan, phanHang],
});
