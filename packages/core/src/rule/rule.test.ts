import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  atLeast,
  atMost,
  between,
  byRegion,
  custom,
  equals,
  indicator,
  input,
  isTrue,
  none,
  oneOf,
  scoreBands,
  shareOfChildren,
  type ChildResult,
} from '@tieuchi/core';
import { ind, issuesOf, run, setWith } from '../../test/helpers.js';

// Every threshold below is made up for the test; none of them is law.
const unit = (value: unknown, extra: Record<string, unknown> = {}) => ({ id: 'xa-a', region: 'BTB', ...extra, values: { '1': value } });
const one = (set: Parameters<typeof run>[0], value: unknown, extra: Record<string, unknown> = {}) => ind(run(set, unit(value, extra)), '1');

describe('atLeast', () => {
  const set = setWith(indicator('1', { vi: 'Tỷ lệ', en: 'Share', input: input.percent(), rule: atLeast(80) }));

  it('is met exactly at the threshold, with gap 0', () => {
    const r = one(set, 80);
    expect(r.status).toBe('met');
    expect(r.gap).toBe(0);
    expect(r.actual).toBe(80);
  });

  it('is not met just below, with the gap in the unit and without floating-point noise', () => {
    const r = one(set, 79.9);
    expect(r.status).toBe('not-met');
    expect(r.gap).toBe(0.1);
    expect(r.actual).toBe(79.9);
  });

  it('states the requirement in both languages', () => {
    const r = one(set, 90);
    expect(r.requirement).toMatchObject({ type: 'atLeast', value: 80, unit: '%' });
    expect(r.requirement?.text).toEqual({ vi: '≥ 80%', en: '≥ 80%' });
  });

  it('formats numbers and bilingual units per language', () => {
    const s = setWith(
      indicator('1', {
        vi: 'Thu nhập',
        en: 'Income',
        input: input.number({ unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' } }),
        rule: atLeast(52.5),
      }),
    );
    const r = one(s, 1000);
    expect(r.requirement?.text).toEqual({ vi: '≥ 52,5 triệu đồng/người/năm', en: '≥ 52.5 million VND/person/year' });
    expect(one(s, 52.4).gap).toBe(0.1);
  });
});

describe('atMost', () => {
  const set = setWith(indicator('1', { vi: 'Tỷ lệ nghèo', en: 'Poverty rate', input: input.percent(), rule: atMost(4) }));

  it('is met at the threshold and not met above it', () => {
    expect(one(set, 4)).toMatchObject({ status: 'met', gap: 0 });
    expect(one(set, 0)).toMatchObject({ status: 'met', gap: 0 });
    expect(one(set, 4.2)).toMatchObject({ status: 'not-met', gap: 0.2, actual: 4.2 });
  });

  it('states the requirement', () => {
    expect(one(set, 1).requirement?.text).toEqual({ vi: '≤ 4%', en: '≤ 4%' });
  });
});

describe('none ("Không")', () => {
  it('is atMost 0', () => {
    expect(none()).toEqual({ type: 'atMost', value: 0 });
    expect(none()).toEqual(atMost(0));
  });

  const set = setWith(indicator('1', { vi: 'Nhà tạm', en: 'Makeshift houses', input: input.count({ unit: 'nhà' }), rule: none() }));

  it('is met at zero and reads "Không" for a count', () => {
    const r = one(set, 0);
    expect(r).toMatchObject({ status: 'met', gap: 0 });
    expect(r.requirement?.text).toEqual({ vi: 'Không', en: 'None (0)' });
  });

  it('is not met for any positive count, gap = the count', () => {
    expect(one(set, 3)).toMatchObject({ status: 'not-met', gap: 3, actual: 3 });
  });

  it('keeps "≤ 0" wording for a non-count input', () => {
    const s = setWith(indicator('1', { vi: 'Tỷ lệ', en: 'Share', input: input.percent(), rule: none() }));
    expect(one(s, 0).requirement?.text).toEqual({ vi: '≤ 0%', en: '≤ 0%' });
  });
});

describe('between', () => {
  const set = setWith(indicator('1', { vi: 'Tuổi', en: 'Age', input: input.number({ unit: 'năm' }), rule: between(18, 60) }));

  it('is met on both edges and inside', () => {
    for (const v of [18, 40, 60]) expect(one(set, v)).toMatchObject({ status: 'met', gap: 0 });
  });

  it('is not met outside, with the distance to the nearest edge', () => {
    expect(one(set, 17)).toMatchObject({ status: 'not-met', gap: 1 });
    expect(one(set, 62.5)).toMatchObject({ status: 'not-met', gap: 2.5 });
  });

  it('states min and max', () => {
    const r = one(set, 30);
    expect(r.requirement).toMatchObject({ type: 'between', min: 18, max: 60 });
    expect(r.requirement?.text).toEqual({ vi: 'từ 18 năm đến 60 năm', en: 'from 18 năm to 60 năm' });
  });
});

describe('equals', () => {
  it('compares numbers', () => {
    const set = setWith(indicator('1', { vi: 'Số', en: 'Number', input: input.number({ unit: 'km' }), rule: equals(5) }));
    expect(one(set, 5)).toMatchObject({ status: 'met', gap: 0 });
    expect(one(set, 6)).toMatchObject({ status: 'not-met', gap: null, actual: 6 });
    expect(one(set, 5).requirement).toMatchObject({ type: 'equals', value: 5, text: { vi: '= 5 km', en: '= 5 km' } });
  });

  it('compares choice strings and words the option by its label', () => {
    const set = setWith(
      indicator('1', {
        vi: 'Loại',
        en: 'Kind',
        input: input.choice(['a', 'b'], { a: { vi: 'Loại A', en: 'Type A' }, b: { vi: 'Loại B', en: 'Type B' } }),
        rule: equals('a'),
      }),
    );
    expect(one(set, 'a')).toMatchObject({ status: 'met', actual: 'a' });
    expect(one(set, 'b')).toMatchObject({ status: 'not-met', gap: null });
    expect(one(set, 'a').requirement?.text).toEqual({ vi: 'Loại A', en: 'Type A' });
  });

  it('compares booleans (true reads "Đạt", false reads "Không")', () => {
    const yes = setWith(indicator('1', { vi: 'Có', en: 'Has', input: input.boolean(), rule: equals(true) }));
    const no = setWith(indicator('1', { vi: 'Vi phạm', en: 'Violation', input: input.boolean(), rule: equals(false) }));
    expect(one(yes, true).status).toBe('met');
    expect(one(yes, false).status).toBe('not-met');
    expect(one(no, false).status).toBe('met');
    expect(one(no, true).status).toBe('not-met');
    expect(one(yes, true).requirement?.text).toEqual({ vi: 'Đạt', en: 'Yes' });
    expect(one(no, true).requirement?.text).toEqual({ vi: 'Không', en: 'No' });
  });
});

describe('isTrue', () => {
  const set = setWith(indicator('1', { vi: 'Có quy hoạch', en: 'Has a plan', input: input.boolean(), rule: isTrue() }));
  it('is met for true only', () => {
    expect(one(set, true)).toMatchObject({ status: 'met', gap: 0, actual: true });
    expect(one(set, false)).toMatchObject({ status: 'not-met', gap: null, actual: false });
  });
  it('states the requirement', () => {
    expect(one(set, true).requirement).toMatchObject({ type: 'isTrue', value: true, text: { vi: 'Đạt', en: 'Met (yes)' } });
  });
});

describe('oneOf', () => {
  const set = setWith(
    indicator('1', {
      vi: 'Hình thức',
      en: 'Form',
      input: input.choice(['htx', 'thtx', 'none']),
      rule: oneOf(['htx', 'thtx']),
    }),
  );
  it('is met for a listed option and not met for another', () => {
    expect(one(set, 'htx').status).toBe('met');
    expect(one(set, 'thtx').status).toBe('met');
    expect(one(set, 'none')).toMatchObject({ status: 'not-met', gap: null });
  });
  it('lists the options', () => {
    expect(one(set, 'htx').requirement).toMatchObject({ type: 'oneOf', value: ['htx', 'thtx'], text: { vi: 'htx / thtx', en: 'htx / thtx' } });
  });
});

describe('shareOfChildren (Kleene)', () => {
  const set = setWith(
    indicator('1', { vi: 'Tỷ lệ thôn đạt chuẩn', en: 'Share of villages', input: input.children({ vi: 'thôn', en: 'villages' }), rule: shareOfChildren(80) }),
  );
  const kids = (...statuses: ChildResult['status'][]): ChildResult[] => statuses.map((status, n) => ({ id: `thon-${n + 1}`, status }));

  it('is met once the share is reached, listing the non-met children as blocking', () => {
    const r = one(set, kids('met', 'met', 'met', 'met', 'not-met'));
    expect(r).toMatchObject({ status: 'met', gap: 0, actual: 80 });
    expect(r.blocking).toEqual([{ id: 'thon-5', status: 'not-met' }]);
  });

  it('is met even with an unknown child when the others already reach the share', () => {
    const r = one(set, kids('met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'unknown'));
    expect(r).toMatchObject({ status: 'met', actual: 90 });
    expect(r.blocking).toEqual([{ id: 'thon-10', status: 'unknown' }]);
  });

  it('is not met when even all unknown children being met cannot reach the share', () => {
    const r = one(set, kids('met', 'met', 'met', 'unknown', 'not-met', 'not-met'));
    // best case 4/6 = 66.7 % < 80 %
    expect(r).toMatchObject({ status: 'not-met', actual: 50, gap: 30 });
    expect(r.blocking?.map((c) => c.id)).toEqual(['thon-4', 'thon-5', 'thon-6']);
  });

  it('is unknown when the unknown children could still tip it', () => {
    const r = one(set, kids('met', 'met', 'met', 'unknown', 'not-met'));
    // 60 % now, 80 % at best
    expect(r).toMatchObject({ status: 'unknown', actual: 60, gap: 20 });
    expect(r.blocking?.map((c) => c.status)).toEqual(['unknown', 'not-met']);
  });

  it('is unknown for an empty list', () => {
    expect(one(set, [])).toMatchObject({ status: 'unknown', actual: null, gap: null });
  });

  it('states the requirement with what the children are', () => {
    expect(one(set, kids('met')).requirement).toMatchObject({
      type: 'shareOfChildren',
      value: 80,
      unit: '%',
      text: { vi: '≥ 80% thôn đạt', en: '≥ 80% of villages met' },
    });
  });

  it('counts an exact share as reached (29 of 50 is 58 %)', () => {
    const s = setWith(indicator('1', { vi: 'Xã', en: 'Communes', input: input.children({ vi: 'xã', en: 'communes' }), rule: shareOfChildren(58) }));
    const list = Array.from({ length: 50 }, (_, n) => ({ id: `xa-${n}`, status: n < 29 ? 'met' : 'not-met' }));
    expect(one(s, list)).toMatchObject({ status: 'met', actual: 58, gap: 0 });
  });

  it('agrees with the Kleene truth table over every completion of the unknown children', () => {
    const status = fc.constantFrom<ChildResult['status']>('met', 'not-met', 'unknown');
    fc.assert(
      fc.property(fc.array(status, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 100 }), (statuses, need) => {
        const s = setWith(indicator('1', { vi: 'Thôn', en: 'Villages', input: input.children({ vi: 'thôn', en: 'villages' }), rule: shareOfChildren(need) }));
        const total = statuses.length;
        const met = statuses.filter((x) => x === 'met').length;
        const unknown = statuses.filter((x) => x === 'unknown').length;
        // Exact integer arithmetic: the share reached by k of the unknown children turning out met.
        const outcomes = new Set<boolean>();
        for (let k = 0; k <= unknown; k++) outcomes.add((met + k) * 100 >= need * total);
        const expected = outcomes.size === 2 ? 'unknown' : outcomes.has(true) ? 'met' : 'not-met';
        const r = one(s, kids(...statuses));
        expect(r.status).toBe(expected);
        expect(r.blocking?.length).toBe(total - met);
      }),
      { numRuns: 300 },
    );
  });
});

describe('scoreBands', () => {
  const bands = [
    { min: 30, band: '1', label: { vi: '1 sao', en: '1 star' } },
    { min: 50, band: '2', label: { vi: '2 sao', en: '2 stars' } },
    { min: 70, band: '3', label: { vi: '3 sao', en: '3 stars' } },
  ];
  const set = setWith(indicator('1', { vi: 'Điểm', en: 'Score', input: input.number({ unit: 'điểm' }), rule: scoreBands(bands, '2') }));

  it('is met exactly at the required band minimum and reports the band', () => {
    expect(one(set, 50)).toMatchObject({ status: 'met', gap: 0, band: '2' });
  });

  it('is not met one below, reporting the lower band and the gap', () => {
    expect(one(set, 49)).toMatchObject({ status: 'not-met', gap: 1, band: '1' });
  });

  it('reports a higher band when reached, and no band below the lowest', () => {
    expect(one(set, 70)).toMatchObject({ status: 'met', band: '3' });
    expect(one(set, 69.5)).toMatchObject({ status: 'met', band: '2' });
    const low = one(set, 29);
    expect(low).toMatchObject({ status: 'not-met', gap: 21 });
    expect(low.band).toBeUndefined();
  });

  it('states the required band', () => {
    expect(one(set, 50).requirement).toMatchObject({
      type: 'scoreBands',
      band: '2',
      value: 50,
      text: { vi: '≥ 2 sao (từ 50 điểm)', en: '≥ 2 stars (from 50 points)' },
    });
  });
});

describe('custom', () => {
  const rule = custom({
    name: 'test/share-by-size',
    description: { vi: 'Tỷ lệ đạt theo quy mô', en: 'Share met by size' },
    params: { need: byRegion({ TDMNPB: 50, DBSH: 70, BTB: 60, DHNTB: 60, TN: 50, DNB: 70, DBSCL: 60 }) },
    test: (v: { readonly total?: number | null; readonly ok?: number | null }, p) =>
      v.total == null || v.ok == null || v.total === 0 ? null : (v.ok / v.total) * 100 >= p.need,
  });
  const set = setWith(
    indicator('1', {
      vi: 'Trường đạt chuẩn',
      en: 'Schools at standard',
      input: input.fields({ total: input.count(), ok: input.count() }),
      rule,
    }),
  );

  it('receives its params chosen by region', () => {
    // 65 % meets BTB's 60 but not DBSH's 70
    expect(one(set, { total: 20, ok: 13 }, { region: 'BTB' }).status).toBe('met');
    expect(one(set, { total: 20, ok: 13 }, { region: 'DBSH' }).status).toBe('not-met');
    expect(one(set, { total: 20, ok: 13 }, { region: 'DBSH' }).requirement).toMatchObject({
      type: 'custom',
      params: { need: 70 },
      text: { vi: 'Tỷ lệ đạt theo quy mô', en: 'Share met by size' },
    });
    expect(one(set, { total: 20, ok: 13 }, { region: 'TN' }).requirement?.params).toEqual({ need: 50 });
  });

  it('passes the checked value through as actual', () => {
    expect(one(set, { total: 20, ok: 13 }).actual).toEqual({ total: 20, ok: 13 });
  });

  it('is unknown when the predicate returns null', () => {
    const r = run(set, unit({ total: 0, ok: 0 }));
    expect(ind(r, '1')).toMatchObject({ status: 'unknown', gap: null });
  });

  it('is unknown with a CUSTOM_RULE_FAILED warning when the predicate throws', () => {
    const throwing = setWith(
      indicator('1', {
        vi: 'Lỗi',
        en: 'Broken',
        input: input.number(),
        rule: custom({
          name: 'test/throws',
          description: { vi: 'Luôn lỗi', en: 'Always throws' },
          test: (): boolean => {
            throw new Error('boom');
          },
        }),
      }),
    );
    let r: ReturnType<typeof run> | undefined;
    expect(() => {
      r = run(throwing, unit(3));
    }).not.toThrow();
    expect(ind(r!, '1').status).toBe('unknown');
    const warnings = issuesOf(r!, 'CUSTOM_RULE_FAILED');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', path: 'values.1', indicator: '1' });
    expect(warnings[0]?.message.vi).toContain('test/throws');
    expect(warnings[0]?.message.en).toContain('test/throws');
  });

  it('is unknown (never met) when the predicate returns something other than a boolean', () => {
    const odd = setWith(
      indicator('1', {
        vi: 'Lạ',
        en: 'Odd',
        input: input.number(),
        rule: custom({ name: 'test/odd', description: { vi: 'Lạ', en: 'Odd' }, test: () => 1 as unknown as boolean }),
      }),
    );
    expect(one(odd, 3).status).toBe('unknown');
  });

  it('receives frozen params', () => {
    let frozen: boolean | undefined;
    const spy = setWith(
      indicator('1', {
        vi: 'Tham số',
        en: 'Params',
        input: input.number(),
        rule: custom({
          name: 'test/spy',
          description: { vi: 'Tham số', en: 'Params' },
          params: { k: 1 },
          test: (_v: number, p) => {
            frozen = Object.isFrozen(p);
            return true;
          },
        }),
      }),
    );
    expect(one(spy, 3).status).toBe('met');
    expect(frozen).toBe(true);
  });
});
