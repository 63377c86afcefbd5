// Bộ tiêu chí huyện nông thôn mới nâng cao tỉnh Hà Tĩnh 2022–2025 — QĐ 37/2022/QĐ-UBND (09/12/2022; that QĐ 37 holds
// this set is unverified). Derived from QĐ 320/QĐ-TTg Phụ lục III with the never-looser check. Every row is national;
// the prerequisite is the Hà Tĩnh huyện NTM set.
import { derive, type Derivation } from '@tieuchi/core';
import { huyenNtmNangCao as huyenNtmNangCaoQuocGia, KET_THUC_CAP_HUYEN } from '@tieuchi/qd-320-2022';
import { huyenNtm, NGAY_KY } from './huyen-ntm.js';
import { QD_37_2022, TIEN_QUYET_NGUON } from './sources.js';

/** What QĐ 37/2022 states for the huyện NTM nâng cao set, as far as it is known. */
export const danXuatHuyenNtmNangCao: Derivation = {
  id: 'ha-tinh-qd-37-2022/huyen-ntm-nang-cao',
  province: 'ha-tinh',
  label: {
    vi: 'Bộ tiêu chí huyện nông thôn mới nâng cao tỉnh Hà Tĩnh giai đoạn 2022 - 2025',
    en: 'Hà Tĩnh criteria for advanced new rural districts, 2022–2025',
  },
  citation: QD_37_2022,
  validity: { from: NGAY_KY, until: KET_THUC_CAP_HUYEN.lastDay },
  regions: ['BTB'],
  prerequisites: [
    {
      set: huyenNtm.id,
      label: {
        vi: 'Huyện đạt chuẩn nông thôn mới theo Bộ tiêu chí huyện nông thôn mới tỉnh Hà Tĩnh giai đoạn 2022 - 2025',
        en: 'The district meets the Hà Tĩnh new rural district criteria, 2022–2025',
      },
      source: TIEN_QUYET_NGUON,
    },
  ],
  changes: [],
};

/** Bộ tiêu chí huyện nông thôn mới nâng cao tỉnh Hà Tĩnh 2022–2025, as issued: QĐ 320/QĐ-TTg Phụ lục III, for BTB. */
export const huyenNtmNangCao = derive(huyenNtmNangCaoQuocGia, danXuatHuyenNtmNangCao);
