// QĐ 318/QĐ-TTg, Phụ lục I — I. QUY HOẠCH (tiêu chí 1)
import { criterion, indicator, input, isTrue } from '@tieuchi/core';
import { pl1, tieuChi } from '../sources.js';

export const nhomI = [
  criterion(1, { vi: 'Quy hoạch', en: 'Planning', group: 'I', source: tieuChi(1) }, [
    indicator('1.1', {
      vi: 'Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn',
      en: "The commune's general construction plan is approved and made public on time",
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('1.1', {
        provenance: 'unverified',
        note:
          'Reported form; the 2022 wording of this row in Phụ lục I has not been confirmed. (Phụ lục II 1.1 already read ' +
          '"còn thời hạn hoặc được rà soát, điều chỉnh theo quy định của pháp luật về quy hoạch" in 2022.) Threshold "Đạt".',
      }),
    }),
    indicator('1.2', {
      vi: 'Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch',
      en: 'Rules for managing the general construction plan are issued and the plan is implemented',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('1.2', {
        provenance: 'unverified',
        note:
          'Row marked "may be merged or dropped" in the reference (it is the QĐ 1980 wording). Kept as a separate ' +
          'indicator because only the reading that keeps 1.2, splits criterion 12 into 12.1/12.2 and keeps 14.3 reaches ' +
          'the verified total of 57 indicators.',
      }),
    }),
  ]),
] as const;
