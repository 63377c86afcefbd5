/**
 * @tieuchi/catalog — every published criteria set, and the one in force for a unit on a date.
 * @packageDocumentation
 */
import * as qd211 from '@tieuchi/qd-211-2024';
import * as qd318 from '@tieuchi/qd-318-2022';
import * as qd319 from '@tieuchi/qd-319-2022';
import * as qd51 from '@tieuchi/qd-51-2025';
import { createCatalog, type LawPackage } from './catalog.js';

export { createCatalog } from './catalog.js';
export type { Catalog, CatalogEntry, LawPackage, Resolution, ResolveQuery } from './catalog.js';
export { samples } from './samples.js';
export type { SampleCommune, SampleDistrict } from './samples.js';

/** The law packages this catalog publishes. */
export const packages: readonly LawPackage[] = [
  { name: '@tieuchi/qd-318-2022', sets: qd318.sets },
  { name: '@tieuchi/qd-319-2022', sets: qd319.sets },
  // QĐ 211 amends QĐ 318 from 01/3/2024 and issues the huyện NTM đặc thù set (through its amendment).
  { name: '@tieuchi/qd-211-2024', amendments: qd211.amendments },
  { name: '@tieuchi/qd-51-2025', sets: qd51.sets },
];

/** Every published set over time. */
export const catalog = createCatalog(packages);
