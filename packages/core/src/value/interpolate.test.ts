import { describe, expect, it } from 'vitest';
import { byRegion, byYear, resolveValue, type ValueContext } from '@tieuchi/core';

const ctx = (year: number): ValueContext => ({ region: 'DBSCL', year, categories: [], zone: undefined, group: undefined, parameters: {} });

describe("byYear with between: 'interpolate'", () => {
  // The 2016–2017 interim income rule (Bộ NN&PTNT) interpolated in a straight line between 2015 and 2020:
  // ĐBSCL 2016 = (49 − 29) / 5 + 29 = 33 million VND/person/year.
  const income = byYear({ 2015: byRegion({ DBSCL: 29 }), 2020: byRegion({ DBSCL: 49 }) }, { between: 'interpolate', after: 'unknown' });

  it('reproduces the worked example of the 2016 interim rule', () => {
    expect(resolveValue(income, ctx(2016))).toMatchObject({ ok: true, value: 33 });
    expect(resolveValue(income, ctx(2018))).toMatchObject({ ok: true, value: 41 });
  });

  it('uses the listed value on a listed year and gives no value outside the listed years', () => {
    expect(resolveValue(income, ctx(2020))).toMatchObject({ ok: true, value: 49 });
    expect(resolveValue(income, ctx(2021))).toMatchObject({ ok: false, problem: { code: 'YEAR_NOT_COVERED', year: 2021 } });
    expect(resolveValue(income, ctx(2014))).toMatchObject({ ok: false, problem: { code: 'YEAR_NOT_COVERED', year: 2014 } });
  });
});
