/**
 * @tieuchi/catalog — every published criteria set, and the one in force for a unit on a date.
 * @packageDocumentation
 */
import * as qd318 from '@tieuchi/qd-318-2022';
import { createCatalog, type LawPackage } from './catalog.js';

export { createCatalog } from './catalog.js';
export type { Catalog, CatalogEntry, LawPackage, Resolution, ResolveQuery } from './catalog.js';
export { samples } from './samples.js';
export type { SampleCommune, SampleDistrict } from './samples.js';

/** The law packages this catalog publishes. */
export const packages: readonly LawPackage[] = [{ name: '@tieuchi/qd-318-2022', sets: qd318.sets }];

/** Every published set over time. */
export const catalog = createCatalog(packages);
