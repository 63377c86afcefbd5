// Bộ tiêu chí quốc gia về nông thôn mới — QĐ 491/QĐ-TTg (16/4/2009) of the Thủ tướng Chính phủ, AS ORIGINALLY ISSUED.
// The amendment by QĐ 342/QĐ-TTg (20/02/2013) is the package @tieuchi/qd-342-2013 and is not applied here.
// 19 tiêu chí in 5 nhóm (verified). Rows of criteria 1–5 from a scanned annex; criteria 6–19 mostly placeholders.
import { defineSet } from '@tieuchi/core';
import { QD_491 } from './sources.js';
import { tieuChi1Den5 } from './xa-ntm/tieu-chi-1-5.js';
import { tieuChi6Den9, tieuChi10Den13, tieuChi14Den17, tieuChi18Den19 } from './xa-ntm/tieu-chi-6-19.js';

/** Xã nông thôn mới 2009–2016 (QĐ 491/QĐ-TTg), as issued on 16/4/2009. */
export const xaNtm = defineSet({
  id: 'qd-491-2009/xa-ntm',
  label: { vi: 'Bộ tiêu chí quốc gia về nông thôn mới', en: 'National criteria for new-rural (NTM) communes (2009)' },
  scope: 'xa',
  tier: 'ntm',
  citation: QD_491,
  // From the signing date (the effective date has not been read). QĐ 1980/QĐ-TTg takes effect on 01/12/2016 and
  // replaces QĐ 491 and QĐ 342 (Thư Ký Luật notice), so this set is in force until 30/11/2016 inclusive.
  validity: { from: '2009-04-16', until: '2016-11-30' },
  groups: [
    { id: 'I', label: { vi: 'Quy hoạch', en: 'Planning' } },
    { id: 'II', label: { vi: 'Hạ tầng kinh tế - xã hội', en: 'Socio-economic infrastructure' } },
    { id: 'III', label: { vi: 'Kinh tế và tổ chức sản xuất', en: 'Economy and organisation of production' } },
    { id: 'IV', label: { vi: 'Văn hóa - Xã hội - Môi trường', en: 'Culture, society and environment' } },
    { id: 'V', label: { vi: 'Hệ thống chính trị', en: 'Political system' } },
  ],
  criteria: [...tieuChi1Den5, ...tieuChi6Den9, ...tieuChi10Den13, ...tieuChi14Den17, ...tieuChi18Den19],
});
