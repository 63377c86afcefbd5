import { describe, expect, it } from 'vitest';
import { change, criterion, defineAmendment, defineSet, indicator, input, isTrue, type Citation, type CriteriaSet } from '@tieuchi/core';
import { createCatalog } from './catalog.js';

// Illustrative, test-only sets (not law).
const nat: Citation = { decision: '1/QĐ-REVIEW', issuer: 'Test', signed: '2022-01-01', provenance: 'verified' };
const b = (code: string) => indicator(code, { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}`, input: input.boolean(), rule: isTrue() });

function set(id: string, o: { tier?: 'ntm' | 'nang-cao'; province?: string; from: string; until?: string; version?: string; signed?: string; codes?: string[] }): CriteriaSet {
  return defineSet({
    id,
    ...(o.version ? { version: o.version } : {}),
    label: { vi: id, en: id },
    scope: 'xa',
    tier: o.tier ?? 'ntm',
    ...(o.province ? { province: o.province } : {}),
    citation: { ...nat, decision: `${id}-qd`, signed: o.signed ?? nat.signed },
    validity: o.until ? { from: o.from, until: o.until } : { from: o.from },
    criteria: [criterion(1, { vi: 'A', en: 'A' }, (o.codes ?? ['1.1']).map(b))],
  });
}

describe('catalog resolution (review)', () => {
  it('without a tier, prefers the national base tier over a provincial higher tier', () => {
    const national = set('review-1-2022/xa-ntm', { from: '2022-01-01', until: '2025-12-31' });
    const provNangCao = set('tinh-review-qd-1-2022/xa-nang-cao', { tier: 'nang-cao', province: 'tinh-review', from: '2022-06-01', until: '2025-12-31' });
    const c = createCatalog([{ name: 'n', sets: [national] }, { name: 'p', sets: [provNangCao] }]);
    const r = c.resolve({ scope: 'xa', province: 'tinh-review', asOf: '2023-01-01' });
    // "Defaults to the base tier of the scope": a commune asking for xã NTM must not be rated against nâng cao.
    expect(r?.set.id).toBe('review-1-2022/xa-ntm');
    expect(r?.via).toBe('national');
    expect(c.resolve({ scope: 'xa', province: 'tinh-review', tier: 'nang-cao', asOf: '2023-01-01' })?.set.id).toBe('tinh-review-qd-1-2022/xa-nang-cao');
  });

  it('applies an amendment that takes effect on the first day of the set (instead of silently dropping it)', () => {
    const s = set('review-1-2022/xa-ntm', { from: '2022-01-01', until: '2025-12-31', codes: ['1.1'] });
    const a = defineAmendment({
      citation: { ...nat, decision: '2/QĐ-REVIEW' },
      effective: '2022-01-01',
      label: { vi: 'Sửa', en: 'Amend' },
      changes: { [s.id]: [change.addIndicator(1, b('1.2'))] },
    });
    const c = createCatalog([{ name: 'n', sets: [s], amendments: [a] }]);
    const got = c.get(s.id, '2023-01-01');
    expect(got?.amendedBy.map((x) => x.decision)).toEqual(['2/QĐ-REVIEW']);
    expect(got?.criteria[0]?.indicators.map((i) => i.code)).toEqual(['1.1', '1.2']);
  });

  it('applies an amendment only to the version in force on its date, whatever order the versions are given in', () => {
    // Two published versions of one set (the second re-published on 2024-03-01 with 1.2 added), and a later amendment.
    const v1 = set('review-1-2022/xa-ntm', { from: '2022-01-01', until: '2025-12-31', codes: ['1.1'] });
    const v2 = set('review-1-2022/xa-ntm', { from: '2024-03-01', until: '2025-12-31', codes: ['1.1', '1.2'] });
    const a = defineAmendment({
      citation: { ...nat, decision: '3/QĐ-REVIEW' },
      effective: '2025-01-01',
      label: { vi: 'Sửa', en: 'Amend' },
      changes: { [v1.id]: [change.addIndicator(1, b('1.3'))] },
    });
    for (const sets of [[v1, v2], [v2, v1]]) {
      const c = createCatalog([{ name: 'n', sets, amendments: [a] }]);
      const codes = c.get(v1.id, '2025-06-01')?.criteria[0]?.indicators.map((i) => i.code);
      expect(codes).toEqual(['1.1', '1.2', '1.3']);
      expect(c.resolve({ scope: 'xa', asOf: '2025-06-01' })?.set.criteria[0]?.indicators.map((i) => i.code)).toEqual(['1.1', '1.2', '1.3']);
      // No phantom version of the superseded text.
      expect(c.entries.filter((e) => e.until !== undefined && e.until < e.from)).toEqual([]);
    }
  });

  it('in a lineage, the later decision wins when two sets start the same day, whatever the package order', () => {
    const old = set('tinh-review-qd-33-2022/xa-nang-cao', { tier: 'nang-cao', province: 'tinh-review', from: '2024-03-01', until: '2025-12-31', signed: '2022-08-10', version: '2024-03-01' });
    const nu = set('tinh-review-qd-26-2024/xa-nang-cao', { tier: 'nang-cao', province: 'tinh-review', from: '2024-03-01', until: '2025-12-31', signed: '2024-05-01' });
    for (const pkgs of [[{ name: 'a', sets: [old] }, { name: 'b', sets: [nu] }], [{ name: 'b', sets: [nu] }, { name: 'a', sets: [old] }]]) {
      const c = createCatalog(pkgs);
      expect(c.resolve({ scope: 'xa', province: 'tinh-review', tier: 'nang-cao', asOf: '2024-06-01' })?.set.id).toBe(nu.id);
    }
  });

  it('does not resolve a malformed date (never a set for "2024-3-1" or "2025-13-45")', () => {
    const s = set('review-1-2022/xa-ntm', { from: '2022-01-01', until: '2025-12-31' });
    const c = createCatalog([{ name: 'n', sets: [s] }]);
    expect(c.resolve({ scope: 'xa', asOf: '2025-13-45' })).toBeUndefined();
    expect(c.resolve({ scope: 'xa', asOf: '2021-3-1' })).toBeUndefined();
    expect(c.get(s.id, 'not a date')).toBeUndefined();
    expect(c.resolve({ scope: 'xa', asOf: new Date('invalid') })).toBeUndefined();
  });
});
