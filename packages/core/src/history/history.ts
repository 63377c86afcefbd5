import { amend, type Amendment } from '../amend/amend.js';
import type { CriteriaSet } from '../definition/define.js';
import { CriteriaSetError } from '../definition/errors.js';

/** One version of the law and the days it was the one in force (`until` inclusive; absent = open). */
export interface VersionEntry {
  readonly set: CriteriaSet;
  readonly from: string;
  readonly until?: string;
}

/** Versions of the law over time, oldest first; each ends the day before the next starts. */
export interface Timeline {
  readonly entries: readonly VersionEntry[];
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A timeline from sets (and their amended versions). Later starts supersede earlier ones: a 2016–2020 set ends
 * when the 2021–2025 set starts, an original when its amendment takes effect.
 */
export function timeline(sets: readonly CriteriaSet[]): Timeline {
  const sorted = [...sets].sort((a, b) => (a.validity.from < b.validity.from ? -1 : a.validity.from > b.validity.from ? 1 : 0));
  const entries: VersionEntry[] = sorted.map((set, n) => {
    const next = sorted[n + 1];
    const ownUntil = set.validity.until;
    const cut = next ? dayBefore(next.validity.from) : undefined;
    const until = cut !== undefined && (ownUntil === undefined || cut < ownUntil) ? cut : ownUntil;
    return until === undefined ? { set, from: set.validity.from } : { set, from: set.validity.from, until };
  });
  // A version superseded on the day it starts (two starting the same day) is never in force: it is not listed.
  const inForceSomeDay = entries.filter((e) => e.until === undefined || e.until >= e.from);
  return Object.freeze({ entries: Object.freeze(inForceSomeDay) });
}

/**
 * The versions of one set: the original and, for each amendment targeting it (in order of effect), the version
 * it produced. Every version records which amendments it carries.
 */
export function history(base: CriteriaSet, amendments: readonly Amendment[]): Timeline {
  const relevant = amendments
    .filter((a) => Object.prototype.hasOwnProperty.call(a.changes, base.id))
    .sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0));
  const versions: CriteriaSet[] = [base];
  for (const a of relevant) {
    const prev = versions[versions.length - 1] as CriteriaSet;
    if (a.effective <= prev.validity.from && versions.length > 1) {
      throw new CriteriaSetError(base.id, [
        { code: 'INVALID_AMENDMENT', path: 'effective', message: { vi: `${a.citation.decision} có cùng ngày hiệu lực với một sửa đổi khác`, en: `${a.citation.decision} takes effect on the same day as another amendment` } },
      ]);
    }
    versions.push(amend(prev, a));
  }
  return timeline(versions);
}

/** The version in force on a date (`YYYY-MM-DD`), or undefined when none is. */
export function inForce(t: Timeline, asOf: string): CriteriaSet | undefined {
  for (let n = t.entries.length - 1; n >= 0; n--) {
    const e = t.entries[n] as VersionEntry;
    if (e.from <= asOf) return e.until === undefined || asOf <= e.until ? e.set : undefined;
  }
  return undefined;
}

/** Every version in force at some day of [from, until], with the days it was in force. */
export function inForceDuring(t: Timeline, from: string, until?: string): VersionEntry[] {
  return t.entries.filter((e) => (until === undefined || e.from <= until) && (e.until === undefined || e.until >= from));
}
