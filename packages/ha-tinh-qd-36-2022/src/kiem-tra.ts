// The never-looser check over time, for a provincial set that has versions of its own.
//
// `derive` proves one provincial version never looser than every national version in force during the provincial
// set's validity. A provincial set issued before a national amendment cannot always pass that: Hà Tĩnh's 2022 sets
// carry QĐ 318's classes of communes held to the TDMNPB values, and QĐ 211/QĐ-TTg changed those classes on 01/3/2024,
// so the 2022 version is looser than the 2024 national version for some communes (see README, "Why the derivation is
// checked version by version"). The honest check pairs each provincial version with the national versions in force on
// the same days — which is what these helpers do.
import {
  checkNotLooser,
  CriteriaSetError,
  inForceDuring,
  type DefinitionProblem,
  type LoosenessViolation,
  type Timeline,
} from '@tieuchi/core';

/** The versions of `t` in force at some day of [from, until], as a timeline of their own (to derive from). */
export function phienBanTrongKhoang(t: Timeline, from: string, until?: string): Timeline {
  const entries = inForceDuring(t, from, until);
  if (entries.length === 0) throw new RangeError(`No version is in force between ${from} and ${until ?? '…'}`);
  return Object.freeze({ entries: Object.freeze([...entries]) });
}

/** A place where one provincial version is looser than a national version in force on the same days. */
export interface ViPhamTheoPhienBan extends LoosenessViolation {
  readonly provincialVersion: string;
  readonly nationalVersion: string;
  /** The days both versions were in force together. */
  readonly from: string;
  readonly until?: string;
}

const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

/**
 * Every place where a version of `provincial` is looser than a version of `national` in force on the same days (each
 * pair checked only over the days they share). Empty when every provincial version is never looser.
 */
export function kiemTraKhongLongHon(provincial: Timeline, national: Timeline): ViPhamTheoPhienBan[] {
  const out: ViPhamTheoPhienBan[] = [];
  for (const p of provincial.entries) {
    for (const n of inForceDuring(national, p.from, p.until)) {
      const from = later(p.from, n.from);
      const until = earlier(p.until, n.until);
      const window = until === undefined ? { from } : { from, until };
      for (const v of checkNotLooser(p.set, n.set, window)) {
        out.push({ ...v, provincialVersion: p.set.version, nationalVersion: n.set.version, ...window });
      }
    }
  }
  return out;
}

/** Throws a `CriteriaSetError` (LOOSER_THAN_PARENT, naming the indicator and both versions) unless never looser. */
export function damBaoKhongLongHon(provincial: Timeline, national: Timeline): void {
  const violations = kiemTraKhongLongHon(provincial, national);
  if (violations.length === 0) return;
  const id = provincial.entries[0]?.set.id ?? 'provincial set';
  const problems: DefinitionProblem[] = violations.map((v) => ({
    code: 'LOOSER_THAN_PARENT',
    path: `version ${v.provincialVersion} / indicator ${v.code}`,
    at: v.code,
    message: {
      vi: `${v.message.vi} (phiên bản ${v.provincialVersion} so với phiên bản quốc gia ${v.nationalVersion}, ${v.from} – ${v.until ?? '…'})`,
      en: `${v.message.en} (version ${v.provincialVersion} against national version ${v.nationalVersion}, ${v.from} – ${v.until ?? '…'})`,
    },
  }));
  throw new CriteriaSetError(id, problems);
}
