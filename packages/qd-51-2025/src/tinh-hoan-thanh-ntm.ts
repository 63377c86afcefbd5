// Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026 - 2030
// QĐ 51/2025/QĐ-TTg (29/12/2025, in force 15/02/2026), Phụ lục III (reference §3.8.2, `QD51-2025-PL3`).
//
// KNOWN: the annex exists and sets the conditions for a province or centrally run city to complete the NTM task; the
// conditions are tightened compared with QĐ 321/QĐ-TTg (verified headline, Báo Pháp luật).
// NOT KNOWN: the conditions themselves.
//
// Encoded, honestly:
//   1. a row reading the province's communes' results (children: xã) with a share that is NOT KNOWN — unverified. It is
//      implied, not read: every condition 1–4 of the predecessor QĐ 321 counts the province's units that meet the
//      lower-level set, and in 2026–2030 the only lower-level set is xã NTM (no huyện, no nâng cao). Whether Phụ lục III
//      has such a condition, and at what level, is not known.
//   2. one placeholder row for the other conditions of Phụ lục III.
// The numbering (1, 2) is this package's, not the annex's. The province can never be "đạt" on what is known.
import { criterion, defineSet, equals, indicator, input, notKnown, shareOfChildren } from '@tieuchi/core';
import { chuaCongBo, phuLuc, URLS } from './sources.js';

/** Tỉnh, thành phố hoàn thành nhiệm vụ xây dựng NTM 2026–2030 (QĐ 51/2025/QĐ-TTg Phụ lục III): existence only. */
export const tinhHoanThanhNtm = defineSet({
  id: 'qd-51-2025/tinh-hoan-thanh-ntm',
  label: {
    vi: 'Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026 - 2030',
    en: 'Rules for provinces and cities completing the new-rural (NTM) task, 2026–2030',
  },
  scope: 'tinh',
  tier: 'hoan-thanh',
  citation: phuLuc('Phụ lục III', {
    note:
      'Phụ lục III of QĐ 51/2025/QĐ-TTg: conditions for a province or centrally run city to complete the NTM task, ' +
      'tightened compared with QĐ 321/QĐ-TTg — existence verified (full text, Điều 1 khoản 1 c; Báo Pháp luật); the ' +
      'conditions have not been read.',
  }),
  validity: { from: '2026-02-15' },
  criteria: [
    criterion(
      1,
      {
        vi: 'Xã đạt chuẩn nông thôn mới giai đoạn 2026 - 2030 trên địa bàn tỉnh (điều kiện suy ra, chưa xác minh)',
        en: 'Communes of the province meeting the NTM standard 2026–2030 (inferred condition, unverified)',
        source: {
          item: '1',
          url: URLS.baoPhapLuat,
          provenance: 'unverified',
          note: 'Numbering is this package\'s. The condition is implied by the predecessor QĐ 321 (conditions 1–4), not read.',
        },
      },
      [
        indicator('1', {
          vi: 'Tỷ lệ xã trên địa bàn tỉnh đạt chuẩn nông thôn mới giai đoạn 2026 - 2030 (mức chưa công bố trong nguồn đã đọc)',
          en: 'Share of the province\'s communes meeting the NTM standard 2026–2030 (level not published in the sources read)',
          input: input.children({ vi: 'xã', en: 'communes' }),
          rule: shareOfChildren(notKnown(chuaCongBo('tỷ lệ xã đạt chuẩn nông thôn mới mà tỉnh phải có', 'the share of NTM communes a province needs'))),
          source: {
            item: '1',
            provenance: 'unverified',
            note:
              'Implied, not read: QĐ 321 (2021–2025) required 100% of huyện NTM and ≥ 40% of xã NTM nâng cao; 2026–2030 has ' +
              'only the xã NTM set. Existence, level and wording of such a condition in Phụ lục III are not known.',
          },
        }),
      ],
    ),
    criterion(
      2,
      {
        vi: 'Các điều kiện khác của Phụ lục III (nội dung chưa công bố trong nguồn đã đọc)',
        en: 'Other conditions of Phụ lục III (content not published in the sources read)',
        source: { item: '2', provenance: 'unverified', note: 'Placeholder criterion: number, names and contents of the conditions are not known.' },
      },
      [
        indicator('2', {
          vi: 'Các điều kiện tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới: nội dung chưa công bố trong nguồn đã đọc',
          en: 'Conditions for completing the NTM task: content not published in the sources read',
          input: input.boolean(),
          rule: equals(notKnown(chuaCongBo('các điều kiện (đã được "siết" so với QĐ 321) của Phụ lục III', 'the (tightened) conditions of Phụ lục III'))),
          source: { item: '2', provenance: 'unverified', note: 'Placeholder row standing for every other condition; code and input are placeholders.' },
        }),
      ],
    ),
  ],
});
