// Checks of QĐ 342/QĐ-TTg as an amendment of qd-491-2009/xa-ntm.
import { describe, expect, it } from 'vitest';
import { PROVENANCES, diffSets, evaluate, inForce, targetsOf, type Criterion, type EvaluationResult, type IndicatorResult } from '@tieuchi/core';
import { xaNtm as xaNtm491 } from '@tieuchi/qd-491-2009';
import { amendment, amendments, sets, xaNtm, xaNtmHistory } from './index.js';

const all = (r: EvaluationResult): IndicatorResult[] => r.criteria.flatMap((c) => [...c.indicators]);
const row = (code: string) => (xaNtm.criteria as readonly Criterion[]).flatMap((c) => c.indicators).find((i) => i.code === code);

describe('QĐ 342/QĐ-TTg — sửa đổi tiêu chí 7, 10, 12, 14, 15', () => {
  it('targets qd-491-2009/xa-ntm only, from 20/02/2013', () => {
    expect(targetsOf(amendment)).toEqual(['qd-491-2009/xa-ntm']);
    expect(amendment.effective).toBe('2013-02-20');
    expect(amendment.citation).toMatchObject({ decision: '342/QĐ-TTg', signed: '2013-02-20', effective: '2013-02-20', provenance: 'verified' });
    expect(amendments).toEqual([amendment]);
    expect(sets).toEqual([]);
  });

  it('has two versions: as issued until 19/02/2013, amended until 30/11/2016', () => {
    expect(xaNtmHistory.entries.map((e) => [e.set.version, e.from, e.until])).toEqual([
      ['2009-04-16', '2009-04-16', '2013-02-19'],
      ['2013-02-20', '2013-02-20', '2016-11-30'],
    ]);
    expect(inForce(xaNtmHistory, '2013-02-19')).toBe(xaNtm491);
    expect(inForce(xaNtmHistory, '2013-02-20')).toBe(xaNtm);
    expect(inForce(xaNtmHistory, '2016-12-01')).toBeUndefined();
    expect(xaNtm.amendedBy.map((c) => c.decision)).toEqual(['342/QĐ-TTg']);
  });

  it('changes exactly the rows of criteria 7, 10, 12, 14 and 15', () => {
    const changed = new Set(diffSets(xaNtm491, xaNtm).changes.flatMap((c) => ('code' in c && typeof c.code === 'string' ? [c.code] : [])));
    expect([...changed].sort()).toEqual(['10', '12', '14.1', '15.1', '7']);
    expect(row('7')?.label.vi).toBe('Chợ theo quy hoạch, đạt chuẩn theo quy định');
    expect(row('12')?.label.vi).toBe('Tỷ lệ lao động có việc làm thường xuyên');
    expect(row('14.1')?.label.vi).toBe('Phổ cập giáo dục trung học cơ sở');
    expect(row('15.1')?.label.vi).toBe('Tỷ lệ người dân tham gia Bảo hiểm y tế');
    // The placeholder of criterion 12 is gone; 19 criteria and 28 rows remain.
    expect(xaNtm.criteria).toHaveLength(19);
    expect((xaNtm.criteria as readonly Criterion[]).flatMap((c) => c.indicators)).toHaveLength(28);
  });

  it('cites QĐ 342 on every amended row and keeps QĐ 491 on the others, each with a provenance', () => {
    const r = evaluate(xaNtm, { id: 'xa-a', region: 'BTB', values: {} }, { asOf: '2014-06-01' });
    for (const i of all(r)) {
      const amended = ['7', '10', '12', '14.1', '15.1'].includes(i.code);
      expect(i.citation.decision, i.code).toBe(amended ? '342/QĐ-TTg' : '491/QĐ-TTg');
      expect(i.citation.item).toBe(i.code);
      expect(i.citation.url).toMatch(/^https?:\/\//);
      expect(PROVENANCES).toContain(i.provenance);
    }
  });

  it('income: guidance levels for 2013 and 2014 in TDMNPB, BTB and DHNTB; unknown elsewhere and in other years', () => {
    const run = (region: 'TDMNPB' | 'BTB' | 'DHNTB' | 'DNB', asOf: string, income: number) =>
      all(evaluate(xaNtm, { id: 'xa-b', region, values: { '10': income } }, { asOf })).find((i) => i.code === '10');
    expect(run('TDMNPB', '2013-06-01', 14)).toMatchObject({ status: 'met', requirement: { value: 14 }, provenance: 'verified' });
    expect(run('BTB', '2013-06-01', 14.9)).toMatchObject({ status: 'not-met', requirement: { value: 15 } });
    expect(run('DHNTB', '2014-06-01', 21)).toMatchObject({ status: 'met', requirement: { value: 21 } });
    expect(run('DNB', '2014-06-01', 100)?.status).toBe('unknown');
    expect(run('TDMNPB', '2015-06-01', 100)?.status).toBe('unknown');
    expect(run('TDMNPB', '2016-06-01', 100)?.status).toBe('unknown');
  });
});
