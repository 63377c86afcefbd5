import type { Label } from '../label/label.js';

/** The seven socio-economic regions (vùng) used by QĐ 1980/2016 and QĐ 318/2022 threshold columns. */
export const REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;

/** A region code (contract). */
export type Region = (typeof REGIONS)[number];

/** Names of the regions. */
export const REGION_LABELS: Readonly<Record<Region, Label>> = Object.freeze({
  TDMNPB: { vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
  DBSH: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  BTB: { vi: 'Bắc Trung Bộ', en: 'North Central' },
  DHNTB: { vi: 'Duyên hải Nam Trung Bộ', en: 'South Central Coast' },
  TN: { vi: 'Tây Nguyên', en: 'Central Highlands' },
  DNB: { vi: 'Đông Nam Bộ', en: 'Southeast' },
  DBSCL: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta' },
});

/** True when `x` is one of the seven region codes. */
export function isRegion(x: unknown): x is Region {
  return typeof x === 'string' && (REGIONS as readonly string[]).includes(x);
}

/** Commune groups (nhóm xã) that replace regions in QĐ 51/2025 (2026–2030). */
export const COMMUNE_GROUPS = [1, 2, 3] as const;
/** A commune group (nhóm xã). */
export type CommuneGroup = (typeof COMMUNE_GROUPS)[number];
