/**
 * @tieuchi/ha-tinh-kdc-vuon-mau — Hà Tĩnh's village and garden models, as far as the sources go:
 * the interim Bộ tiêu chí Khu dân cư nông thôn mới kiểu mẫu of UBND tỉnh (2014; 10 tiêu chí verified, items mostly not
 * read) and the Bộ tiêu chí vườn mẫu of the BCĐ NTM tỉnh (4 tiêu chí known, the source cut off inside the 4th). See README.
 * @packageDocumentation
 */
import { khuDanCuKieuMau } from './khu-dan-cu-kieu-mau.js';
import { vuonMau } from './vuon-mau.js';

export { khuDanCuKieuMau, vuonMau };
export { QD_KDC_2014, BO_TIEU_CHI_VUON_MAU, URLS } from './sources.js';

/** Every set this package publishes. */
export const sets = [khuDanCuKieuMau, vuonMau] as const;
