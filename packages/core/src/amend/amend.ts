import type { Citation } from '../citation/citation.js';
import { deepFreeze, seal, type CriteriaSet } from '../definition/define.js';
import { CriteriaSetError, type DefinitionProblem } from '../definition/errors.js';
import type { Criterion, SetDefinition } from '../definition/model.js';
import { isIsoDate } from '../definition/validate.js';
import type { Label } from '../label/label.js';
import { applyChanges } from './apply.js';
import type { Change } from './change.js';

/** An amending decision: its citation, the date it takes effect and its changes per target set. */
export interface Amendment {
  readonly citation: Citation;
  /** Date the changes take effect, ISO `YYYY-MM-DD`. */
  readonly effective: string;
  readonly label: Label;
  /** Changes per target set id. */
  readonly changes: Readonly<Record<string, readonly Change[]>>;
  /** New sets the decision issues (QĐ 211/QĐ-TTg adds "huyện NTM đặc thù"), in force from the effective date. */
  readonly introduces?: readonly CriteriaSet[];
}

/** Declare an amendment. Checks its own shape; its changes are checked when applied to each target. */
export function defineAmendment(def: Amendment): Amendment {
  const problems: DefinitionProblem[] = [];
  if (!isIsoDate(def.effective)) {
    problems.push({ code: 'INVALID_AMENDMENT', path: 'effective', message: { vi: `Ngày hiệu lực "${String(def.effective)}" không hợp lệ`, en: `Invalid effective date "${String(def.effective)}"` } });
  }
  if (!def.citation || typeof def.citation.decision !== 'string' || def.citation.decision === '') {
    problems.push({ code: 'INVALID_CITATION', path: 'citation', message: { vi: 'Văn bản sửa đổi thiếu số hiệu', en: 'The amending decision lacks a number' } });
  }
  if (Object.keys(def.changes ?? {}).length === 0 && (def.introduces ?? []).length === 0) {
    problems.push({ code: 'INVALID_AMENDMENT', path: 'changes', message: { vi: 'Văn bản sửa đổi không có thay đổi nào', en: 'The amendment makes no change' } });
  }
  (def.introduces ?? []).forEach((set, n) => {
    if (typeof set?.fingerprint !== 'string') {
      problems.push({ code: 'INVALID_AMENDMENT', path: `introduces[${n}]`, message: { vi: 'Bộ tiêu chí mới phải được định nghĩa bằng defineSet', en: 'A new set must be defined with defineSet' } });
    } else if (set.validity.from < def.effective) {
      problems.push({
        code: 'INVALID_AMENDMENT',
        path: `introduces[${n}].validity.from`,
        at: set.id,
        message: { vi: `Bộ tiêu chí mới ${set.id} không thể có hiệu lực trước văn bản ban hành nó (${def.effective})`, en: `New set ${set.id} cannot be in force before the decision that issues it (${def.effective})` },
      });
    } else if (Object.prototype.hasOwnProperty.call(def.changes ?? {}, set.id)) {
      problems.push({ code: 'INVALID_AMENDMENT', path: `introduces[${n}]`, at: set.id, message: { vi: `${set.id} vừa được ban hành mới vừa bị sửa đổi`, en: `${set.id} is both introduced and amended` } });
    }
  });
  if (problems.length > 0) throw new CriteriaSetError(def.citation?.decision ?? 'amendment', problems);
  return deepFreeze({ ...def, changes: def.changes ?? {} });
}

/** The sets an amendment targets. */
export function targetsOf(amendment: Amendment): string[] {
  return Object.keys(amendment.changes);
}

/**
 * Apply an amendment to a set: a new, validated, frozen version in force from the amendment's effective date.
 * A change to a code that does not exist, or a result that is not a valid set, throws naming the decision and code.
 */
export function amend<S extends CriteriaSet>(set: S, amendment: Amendment): CriteriaSet<readonly Criterion[]> {
  const changes = amendment.changes[set.id];
  const who = amendment.citation.decision;
  if (!changes) {
    throw new CriteriaSetError(set.id, [
      { code: 'AMENDMENT_TARGET_NOT_FOUND', path: 'changes', message: { vi: `${who} không sửa đổi bộ tiêu chí ${set.id}`, en: `${who} does not amend ${set.id}` } },
    ]);
  }
  if (amendment.effective < set.validity.from || (set.validity.until !== undefined && amendment.effective > set.validity.until)) {
    throw new CriteriaSetError(set.id, [
      {
        code: 'INVALID_AMENDMENT',
        path: 'effective',
        message: {
          vi: `${who} có hiệu lực ${amendment.effective}, ngoài thời gian hiệu lực của bộ tiêu chí`,
          en: `${who} takes effect on ${amendment.effective}, outside the set's validity`,
        },
      },
    ]);
  }
  const { fingerprint: _f, __inputs: _i, ...plain } = set as S & { __inputs?: unknown };
  const { def, problems } = applyChanges(plain as SetDefinition, changes, { ...amendment.citation, effective: amendment.effective });
  if (problems.length > 0) throw new CriteriaSetError(set.id, problems);
  const version = amendment.effective === set.version ? `${amendment.effective}+${who}` : amendment.effective;
  const next: SetDefinition = {
    ...def,
    version,
    validity: { ...set.validity, from: amendment.effective },
    amendedBy: [...set.amendedBy, { ...amendment.citation, effective: amendment.effective }],
  };
  try {
    return seal(next);
  } catch (e) {
    if (e instanceof CriteriaSetError) {
      throw new CriteriaSetError(
        set.id,
        e.problems.map((p) => ({ ...p, message: { vi: `${who}: ${p.message.vi}`, en: `${who}: ${p.message.en}` } })),
      );
    }
    throw e;
  }
}
