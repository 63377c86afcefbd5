// Hà Tĩnh's provincial tiêu chí 20 "Khu dân cư mẫu, vườn mẫu".
//
// VERIFIED for 2016–2020 (reference §3.16.3): Hà Tĩnh added a 20th criterion to the 19 national ones, assessed by the
// VPĐP NTM tỉnh and the UBMTTQ tỉnh together with residents' satisfaction. UNVERIFIED for the 2022–2025 nâng cao set of
// QĐ 36/2022: see TIEU_CHI_20_NGUON. Its content (indicators, thresholds) is not known for either period, so the single
// row reads the province's assessment of the criterion as a whole; a verdict on it carries UNVERIFIED_VALUE.
import { criterion, indicator, input, isTrue } from '@tieuchi/core';
import { TIEU_CHI_20_NGUON } from './sources.js';

/** Tiêu chí 20 "Khu dân cư mẫu, vườn mẫu" (one row: the criterion as assessed). */
export const tieuChi20 = criterion(
  20,
  { vi: 'Khu dân cư mẫu, vườn mẫu', en: 'Model residential areas and model gardens', source: TIEU_CHI_20_NGUON },
  [
    indicator('20', {
      vi: 'Xã đạt tiêu chí Khu dân cư mẫu, vườn mẫu theo đánh giá, thẩm định của tỉnh (nội dung chưa xác minh)',
      en: 'The commune meets the "model residential areas, model gardens" criterion as assessed by the province (content not verified)',
      input: input.boolean(),
      rule: isTrue(),
      source: {
        ...TIEU_CHI_20_NGUON,
        note:
          'Answer with the result of the provincial assessment of tiêu chí 20 (in 2016–2020: VPĐP NTM tỉnh and UBMTTQ tỉnh). ' +
          'Its content items — presumably the village-level Khu dân cư NTM kiểu mẫu and vườn mẫu sets (@tieuchi/ha-tinh-kdc-vuon-mau) — ' +
          'and the shares of villages and gardens required have not been read. ' + (TIEU_CHI_20_NGUON.note ?? ''),
      },
    }),
  ],
);
