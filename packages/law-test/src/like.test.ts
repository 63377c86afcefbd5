import { describe, expect, it } from 'vitest';
import { LawCaseError, parseLawCases } from '@tieuchi/law-test';

const text = `
set: test-1-2022/xa-demo
units:
  xa-mau:
    id: xa-mau
    region: BTB
    values: { "1.1": true, "2.1": 85 }
cases:
  - name: Như xã mẫu nhưng 2.1 thấp hơn
    asOf: "2024-05-01"
    unit: { like: xa-mau, id: xa-c, values: { "2.1": 70 } }
    expect: { indicator: { "2.1": not-met } }
`;

describe('units named once, cases that start from them', () => {
  it('completes a case unit from the named unit, overriding its own fields and values', () => {
    const file = parseLawCases(text, 'like.yaml');
    expect(file.cases[0]?.unit).toEqual({ id: 'xa-c', region: 'BTB', values: { '1.1': true, '2.1': 70 } });
  });

  it('names an unknown base unit with its path and line', () => {
    const bad = text.replace('like: xa-mau', 'like: xa-khac');
    expect(() => parseLawCases(bad, 'like.yaml')).toThrow(LawCaseError);
    try {
      parseLawCases(bad, 'like.yaml');
    } catch (e) {
      const err = e as LawCaseError;
      expect(err.problems[0]).toMatchObject({ code: 'UNKNOWN_BASE_UNIT', path: 'cases[0].unit.like' });
      expect(err.problems[0]?.line).toBe(11);
    }
  });
});

describe('band expectations', () => {
  it('parses a band by indicator code, numbers read as text', () => {
    const file = parseLawCases(
      `set: a/b\ncases:\n  - name: x\n    asOf: "2024-01-01"\n    unit: { id: u, values: {} }\n    expect: { band: { TONG: 4, X: "5-sao" } }\n`,
      'band.yaml',
    );
    expect(file.cases[0]?.expect.band).toEqual({ TONG: '4', X: '5-sao' });
  });
});
