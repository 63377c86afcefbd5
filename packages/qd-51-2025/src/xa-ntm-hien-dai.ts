// Quy định khung thí điểm xây dựng xã nông thôn mới hiện đại giai đoạn 2026 - 2030
// QĐ 51/2025/QĐ-TTg (29/12/2025, in force 15/02/2026), Phụ lục II (reference §3.8.2, `QD51-2025-PL2`).
//
// KNOWN: the annex exists and is a pilot framework ("khung thí điểm") for "xã nông thôn mới hiện đại" (verified, Điều 1
// khoản 1 of the full text). The programme target for 2030 — "khoảng 65% số xã đạt chuẩn NTM, trong đó khoảng 10% xã
// NTM hiện đại" — counts NTM hiện đại communes among the NTM communes, so being a xã NTM 2026–2030 is encoded as a
// prerequisite (partial: inferred from the target, the annex wording has not been read).
// NOT KNOWN: every condition of the framework. It is one placeholder row whose requirement is not known, so a commune
// can be "chưa đạt" (when it is not a xã NTM) but never "đạt" on what this package knows.
import { criterion, defineSet, equals, indicator, input, notKnown } from '@tieuchi/core';
import { chuaCongBo, phuLuc, URLS } from './sources.js';

/** Xã nông thôn mới hiện đại (pilot framework, QĐ 51/2025/QĐ-TTg Phụ lục II): existence only. */
export const xaNtmHienDai = defineSet({
  id: 'qd-51-2025/xa-ntm-hien-dai',
  label: {
    vi: 'Quy định khung thí điểm xây dựng xã nông thôn mới hiện đại giai đoạn 2026 - 2030',
    en: 'Pilot framework for modern new-rural (NTM) communes, 2026–2030',
  },
  scope: 'xa',
  tier: 'hien-dai',
  citation: phuLuc('Phụ lục II', {
    note:
      'Phụ lục II of QĐ 51/2025/QĐ-TTg: a pilot framework ("khung thí điểm") for xã nông thôn mới hiện đại — existence ' +
      'verified (full text, Điều 1 khoản 1 b); its contents have not been read.',
  }),
  validity: { from: '2026-02-15' },
  prerequisites: [
    {
      set: 'qd-51-2025/xa-ntm',
      label: { vi: 'Xã đạt chuẩn nông thôn mới giai đoạn 2026 - 2030', en: 'Commune meeting the NTM standard 2026–2030' },
      source: {
        url: URLS.mucTieu2030,
        provenance: 'partial',
        note:
          'Inferred from the 2030 programme target "khoảng 65% số xã đạt chuẩn NTM, trong đó khoảng 10% xã NTM hiện đại" ' +
          '(NTM hiện đại communes are counted among NTM communes); the Phụ lục II wording of any such condition has not been read.',
      },
    },
  ],
  criteria: [
    criterion(
      1,
      {
        vi: 'Các tiêu chí, điều kiện của khung thí điểm xã nông thôn mới hiện đại (nội dung chưa công bố trong nguồn đã đọc)',
        en: 'Criteria and conditions of the modern NTM commune pilot framework (content not published in the sources read)',
        source: {
          item: '1',
          provenance: 'unverified',
          note: 'Placeholder criterion: the number, names and contents of the framework\'s criteria are not known.',
        },
      },
      [
        indicator('1', {
          vi: 'Khung thí điểm xã nông thôn mới hiện đại: nội dung chưa công bố trong nguồn đã đọc',
          en: 'Modern NTM commune pilot framework: content not published in the sources read',
          input: input.boolean(),
          rule: equals(notKnown(chuaCongBo('các điều kiện của Phụ lục II', 'the conditions of Phụ lục II'))),
          source: {
            item: '1',
            provenance: 'unverified',
            note: 'Placeholder row standing for every condition of Phụ lục II; code and yes/no input are placeholders, not the law.',
          },
        }),
      ],
    ),
  ],
});
