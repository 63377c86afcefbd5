// Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025
// QĐ 318/QĐ-TTg (08/3/2022) of the Thủ tướng Chính phủ, Phụ lục II — AS ORIGINALLY ISSUED.
// The amendment by QĐ 211/QĐ-TTg (01/3/2024) is a separate package and is not applied here.
// 19 tiêu chí, 75 chỉ tiêu (both counts verified). The official table has not been read: 16 rows are named from
// sources (partial or unverified), the other 59 are placeholders that always evaluate to unknown (./xa-ntm-nang-cao/giu-cho.ts).
import { defineSet } from '@tieuchi/core';
import { QD_318_PL2, URLS, URLS_PL2 } from './sources.js';
import { tieuChi01Den09 } from './xa-ntm-nang-cao/tieu-chi-01-09.js';
import { tieuChi10Den13 } from './xa-ntm-nang-cao/tieu-chi-10-13.js';
import { tieuChi14Den19 } from './xa-ntm-nang-cao/tieu-chi-14-19.js';

/** Điều 1 of QĐ 318/QĐ-TTg (verified): the rule covers "đạt chuẩn nông thôn mới nâng cao" as well. */
const DIEU_1 = {
  part: 'Điều 1',
  url: URLS.decision,
  provenance: 'verified',
  note:
    '"Đối với các xã đặc biệt khó khăn, xã an toàn khu thuộc huyện nghèo và huyện vừa thoát nghèo giai đoạn 2018 - 2020, mức đạt ' +
    'chuẩn nông thôn mới hoặc đạt chuẩn nông thôn mới nâng cao được áp dụng theo quy định đạt chuẩn đối với vùng Trung du miền ' +
    'núi phía Bắc". Whether "thuộc huyện nghèo và huyện vừa thoát nghèo" also qualifies xã đặc biệt khó khăn is open: give the ' +
    'category only to communes that qualify under the reading your authority applies.',
} as const;

/** Xã nông thôn mới nâng cao 2021–2025 (QĐ 318/QĐ-TTg, Phụ lục II), as issued on 08/3/2022. */
export const xaNtmNangCao = defineSet({
  id: 'qd-318-2022/xa-ntm-nang-cao',
  label: {
    vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025',
    en: 'National criteria for advanced new-rural (NTM nâng cao) communes, 2021–2025',
  },
  scope: 'xa',
  tier: 'nang-cao',
  citation: QD_318_PL2,
  // As Phụ lục I: in force on signing; QĐ 51/2025/QĐ-TTg (2026–2030, no nâng cao tier) takes effect on 15/02/2026.
  validity: { from: '2022-03-08', until: '2026-02-14' },
  categories: {
    'xa-dac-biet-kho-khan': {
      label: { vi: 'Xã đặc biệt khó khăn', en: 'Commune with special difficulties' },
      useRegion: 'TDMNPB',
      source: DIEU_1,
    },
    'xa-an-toan-khu': {
      label: {
        vi: 'Xã an toàn khu thuộc huyện nghèo và huyện vừa thoát nghèo giai đoạn 2018 - 2020',
        en: 'Safe-zone (ATK) commune in a poor district or a district that escaped poverty in 2018–2020',
      },
      useRegion: 'TDMNPB',
      source: DIEU_1,
    },
  },
  prerequisites: [
    {
      set: 'qd-318-2022/xa-ntm',
      label: {
        vi: 'Xã đã đạt chuẩn nông thôn mới giai đoạn 2021 - 2025 (QĐ 318/QĐ-TTg, Phụ lục I)',
        en: 'The commune already meets the xã NTM 2021–2025 standard (QĐ 318/QĐ-TTg, Phụ lục I)',
      },
      source: {
        url: URLS_PL2.binhPhuocNangCao,
        provenance: 'partial',
        note:
          'Stated by Bình Phước QĐ 1361/QĐ-UBND (2022), which copies the national set, and verified in Thanh Hóa QĐ 26/2024/QĐ-UBND; ' +
          'the national wording has not been read.',
      },
    },
  ],
  criteria: [...tieuChi01Den09, ...tieuChi10Den13, ...tieuChi14Den19],
});
