// Structure and provenance checks for QĐ 558/QĐ-TTg (04/2016).
import { describe, expect, it } from 'vitest';
import { PROVENANCES, auditSet, evaluate, toChildResults, type Criterion } from '@tieuchi/core';
import { huyenNtm, sets } from './index.js';

describe('QĐ 558/QĐ-TTg — huyện NTM 2016–2020', () => {
  it('has the 9 reported tiêu chí and the verified 100%-of-communes condition, counted apart (condition 0, group DK)', () => {
    expect(huyenNtm.id).toBe('qd-558-2016/huyen-ntm');
    expect(huyenNtm.scope).toBe('huyen');
    const list = huyenNtm.criteria as readonly Criterion[];
    expect(list.filter((c) => c.group === 'TC').map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const dk = list.find((c) => c.group === 'DK');
    expect(dk?.number).toBe(0);
    expect(dk?.role).toBe('condition');
    expect(list.filter((c) => c.role !== 'condition')).toHaveLength(9);
    expect(dk?.indicators.map((i) => [i.code, i.input.kind, i.rule])).toEqual([['DK.1', 'children', { type: 'shareOfChildren', atLeast: 100 }]]);
    expect(list.flatMap((c) => c.indicators)).toHaveLength(13);
    expect(huyenNtm.validity).toEqual({ from: '2016-04-05', until: '2022-03-07' });
    expect(sets).toEqual([huyenNtm]);
  });

  it('flags the 8 placeholder criteria as unverified; the 100% rule is verified', () => {
    const rows = auditSet(huyenNtm);
    expect(rows.filter((r) => r.citation.note?.startsWith('Placeholder')).map((r) => r.code)).toEqual(['1', '2', '3', '4', '6', '7', '8', '9']);
    expect(rows.find((r) => r.code === 'DK.1')?.weakest).toBe('verified');
    for (const r of rows) {
      expect(r.citation.item).toBe(r.code);
      expect(PROVENANCES).toContain(r.provenance);
    }
  });

  it('reads its communes from their own evaluations (toChildResults)', () => {
    const xa = [
      { set: { id: 'x' }, unit: { id: 'xa-a', category: [] }, status: 'met' },
      { set: { id: 'x' }, unit: { id: 'xa-b', category: [] }, status: 'met' },
    ] as never;
    const r = evaluate(huyenNtm, { id: 'h', values: { 'DK.1': toChildResults(xa) } }, { asOf: '2017-01-01' });
    expect(r.criteria.find((c) => c.number === 0)?.status).toBe('met');
    expect(r.summary.conditions).toEqual({ met: 1, notMet: 0, unknown: 0, total: 1 });
    expect(r.summary.criteria.total).toBe(9);
  });
});
