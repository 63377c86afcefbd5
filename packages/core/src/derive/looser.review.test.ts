import { describe, expect, it } from 'vitest';
import {
  atLeast,
  byCategory,
  byRegion,
  byYear,
  change,
  checkNotLooser,
  criterion,
  custom,
  defineSet,
  derive,
  evaluate,
  indicator,
  input,
  isTrue,
  provinceParameter,
  type Citation,
  type CriteriaSet,
} from '@tieuchi/core';

const nat: Citation = { decision: '1/QĐ-REVIEW', issuer: 'Test', signed: '2022-01-01', provenance: 'verified' };
const prov: Citation = { decision: '2/QĐ-UBND-REVIEW', issuer: 'UBND tỉnh', signed: '2022-06-01', provenance: 'verified' };

const derivation = {
  id: 'tinh-review/xa-demo',
  province: 'tinh-review',
  label: { vi: 'Tỉnh', en: 'Province' },
  citation: prov,
  validity: { from: '2022-06-01', until: '2025-12-31' },
} as const;

const b = (code: string) => indicator(code, { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}`, input: input.boolean(), rule: isTrue() });

function parentWith(criteria: Parameters<typeof defineSet>[0]['criteria'], extra: Partial<Parameters<typeof defineSet>[0]> = {}): CriteriaSet {
  return defineSet({
    id: 'review-1-2022/xa-demo',
    label: { vi: 'Bộ thử', en: 'Test set' },
    scope: 'xa',
    tier: 'ntm',
    citation: nat,
    validity: { from: '2022-01-01', until: '2025-12-31' },
    regions: ['BTB', 'DBSH'],
    ...extra,
    criteria,
  });
}

describe('checkNotLooser: structural holes', () => {
  it('flags an indicator added to an "at least k of" criterion without raising k (one more way to pass)', () => {
    const parent = parentWith([criterion(1, { vi: 'A', en: 'A', combine: { type: 'atLeast', count: 2 } }, [b('1.1'), b('1.2'), b('1.3')])]);
    const attempt = () => derive(parent, { ...derivation, changes: [change.addIndicator(1, b('1.4'))] });
    // A unit meeting only 1.1 and the new 1.4 passes the province's set but not the national one.
    expect(attempt).toThrow(/LOOSER|lỏng|looser/i);
  });

  it('accepts an added indicator in an "at least k of" criterion when k rises with it', () => {
    const parent = parentWith([criterion(1, { vi: 'A', en: 'A', combine: { type: 'atLeast', count: 2 } }, [b('1.1'), b('1.2'), b('1.3')])]);
    expect(() =>
      derive(parent, { ...derivation, changes: [change.addIndicator(1, b('1.4')), change.updateCriterion(1, { combine: { type: 'atLeast', count: 3 } })] }),
    ).not.toThrow();
  });

  it('flags a required indicator moved into an "at least k of" criterion', () => {
    const parent = parentWith([
      criterion(1, { vi: 'A', en: 'A' }, [b('1.1'), b('1.2')]),
      criterion(2, { vi: 'B', en: 'B', combine: { type: 'atLeast', count: 1 } }, [b('2.1'), b('2.2')]),
    ]);
    const attempt = () =>
      derive(parent, {
        ...derivation,
        changes: [change.removeIndicator('1.2'), change.addIndicator(2, b('1.2')), change.updateCriterion(2, { combine: { type: 'atLeast', count: 2 } })],
      });
    // 1.2 was always required; now 2.1 + 2.2 can stand in for it.
    expect(attempt).toThrow(expect.objectContaining({ code: 'LOOSER_THAN_PARENT', message: expect.stringMatching(/criterion 1 |tiêu chí 1 /) }));
  });

  it('flags dropped prerequisites (nâng cao without NTM)', () => {
    const parent = parentWith([criterion(1, { vi: 'A', en: 'A' }, [b('1.1')])], {
      tier: 'nang-cao',
      prerequisites: [{ set: 'review-1-2022/xa-ntm', label: { vi: 'Đạt chuẩn NTM', en: 'NTM' } }],
    });
    expect(() => derive(parent, { ...derivation, prerequisites: [], changes: [] })).toThrow(/LOOSER|lỏng|looser|prerequisite|tiên quyết/i);
  });

  it('flags a custom rule whose predicate was swapped (same description and params, different name)', () => {
    const strict = custom<number>({ name: 'review/strict', description: { vi: 'Theo luật', en: 'As the law says' }, test: (v) => v >= 10 });
    const lax = custom<number>({ name: 'review/lax', description: { vi: 'Theo luật', en: 'As the law says' }, test: () => true });
    const parent = parentWith([criterion(1, { vi: 'A', en: 'A' }, [indicator('1.1', { vi: 'x', en: 'x', input: input.number(), rule: strict })])]);
    expect(() =>
      derive(parent, { ...derivation, changes: [change.updateIndicator('1.1', { rule: lax })] }),
    ).toThrow(/1\.1/);
  });
});

describe('checkNotLooser: contexts not enumerated', () => {
  it('checks units with two categories (category precedence + useRegion)', () => {
    // National: an "a" commune uses TDMNPB values; a "b" commune needs 70 whatever its region.
    const parent = parentWith(
      [criterion(1, { vi: 'A', en: 'A' }, [indicator('1.1', { vi: 'x', en: 'x', input: input.number(), rule: atLeast(byCategory({ b: 70 }, byRegion({ TDMNPB: 30, BTB: 50, DBSH: 50 }))) })])],
      {
        regions: ['TDMNPB', 'BTB', 'DBSH'],
        categories: { a: { label: { vi: 'a', en: 'a' }, useRegion: 'TDMNPB' }, b: { label: { vi: 'b', en: 'b' } } },
      },
    );
    // Province: gives "a" communes 40 (stricter than 30) — but a unit that is both "a" and "b" now gets 40, not 70.
    const loosened = [change.setValue('1.1', byCategory({ a: 40, b: 70 }, byRegion({ TDMNPB: 30, BTB: 50, DBSH: 50 })))];
    const unit = { id: 'x', region: 'BTB', category: ['a', 'b'], values: { '1.1': 45 } };
    expect(evaluate(parent, unit as never, { asOf: '2023-01-01' }).status).toBe('not-met');
    // The same set built without the proof: the unit passes it, so derive must refuse it.
    const d = defineSet({ ...parent, id: 'tinh-review/xa-demo', criteria: [criterion(1, { vi: 'A', en: 'A' }, [indicator('1.1', { vi: 'x', en: 'x', input: input.number(), rule: atLeast(byCategory({ a: 40, b: 70 }, byRegion({ TDMNPB: 30, BTB: 50, DBSH: 50 }))) })])] });
    expect(evaluate(d, unit as never, { asOf: '2023-01-01' }).status).toBe('met');
    expect(checkNotLooser(d, parent).map((v) => v.code)).toContain('1.1');
    expect(() => derive(parent, { ...derivation, changes: loosened })).toThrow(/1\.1/);
  });

  it('covers years listed only inside a supplied parameter', () => {
    const parent = parentWith([
      criterion(1, { vi: 'A', en: 'A' }, [indicator('1.1', { vi: 'x', en: 'x', input: input.number(), rule: atLeast(byYear({ 2022: 50 }, { between: 'previous', after: 'last' })) })]),
    ], { validity: { from: '2022-01-01' } });
    const d = parentWith(
      [criterion(1, { vi: 'A', en: 'A' }, [indicator('1.1', { vi: 'x', en: 'x', input: input.number(), rule: atLeast(provinceParameter('muc', { vi: 'm', en: 'm' })) })])],
      { id: 'tinh-review/xa-demo', validity: { from: '2022-01-01' }, parameters: { muc: byYear({ 2022: 60, 2030: 40 }, { between: 'previous', after: 'last' }) } },
    );
    // In 2030 the province asks 40 where the nation asks 50.
    expect(checkNotLooser(d, parent).map((v) => v.code)).toContain('1.1');
  });
});
