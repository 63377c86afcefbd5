// Placeholder rows of QĐ 318/QĐ-TTg Phụ lục II.
//
// Phụ lục II has exactly 75 chỉ tiêu (verified), but no source read for this package names most of them. Each row
// that no source names is written here as a placeholder: a neutral label that says only which criterion it belongs to,
// provenance 'unverified', and a `notKnown` threshold, so it always evaluates to "chưa đủ dữ liệu" (unknown) — never
// met, never not met. How many rows each criterion has is NOT known either: the split of the placeholders over the 19
// criteria is this package's choice (README, "How the 75 rows were laid out"), and their codes are positions, not
// the decree's codes.
import { equals, indicator, input, notKnown, type BooleanInput, type Indicator } from '@tieuchi/core';
import { pl2 } from '../sources.js';
import { TEN, type SoTieuChi } from './ten-tieu-chi.js';

/** The reason every placeholder evaluates to unknown. */
export const LY_DO_GIU_CHO = {
  vi:
    'Chưa biết nội dung, mã và mức đạt chuẩn của chỉ tiêu này: Phụ lục II QĐ 318/QĐ-TTg có 75 chỉ tiêu (đã xác minh) ' +
    'nhưng văn bản gốc của bảng chưa được đọc; dòng này chỉ giữ chỗ để đủ 75 chỉ tiêu.',
  en:
    'The content, code and threshold of this indicator are not known: QĐ 318/QĐ-TTg Phụ lục II has 75 indicators ' +
    '(verified) but the official table has not been read; this row only holds a place so that the set has 75.',
} as const;

/** A placeholder row `code` in criterion `n`: content, code and threshold not known. */
export function giuCho<const C extends string>(code: C, n: SoTieuChi): Indicator<C, BooleanInput> & { readonly applicability: 'always' } {
  const ten = TEN[n];
  return indicator(code, {
    vi: `Tiêu chí ${n} "${ten.vi}": chỉ tiêu giữ chỗ ${code} (nội dung chưa xác minh)`,
    en: `Criterion ${n} "${ten.en}": placeholder indicator ${code} (content not verified)`,
    input: input.boolean(),
    rule: equals<boolean>(notKnown(LY_DO_GIU_CHO)),
    source: pl2(code, {
      provenance: 'unverified',
      note:
        `Placeholder: no source read names this row. Phụ lục II has 75 chỉ tiêu (verified); the number of rows of criterion ${n} ` +
        `and the code ${code} are this package's layout, not the decree's. Evaluates to unknown until the official text is encoded.`,
    }),
  });
}
