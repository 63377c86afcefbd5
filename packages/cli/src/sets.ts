import { catalog, type CatalogEntry } from '@tieuchi/catalog';
import { isIsoDate, type CriteriaSet, type Label } from '@tieuchi/core';
import { CliError } from './errors.js';
import { L } from './lang.js';

/** A set named on the command line, with the version chosen and why. */
export interface ChosenSet {
  readonly set: CriteriaSet;
  readonly entry: CatalogEntry | undefined;
  /** Set when the version is not the one in force on the date asked for (the date falls outside every version). */
  readonly note?: Label;
}

/** `id` or `id@YYYY-MM-DD` (or `id@<version>`). */
export function parseSetRef(ref: string): { id: string; at?: string } {
  const at = ref.lastIndexOf('@');
  if (at <= 0) return { id: ref.trim() };
  return { id: ref.slice(0, at).trim(), at: ref.slice(at + 1).trim() };
}

function suggestions(id: string): string {
  const ids = catalog.ids();
  const tail = id.includes('/') ? id.slice(id.indexOf('/') + 1) : id;
  const close = ids.filter((x) => x.includes(id) || (tail !== '' && x.endsWith(`/${tail}`)) || id.includes(x));
  return (close.length > 0 ? close : ids).slice(0, 30).join(', ');
}

/** The catalog entry of a set version. */
export function entryOf(set: CriteriaSet): CatalogEntry | undefined {
  return catalog.entries.find((e) => e.id === set.id && e.version === set.version);
}

/**
 * The set a reference names. `id@date` picks the version in force on that date; otherwise `asOf` does; with neither,
 * the latest version. A date outside every version picks the nearest version and says so in `note`.
 */
export function chooseSet(ref: string, asOf?: string): ChosenSet {
  const { id, at } = parseSetRef(ref);
  const timeline = catalog.versions(id);
  if (!timeline || timeline.entries.length === 0) {
    throw new CliError(
      L(
        `Không có bộ tiêu chí "${id}" trong danh mục. Các bộ có: ${suggestions(id)} (xem \`tieuchi list\`)`,
        `Unknown criteria set "${id}". Known sets: ${suggestions(id)} (see \`tieuchi list\`)`,
      ),
    );
  }
  const versions = timeline.entries;
  if (at !== undefined) {
    const exact = versions.find((v) => v.set.version === at);
    if (exact && !isIsoDate(at)) return { set: exact.set, entry: entryOf(exact.set) };
    if (!isIsoDate(at)) {
      throw new CliError(
        L(
          `Phiên bản không hợp lệ trong "${ref}": sau @ cần một ngày YYYY-MM-DD hoặc một phiên bản (${versions.map((v) => v.set.version).join(', ')})`,
          `Invalid version in "${ref}": after @ give a date YYYY-MM-DD or a version (${versions.map((v) => v.set.version).join(', ')})`,
        ),
      );
    }
  }
  const date = at ?? asOf;
  if (date === undefined) {
    const last = versions[versions.length - 1]!.set;
    return { set: last, entry: entryOf(last) };
  }
  const inForce = catalog.get(id, date);
  if (inForce) return { set: inForce, entry: entryOf(inForce) };
  const first = versions[0]!;
  const last = versions[versions.length - 1]!;
  const nearest = date < first.from ? first : last;
  const range = `${first.from} – ${last.until ?? '…'}`;
  return {
    set: nearest.set,
    entry: entryOf(nearest.set),
    note: L(
      `Bộ tiêu chí ${id} không có hiệu lực vào ngày ${date} (hiệu lực ${range}); dùng phiên bản ${nearest.set.version} gần nhất`,
      `Criteria set ${id} is not in force on ${date} (in force ${range}); using the nearest version, ${nearest.set.version}`,
    ),
  };
}

/** Every set version the catalog knows (for law tests). */
export function allCatalogSets(): CriteriaSet[] {
  return catalog.entries.map((e) => e.set);
}
