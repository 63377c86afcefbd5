// The registration-period condition, common to both levels: "thời gian đăng ký 02 năm đối với công nhận lần đầu và 05
// năm đối với công nhận lại" (Điều 5; verified for phường/thị trấn — LawNet, Hải Phòng — and for quận/thị xã/thành phố —
// Hải Phòng, Sở VHTTDL Thanh Hóa).
import { custom, indicator, input, type Label } from '@tieuchi/core';
import { row, URLS } from './sources.js';

/** What the unit enters: first recognition or re-recognition, and the whole years since it registered. */
export const thoiGianDangKyInput = input.fields({
  /** 'lan-dau': first recognition; 'lai': re-recognition (công nhận lại). */
  loai: input.choice(['lan-dau', 'lai'] as const, {
    'lan-dau': { vi: 'Công nhận lần đầu', en: 'First recognition' },
    lai: { vi: 'Công nhận lại', en: 'Re-recognition' },
  }),
  /** Years elapsed since the unit registered (đăng ký) to its review. */
  soNam: input.number({ min: 0, unit: { vi: 'năm', en: 'years' } }),
});

interface ThoiGianDangKy {
  readonly loai?: 'lan-dau' | 'lai' | null;
  readonly soNam?: number | null;
}

/** The registration-period row `code` for a unit of kind `donVi`; `url` is the source that states it for that level. */
export function thoiGianDangKy<const C extends string>(code: C, donVi: Label, url: string) {
  return indicator(code, {
    vi: `Thời gian đăng ký ${donVi.vi} đạt chuẩn đô thị văn minh: 02 năm đối với công nhận lần đầu; 05 năm đối với công nhận lại`,
    en: `Registration period of the ${donVi.en}: 2 years for first recognition; 5 years for re-recognition`,
    input: thoiGianDangKyInput,
    rule: custom({
      name: 'qd-04-2022/thoi-gian-dang-ky',
      description: {
        vi: 'Từ khi đăng ký đến khi xét đủ 02 năm (công nhận lần đầu) hoặc 05 năm (công nhận lại)',
        en: 'At least 2 years (first recognition) or 5 years (re-recognition) between registration and review',
      },
      params: { lanDau: 2, congNhanLai: 5 },
      test: (v: ThoiGianDangKy, p) => {
        if (v.soNam == null || (v.loai !== 'lan-dau' && v.loai !== 'lai')) return null;
        return v.soNam >= (v.loai === 'lan-dau' ? p.lanDau : p.congNhanLai);
      },
    }),
    source: row(code, {
      provenance: 'partial',
      url,
      note:
        'The periods (02 years first recognition, 05 years re-recognition) are verified. Reading them as the least time from ' +
        'registration to review ("≥") is this package’s: the sources write "thời gian đăng ký" without a comparator; practice ' +
        `agrees (Dĩ An registered its phường in 2022 and planned the first review for 2024: ${URLS.diAn}).`,
    }),
  });
}
