// Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm (OCOP) — QĐ 148/QĐ-TTg
// (24/02/2023, in force on signing; replaces QĐ 1048/QĐ-TTg).
//
// A scored model. Parts A (≤ 40 points), B (≤ 25), C (≤ 35) (verified); total ≤ 100, "phân thành 05 hạng" (verified).
// Bands on the council's average total score: 3 sao 50–69, 4 sao 70–89, 5 sao 90–100 — PARTIAL (reported to be those of
// QĐ 1048; a 2025 report on the amending QĐ 1489/QĐ-TTg agrees on "từ 90 điểm" for the national level). 1 sao < 30 and
// 2 sao 30–49 — UNVERIFIED (QĐ 1048's bounds; the 5 hạng are verified, their bounds are not). Met from 3 sao.
//
// Encoding as in @tieuchi/qd-1048-2019: tiêu chí 1 is the total score with `scoreBands` (the result's `band` is the stars
// reached); the part scores are a condition block (number 0), each within its maximum.
import { atMost, condition, criterion, defineSet, indicator, input, scoreBands, type ScoreBand } from '@tieuchi/core';
import { QD_148, URLS } from './sources.js';

const diem = (max: number) => input.number({ min: 0, max, unit: { vi: 'điểm', en: 'points' } });

/**
 * The 5 star bands on the average total score. 3–5 sao partial; the bounds of 1 and 2 sao unverified (their labels say
 * so, since a band carries no citation of its own).
 */
export const HANG_SAO = [
  { min: 0, band: '1-sao', label: { vi: '1 sao (dưới 30 điểm — mức chưa xác minh)', en: '1 star (below 30 points — bound not verified)' } },
  { min: 30, band: '2-sao', label: { vi: '2 sao (30–49 điểm — mức chưa xác minh)', en: '2 stars (30–49 points — bounds not verified)' } },
  { min: 50, band: '3-sao', label: { vi: '3 sao (50–69 điểm)', en: '3 stars (50–69 points)' } },
  { min: 70, band: '4-sao', label: { vi: '4 sao (70–89 điểm)', en: '4 stars (70–89 points)' } },
  { min: 90, band: '5-sao', label: { vi: '5 sao (90–100 điểm)', en: '5 stars (90–100 points)' } },
] as const satisfies readonly ScoreBand[];

/** Number of the condition block (the part scores). Not a tiêu chí. */
export const DIEM_PHAN = 0;

const PHAN = 'Part name, sub-groups and maximum verified (Thư viện Pháp luật; Thương hiệu & Công luận; THVL).';

const diemPhan = condition(
  DIEM_PHAN,
  {
    vi: 'Điểm từng phần của Bộ tiêu chí (điểm trung bình của Hội đồng), không vượt quá điểm tối đa của phần',
    en: 'Score of each part of the criteria (the council’s average), within the part’s maximum',
    source: {
      url: URLS.thuVienPhapLuat,
      provenance: 'verified',
      note:
        'The decision scores three parts: A 40, B 25, C 35 points. Treating "each part within its maximum" as a condition block ' +
        '(number 0) is this package’s: it is how a scoring sheet is checked, not a recognition condition of the decision.',
    },
  },
  [
    indicator('A', {
      vi: 'Phần A — Sản phẩm và sức mạnh cộng đồng (Tổ chức sản xuất; Phát triển sản phẩm; Sức mạnh cộng đồng)',
      en: 'Part A — Product and community strength (production organisation; product development; community strength)',
      input: diem(40),
      rule: atMost(40),
      source: { item: 'A', provenance: 'verified', url: URLS.thuVienPhapLuat, note: `${PHAN} 40 points (35 under QĐ 1048).` },
    }),
    indicator('B', {
      vi: 'Phần B — Khả năng tiếp thị (Tiếp thị; Câu chuyện về sản phẩm)',
      en: 'Part B — Marketing capacity (marketing; the product’s story)',
      input: diem(25),
      rule: atMost(25),
      source: { item: 'B', provenance: 'verified', url: URLS.thuVienPhapLuat, note: `${PHAN} 25 points (unchanged).` },
    }),
    indicator('C', {
      vi:
        'Phần C — Chất lượng sản phẩm (Chỉ tiêu cảm quan, dinh dưỡng, tính độc đáo của sản phẩm; Tiêu chuẩn sản phẩm; Khả năng ' +
        'xuất khẩu, phân phối tại thị trường quốc tế)',
      en:
        'Part C — Product quality (sensory, nutritional and distinctive qualities; product standards; capacity to export and ' +
        'distribute internationally)',
      input: diem(35),
      rule: atMost(35),
      source: { item: 'C', provenance: 'verified', url: URLS.thuVienPhapLuat, note: `${PHAN} 35 points (40 under QĐ 1048).` },
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
      url: URLS.thuVienPhapLuat,
      provenance: 'verified',
      note: '"Tổng điểm … tối đa là 100 điểm và được phân thành 05 hạng" (verified). Number 1 is this package’s.',
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
        url: URLS.bands1048,
        provenance: 'partial',
        note:
          'Partial: the 3–5 sao bounds (50, 70, 90) are reported to be those of QĐ 1048 (PROATC gives them), the QĐ 148 text has ' +
          'not been read; QĐ 1489/QĐ-TTg (2025) proposes products "từ 90 điểm trở lên" for national rating. Unverified: the 1–2 ' +
          'sao bound (30); the 5 hạng themselves are verified. The reference’s "below 50 not ranked" (unverified) is not encoded: ' +
          'it conflicts with "05 hạng" and changes no verdict (below 50 is not met either way). Met from 3 sao: 3–5 sao products ' +
          'are certified (certificate valid 36 months). An average between two whole-point bounds (e.g. 69.5) is placed in the ' +
          'lower band; the decision’s rounding is not known.',
      },
    }),
  ],
);

/** OCOP product rating, QĐ 148/QĐ-TTg (24/02/2023). */
export const sanPhamOcop = defineSet({
  id: 'qd-148-2023/san-pham-ocop',
  label: {
    vi: 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm',
    en: 'Criteria and procedure for assessing and rating products of the One Commune One Product (OCOP) programme',
  },
  scope: 'san-pham',
  tier: 'ocop',
  citation: QD_148,
  // In force on signing (verified). Phụ lục II (procedure) amended by QĐ 1489/QĐ-TTg from 06/7/2025; the criteria and bands
  // are not reported changed, so this version has no end date.
  validity: { from: '2023-02-24' },
  criteria: [diemPhan, phanHang],
});
