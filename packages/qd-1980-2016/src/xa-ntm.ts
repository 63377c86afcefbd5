// Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020 — QĐ 1980/QĐ-TTg (17/10/2016) of the Thủ tướng
// Chính phủ, in force 01/12/2016. 19 tiêu chí (verified); the 49 rows are the commonly reported list (unverified).
import { defineSet } from '@tieuchi/core';
import { QD_1980 } from './sources.js';
import { tieuChi1Den9 } from './xa-ntm/tieu-chi-1-9.js';
import { tieuChi10Den13, tieuChi14Den17, tieuChi18Den19 } from './xa-ntm/tieu-chi-10-19.js';

/** Xã nông thôn mới 2016–2020 (QĐ 1980/QĐ-TTg). */
export const xaNtm = defineSet({
  id: 'qd-1980-2016/xa-ntm',
  label: {
    vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020',
    en: 'National criteria for new-rural (NTM) communes, 2016–2020',
  },
  scope: 'xa',
  tier: 'ntm',
  citation: QD_1980,
  // In force 01/12/2016 (replacing QĐ 491 and QĐ 342). The 2021–2025 set, QĐ 318/QĐ-TTg, is signed and in force on
  // 08/3/2022, so this set is in force until 07/3/2022 inclusive.
  validity: { from: '2016-12-01', until: '2022-03-07' },
  groups: [
    { id: 'I', label: { vi: 'Quy hoạch', en: 'Planning' } },
    { id: 'II', label: { vi: 'Hạ tầng kinh tế - xã hội', en: 'Socio-economic infrastructure' } },
    { id: 'III', label: { vi: 'Kinh tế và tổ chức sản xuất', en: 'Economy and organisation of production' } },
    { id: 'IV', label: { vi: 'Văn hóa - Xã hội - Môi trường', en: 'Culture, society and environment' } },
    { id: 'V', label: { vi: 'Hệ thống chính trị', en: 'Political system' } },
  ],
  criteria: [...tieuChi1Den9, ...tieuChi10Den13, ...tieuChi14Den17, ...tieuChi18Den19],
});
