import type { Region } from '@tieuchi/core';
import data from '../data/communes.json' with { type: 'json' };

/** A synthetic commune, as an official would type it. Not real data about any commune. */
export interface SampleCommune {
  readonly id: string;
  readonly name: string;
  readonly region: Region;
  readonly province: string;
  readonly category: readonly string[];
  readonly values: Readonly<Record<string, unknown>>;
}

/** A synthetic district and the ids of its communes. */
export interface SampleDistrict {
  readonly id: string;
  readonly name: string;
  readonly region: Region;
  readonly province: string;
  readonly communes: readonly string[];
}

/** Clearly synthetic sample data: communes in several regions and categories, and a district with its communes. */
export const samples: {
  readonly note: string;
  readonly asOf: string;
  readonly communes: readonly SampleCommune[];
  readonly districts: readonly SampleDistrict[];
} = { note: data._note, asOf: data.asOf, communes: data.communes as unknown as SampleCommune[], districts: data.districts as SampleDistrict[] };
