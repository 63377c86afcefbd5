/**
 * @tieuchi/catalog — every published criteria set, and the one in force for a unit on a date.
 * @packageDocumentation
 */
import * as haTinhKdc from '@tieuchi/ha-tinh-kdc-vuon-mau';
import * as haTinh15 from '@tieuchi/ha-tinh-qd-15-2024';
import * as haTinh18 from '@tieuchi/ha-tinh-qd-18-2020';
import * as qd04 from '@tieuchi/qd-04-2022';
import * as qd1048 from '@tieuchi/qd-1048-2019';
import * as qd148 from '@tieuchi/qd-148-2023';
import * as thanhHoa26 from '@tieuchi/thanh-hoa-qd-26-2024';
import * as thanhHoa32 from '@tieuchi/thanh-hoa-qd-32-2022';
import * as thanhHoa33 from '@tieuchi/thanh-hoa-qd-33-2022';
import * as qd1980 from '@tieuchi/qd-1980-2016';
import * as qd211 from '@tieuchi/qd-211-2024';
import * as qd342 from '@tieuchi/qd-342-2013';
import * as qd491 from '@tieuchi/qd-491-2009';
import * as qd558 from '@tieuchi/qd-558-2016';
import * as qd691 from '@tieuchi/qd-691-2018';
import * as qd318 from '@tieuchi/qd-318-2022';
import * as qd319 from '@tieuchi/qd-319-2022';
import * as qd320 from '@tieuchi/qd-320-2022';
import * as qd321 from '@tieuchi/qd-321-2022';
import * as qd51 from '@tieuchi/qd-51-2025';
import { createCatalog, type LawPackage } from './catalog.js';

export { createCatalog } from './catalog.js';
export type { Catalog, CatalogEntry, LawPackage, Resolution, ResolveQuery } from './catalog.js';
export { samples } from './samples.js';
export type { SampleCommune, SampleDistrict } from './samples.js';

/** The law packages this catalog publishes. */
export const packages: readonly LawPackage[] = [
  // 2010–2015, amended in 2013; 2016–2020.
  { name: '@tieuchi/qd-491-2009', sets: qd491.sets },
  { name: '@tieuchi/qd-342-2013', amendments: qd342.amendments },
  { name: '@tieuchi/qd-558-2016', sets: qd558.sets },
  { name: '@tieuchi/qd-1980-2016', sets: qd1980.sets },
  { name: '@tieuchi/qd-691-2018', sets: qd691.sets },
  // 2021–2025.
  { name: '@tieuchi/qd-318-2022', sets: qd318.sets },
  { name: '@tieuchi/qd-319-2022', sets: qd319.sets },
  { name: '@tieuchi/qd-320-2022', sets: qd320.sets },
  { name: '@tieuchi/qd-321-2022', sets: qd321.sets },
  // QĐ 211 amends QĐ 318 from 01/3/2024 and issues the huyện NTM đặc thù set (through its amendment).
  { name: '@tieuchi/qd-211-2024', amendments: qd211.amendments },
  // 2026–2030: the law in force today.
  { name: '@tieuchi/qd-51-2025', sets: qd51.sets },
  // Đô thị văn minh and OCOP.
  { name: '@tieuchi/qd-04-2022', sets: qd04.sets },
  { name: '@tieuchi/qd-1048-2019', sets: qd1048.sets },
  { name: '@tieuchi/qd-148-2023', sets: qd148.sets },
  // Provinces: Thanh Hóa (each set re-derived when QĐ 211 changed the national classes on 01/3/2024).
  { name: '@tieuchi/thanh-hoa-qd-32-2022', sets: thanhHoa32.sets },
  { name: '@tieuchi/thanh-hoa-qd-33-2022', sets: thanhHoa33.sets },
  { name: '@tieuchi/thanh-hoa-qd-26-2024', sets: thanhHoa26.sets },
  // Hà Tĩnh: the 2022 sets with every version over time (QĐ 211's classes from 01/3/2024; QĐ 15/2024 as far as known).
  { name: '@tieuchi/ha-tinh-qd-18-2020', sets: haTinh18.sets },
  { name: '@tieuchi/ha-tinh-qd-36-2022', sets: [...haTinh15.xaNtmHistory.entries, ...haTinh15.xaNtmNangCaoHistory.entries].map((e) => e.set) },
  { name: '@tieuchi/ha-tinh-qd-37-2022', sets: [...haTinh15.huyenNtmHistory.entries, ...haTinh15.huyenNtmNangCaoHistory.entries].map((e) => e.set) },
  { name: '@tieuchi/ha-tinh-kdc-vuon-mau', sets: haTinhKdc.sets },
];

/** Every published set over time. */
export const catalog = createCatalog(packages);
