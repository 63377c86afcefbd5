// Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030
// QĐ 51/2025/QĐ-TTg (29/12/2025, in force 15/02/2026) of the Thủ tướng Chính phủ, Phụ lục I.
//
// KNOWN (verified, reference §3.8.1): 10 tiêu chí, 47 chỉ tiêu; the names and numbering of the 10 criteria; each
// criterion has thresholds for 3 nhóm xã (which replace the 7 regions of QĐ 318):
//   nhóm 1: xã liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị; or xã whose agriculture is < 10% of
//           its economic structure; or xã được định hướng là đô thị mới;
//   nhóm 3: xã khu vực II và khu vực III thuộc vùng đồng bào DTTS và miền núi (as delimited by the competent authority);
//   nhóm 2: every other commune.
// A commune's nhóm is an input of the unit (`group: 1 | 2 | 3`), given by the competent authority — never derived here.
//
// NOT KNOWN: the wording, codes and thresholds of all 47 indicators, AND HOW THE 47 ARE SPLIT AMONG THE 10 CRITERIA.
// Every row below is therefore a placeholder: honest wording ("nội dung chưa công bố trong nguồn đã đọc"), provenance
// 'unverified', a threshold that is not known for any of the 3 nhóm. The per-criterion split is MECHANICAL, not the
// law's: 47 = 10 × 4 + 7, so criteria 1–7 get 5 rows and criteria 8–10 get 4 rows. The codes ("1.1" …) are placeholders
// in the usual form of a national annex; the official numbering is not known. Only the total (47) is checked.
//
// The input of each placeholder is yes/no ("đạt" as assessed) and its rule "equals a value not known", so no row can
// ever be met or not met until the annex is read and the row replaced; the set then evaluates to unknown, never to a
// guess. Thresholds are keyed by nhóm xã (byGroup), so a unit without `group` gets MISSING_GROUP.
import { byGroup, criterion, defineSet, equals, indicator, input, notKnown, type Indicator } from '@tieuchi/core';
import { chuaCongBo, phuLuc, URLS } from './sources.js';

/** The 10 criteria of Phụ lục I (names and numbering verified: VietnamPlus, Thời báo Tài chính, Quảng Trị portal). */
export const TIEU_CHI = [
  { number: 1, vi: 'Quy hoạch', en: 'Planning' },
  { number: 2, vi: 'Hạ tầng kinh tế - xã hội', en: 'Socio-economic infrastructure' },
  { number: 3, vi: 'Phát triển kinh tế nông thôn', en: 'Rural economic development' },
  { number: 4, vi: 'Đào tạo nguồn nhân lực nông thôn', en: 'Rural human-resource training' },
  { number: 5, vi: 'Văn hóa, giáo dục, y tế', en: 'Culture, education and health' },
  { number: 6, vi: 'Giảm nghèo và an sinh xã hội', en: 'Poverty reduction and social security' },
  { number: 7, vi: 'Khoa học công nghệ và chuyển đổi số', en: 'Science, technology and digital transformation' },
  { number: 8, vi: 'Môi trường và cảnh quan nông thôn', en: 'Rural environment and landscape' },
  { number: 9, vi: 'Xây dựng hệ thống chính trị và hành chính công', en: 'Political system and public administration' },
  { number: 10, vi: 'Tiếp cận pháp luật và an ninh, quốc phòng', en: 'Access to law, security and defence' },
] as const;

/** Verified total of indicators (chỉ tiêu) of Phụ lục I. */
export const TONG_SO_CHI_TIEU = 47;

/**
 * Rows per criterion — NOT THE LAW'S SPLIT, which is not known. A mechanical split of the verified total 47:
 * 4 rows for each criterion plus one more for the first 7 criteria (5 × 7 + 4 × 3 = 47).
 */
export const SO_DONG_TAM_CHIA: readonly number[] = TIEU_CHI.map((_, n) => Math.floor(TONG_SO_CHI_TIEU / TIEU_CHI.length) + (n < TONG_SO_CHI_TIEU % TIEU_CHI.length ? 1 : 0));

/** A threshold for each nhóm xã, none of them known. */
const mucChuaBiet = (code: string) =>
  byGroup({
    1: notKnown(chuaCongBo(`mức chuẩn chỉ tiêu ${code} cho xã nhóm 1`, `the nhóm 1 threshold of indicator ${code}`)),
    2: notKnown(chuaCongBo(`mức chuẩn chỉ tiêu ${code} cho xã nhóm 2`, `the nhóm 2 threshold of indicator ${code}`)),
    3: notKnown(chuaCongBo(`mức chuẩn chỉ tiêu ${code} cho xã nhóm 3`, `the nhóm 3 threshold of indicator ${code}`)),
  });

/** One placeholder row: criterion `tc`, k-th row. */
function dongChuaBiet(tc: (typeof TIEU_CHI)[number], k: number): Indicator {
  const code = `${tc.number}.${k}`;
  return indicator(code, {
    vi: `Tiêu chí ${tc.vi}: chỉ tiêu ${k} (nội dung chưa công bố trong nguồn đã đọc)`,
    en: `Criterion ${tc.en}: indicator ${k} (content not published in the sources read)`,
    input: input.boolean(),
    rule: equals(mucChuaBiet(code)),
    source: {
      item: code,
      url: URLS.toanVan,
      provenance: 'unverified',
      note:
        'Placeholder row. The total of 47 indicators is verified; this row\'s wording, code, threshold per nhóm xã and even ' +
        'its criterion (the per-criterion split is a mechanical one, not the law\'s) are not known.',
    },
  });
}

/** Xã nông thôn mới 2026–2030 (QĐ 51/2025/QĐ-TTg, Phụ lục I): structure only. */
export const xaNtm = defineSet({
  id: 'qd-51-2025/xa-ntm',
  label: {
    vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030',
    en: 'National criteria for new-rural (NTM) communes, 2026–2030',
  },
  scope: 'xa',
  tier: 'ntm',
  citation: phuLuc('Phụ lục I', {
    note:
      'Phụ lục I of QĐ 51/2025/QĐ-TTg (signed 29/12/2025 by Phó Thủ tướng Trần Hồng Hà; in force 15/02/2026). Verified: 10 ' +
      'tiêu chí, 47 chỉ tiêu, the criterion names and numbering, thresholds by 3 nhóm xã. Not known: the wording and ' +
      'thresholds of the 47 indicators and their split among the criteria — every row is a placeholder.',
  }),
  // In force from 15/02/2026; no end date is known (the programme period runs to 2030).
  validity: { from: '2026-02-15' },
  // No regional columns in 2026–2030: nothing in this set varies by region (all values vary by nhóm xã).
  criteria: TIEU_CHI.map((tc, n) =>
    criterion(
      tc.number,
      {
        vi: tc.vi,
        en: tc.en,
        source: {
          item: String(tc.number),
          url: URLS.vietnamPlus,
          provenance: 'verified',
          note: 'Criterion name and number verified (VietnamPlus, Thời báo Tài chính, Quảng Trị NTM portal). Its number of indicators is not known.',
        },
      },
      Array.from({ length: SO_DONG_TAM_CHIA[n] ?? 0 }, (_, k) => dongChuaBiet(tc, k + 1)),
    ),
  ),
});
