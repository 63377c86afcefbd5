// Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025
// QĐ 318/QĐ-TTg (08/3/2022) of the Thủ tướng Chính phủ, Phụ lục I — AS ORIGINALLY ISSUED.
// The amendment by QĐ 211/QĐ-TTg (01/3/2024) is a separate package and is not applied here.
// 19 tiêu chí in 5 nhóm, 57 chỉ tiêu (both counts verified). One `indicator(...)` per row of the annex, citation beside it;
// the rows and their provenance are in ./xa-ntm/nhom-*.ts.
import { defineSet } from '@tieuchi/core';
import { QD_318, URLS } from './sources.js';
import { nhomI } from './xa-ntm/nhom-1-quy-hoach.js';
import { nhomII } from './xa-ntm/nhom-2-ha-tang.js';
import { nhomIII } from './xa-ntm/nhom-3-kinh-te.js';
import { nhomIV } from './xa-ntm/nhom-4-van-hoa-xa-hoi-moi-truong.js';
import { nhomV } from './xa-ntm/nhom-5-he-thong-chinh-tri.js';

/** Điều 1 of QĐ 318/QĐ-TTg (verified): the special communes that are held to the TDMNPB column. */
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

/** Xã nông thôn mới 2021–2025 (QĐ 318/QĐ-TTg, Phụ lục I), as issued on 08/3/2022. */
export const xaNtm = defineSet({
  id: 'qd-318-2022/xa-ntm',
  label: {
    vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025',
    en: 'National criteria for new-rural (NTM) communes, 2021–2025',
  },
  scope: 'xa',
  tier: 'ntm',
  citation: QD_318,
  // In force on signing. Superseded for 2026–2030 by QĐ 51/2025/QĐ-TTg, which takes effect on 15/02/2026,
  // so this set is in force until 14/02/2026 inclusive.
  validity: { from: '2022-03-08', until: '2026-02-14' },
  groups: [
    { id: 'I', label: { vi: 'Quy hoạch', en: 'Planning' } },
    { id: 'II', label: { vi: 'Hạ tầng kinh tế - xã hội', en: 'Socio-economic infrastructure' } },
    { id: 'III', label: { vi: 'Kinh tế và tổ chức sản xuất', en: 'Economy and organisation of production' } },
    { id: 'IV', label: { vi: 'Văn hóa - Xã hội - Môi trường', en: 'Culture, society and environment' } },
    { id: 'V', label: { vi: 'Hệ thống chính trị', en: 'Political system' } },
  ],
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
  criteria: [...nhomI, ...nhomII, ...nhomIII, ...nhomIV, ...nhomV],
});
