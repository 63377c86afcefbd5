// The 9 criteria of QĐ 04/2022/QĐ-TTg (Điều 5 khoản 1; the same 9 at both levels, criterion 3 worded by level).
// Names verified: LawNet (Điều 5 khoản 1, a–i), Cổng TTĐT Hải Phòng, Sở VHTTDL Thanh Hóa (reference §3.9).
import { criterion, indicator, input, isTrue, type Label } from '@tieuchi/core';
import { row, tieuChi, URLS, VI_CA_TIEU_CHI } from './sources.js';

/** Numbers of the 9 criteria. */
export type SoTieuChi = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Names of the criteria shared by both levels (criterion 3 is worded per level: see TIEU_CHI_3). */
export const TEN: Readonly<Record<Exclude<SoTieuChi, 3>, Label>> = {
  1: { vi: 'Quy hoạch đô thị', en: 'Urban planning' },
  2: { vi: 'Giao thông đô thị', en: 'Urban transport' },
  4: { vi: 'An ninh, trật tự đô thị', en: 'Urban security and order' },
  5: { vi: 'Thông tin, truyền thông đô thị', en: 'Urban information and communication' },
  6: { vi: 'Việc làm, thu nhập bình quân, hộ nghèo ở đô thị', en: 'Urban employment, average income and poor households' },
  7: { vi: 'Văn hóa, thể thao đô thị', en: 'Urban culture and sport' },
  8: { vi: 'Y tế, giáo dục đô thị', en: 'Urban health and education' },
  9: { vi: 'Hệ thống chính trị và trách nhiệm của chính quyền đô thị', en: 'Political system and responsibilities of the urban government' },
};

/** Criterion 3, worded by level (verified: Sở VHTTDL Thanh Hóa quotes both wordings). */
export const TIEU_CHI_3 = {
  phuongThiTran: { vi: 'Môi trường và an toàn thực phẩm đô thị', en: 'Urban environment and food safety' },
  quanThiXa: { vi: 'Môi trường đô thị', en: 'Urban environment' },
} as const satisfies Record<string, Label>;

/**
 * One row that stands for a whole criterion: the unit enters the result of assessing the criterion on the annex's
 * Bảng đánh giá (true = every content of the criterion met). Code = the criterion's number.
 */
export function caTieuChi<const C extends string>(code: C, n: SoTieuChi, ten: Label, phuLuc: 'Phụ lục I' | 'Phụ lục II', loai: Label) {
  return indicator(code, {
    vi: `Tiêu chí ${n} "${ten.vi}" đạt theo Bảng đánh giá ${phuLuc} (kết quả đánh giá cả tiêu chí)`,
    en: `Criterion ${n} "${ten.en}" met on the assessment table of ${phuLuc} (result of assessing the whole criterion)`,
    input: input.boolean(),
    rule: isTrue(),
    source: row(code, {
      provenance: 'partial',
      note:
        `Stands for all rows of criterion ${n} of ${phuLuc}, which have not been read: ${VI_CA_TIEU_CHI.en}. Verified: the criterion, ` +
        `its name, and that the ${loai.en} must meet all 9 criteria (Điều 5). Not verified: what the rows of the criterion require. ` +
        'The code is the criterion number, this package’s choice.',
    }),
  });
}

/** A criterion encoded as the single row `caTieuChi`. */
export function tieuChiMotDong(n: SoTieuChi, ten: Label, phuLuc: 'Phụ lục I' | 'Phụ lục II', loai: Label) {
  const code = String(n) as `${SoTieuChi}`;
  const url = phuLuc === 'Phụ lục I' ? URLS.dieu5 : URLS.haiPhong;
  return criterion(n, { ...ten, source: tieuChi(n, undefined, url) }, [caTieuChi(code, n, ten, phuLuc, loai)]);
}
