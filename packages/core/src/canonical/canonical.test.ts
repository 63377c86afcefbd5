import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  atLeast,
  byRegion,
  canonicalJSON,
  criterion,
  custom,
  defineSet,
  fingerprintOf,
  evaluate,
  indicator,
  input,
  sourced,
  toData,
  type Criterion,
  type SetInput,
} from '@tieuchi/core';
import { btbOnlySet, ladderNangCao, ladderNtm, recordsSet, testCitation, testSet } from '../../test/fixture.js';

// Made-up sets; nothing here is law.
interface Knobs {
  readonly btb: number;
  readonly dbscl: number;
  readonly setVi: string;
  readonly indEn: string;
  readonly critVi: string;
  readonly decision: string;
  readonly url: string;
  readonly item: string;
  readonly valueProvenance: 'verified' | 'unverified';
  readonly customParam: number;
}
const K: Knobs = {
  btb: 80,
  dbscl: 60,
  setVi: 'Bộ thử nghiệm',
  indEn: 'Share of hardened roads',
  critVi: 'Giao thông',
  decision: '1/QĐ-TEST',
  url: 'https://example.invalid/a',
  item: '2.1',
  valueProvenance: 'unverified',
  customParam: 3,
};

function definition(k: Knobs = K): SetInput<readonly Criterion[]> {
  return {
    id: 'test-4-2022/xa-van-tay',
    label: { vi: k.setVi, en: 'Test set' },
    scope: 'xa',
    tier: 'ntm',
    citation: { ...testCitation, decision: k.decision, url: k.url },
    validity: { from: '2022-01-01' },
    criteria: [
      criterion(2, { vi: k.critVi, en: 'Transport' }, [
        indicator('2.1', {
          vi: 'Tỷ lệ đường được cứng hóa',
          en: k.indEn,
          input: input.percent(),
          rule: atLeast(byRegion({ TDMNPB: 70, DBSH: 100, BTB: k.btb, DHNTB: 80, TN: 75, DNB: 100, DBSCL: sourced(k.dbscl, { provenance: k.valueProvenance }) })),
          source: { item: k.item },
        }),
        indicator('2.2', {
          vi: 'Số cầu',
          en: 'Bridges',
          input: input.count(),
          rule: custom({ name: 'test/bridges', description: { vi: 'Đủ cầu', en: 'Enough bridges' }, params: { n: k.customParam }, test: (v: number, p) => v >= p.n }),
        }),
      ]),
    ],
  };
}

/** The same data with every object's keys in another order (a seeded shuffle); arrays and functions untouched. */
function reorder<T>(x: T, seed: number): T {
  if (Array.isArray(x)) return x.map((v, i) => reorder(v, seed + i + 1)) as T;
  if (typeof x !== 'object' || x === null) return x;
  const entries = Object.entries(x);
  let s = seed;
  for (let i = entries.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries.map(([k, v], i) => [k, reorder(v, seed * 31 + i)])) as T;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('canonicalJSON', () => {
  it('is stable under key reordering of the input definition', () => {
    const a = defineSet(definition());
    const reversed = defineSet(reorder(definition(), 7));
    // The reordering really changed the input's key order.
    expect(Object.keys(reorder(definition(), 7))).not.toEqual(Object.keys(definition()));
    expect(canonicalJSON(reversed)).toBe(canonicalJSON(a));
    expect(reversed.fingerprint).toBe(a.fingerprint);
  });

  it('is stable under any key order (property)', () => {
    const ref = defineSet(definition()).fingerprint;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        expect(defineSet(reorder(definition(), seed)).fingerprint).toBe(ref);
      }),
      { numRuns: 50 },
    );
  });

  it('is compact JSON of the set data, with keys sorted at every level', () => {
    const json = canonicalJSON(testSet);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(toData(testSet))));
    expect(json).not.toMatch(/\n/);
    expect(json).toBe(JSON.stringify(JSON.parse(json)));
    const sorted = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(sorted);
      if (typeof x !== 'object' || x === null) return;
      const keys = Object.keys(x);
      expect(keys).toEqual([...keys].sort());
      Object.values(x).forEach(sorted);
    };
    sorted(JSON.parse(json));
  });

  it('refers to a custom rule by name and params, not by its code, and leaves out the fingerprint', () => {
    const json = canonicalJSON(defineSet(definition()));
    expect(json).toContain('"name":"test/bridges"');
    expect(json).toContain('"params":{"n":3}');
    expect(json).not.toContain('=>');
    expect(json).not.toContain('fingerprint');
  });
});

describe('fingerprint', () => {
  it("is 'sha256:' + 64 hex digits of the canonical JSON", () => {
    for (const s of [testSet, recordsSet, btbOnlySet, ladderNtm, ladderNangCao]) {
      expect(s.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
      // An independent SHA-256 (node:crypto) of the canonical JSON gives the same digest.
      expect(s.fingerprint).toBe(`sha256:${sha256(canonicalJSON(s))}`);
      expect(fingerprintOf(s)).toBe(s.fingerprint);
    }
  });

  it('differs between different sets', () => {
    const all = [testSet, recordsSet, btbOnlySet, ladderNtm, ladderNangCao].map((s) => s.fingerprint);
    expect(new Set(all).size).toBe(all.length);
  });

  const changes: readonly [string, Partial<Knobs>][] = [
    ['a regional threshold', { btb: 81 }],
    ['a sourced threshold', { dbscl: 61 }],
    ['a threshold only by a tiny amount', { btb: 80.0001 }],
    ["the set's Vietnamese label", { setVi: 'Bộ thử nghiệm.' }],
    ["an indicator's English label", { indEn: 'Share of paved roads' }],
    ["a criterion's label", { critVi: 'Giao thông nông thôn' }],
    ["the citation's decision number", { decision: '2/QĐ-TEST' }],
    ["the citation's URL", { url: 'https://example.invalid/b' }],
    ["an indicator citation's item", { item: '2.1a' }],
    ["a value's provenance", { valueProvenance: 'verified' }],
    ["a custom rule's param", { customParam: 4 }],
  ];

  it.each(changes)('changes when %s changes', (_what, patch) => {
    const before = defineSet(definition()).fingerprint;
    const after = defineSet(definition({ ...K, ...patch })).fingerprint;
    expect(after).not.toBe(before);
    // …and comes back when the change is undone.
    expect(defineSet(definition({ ...K })).fingerprint).toBe(before);
  });

  it('is the same when computed in a separate Node process', () => {
    const cwd = fileURLToPath(new URL('../..', import.meta.url));
    const script = fileURLToPath(new URL('../../test/print-fingerprints.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--conditions=@tieuchi/source', '--import', 'tsx', script], {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const child = JSON.parse(out) as Record<string, { fingerprint: string; canonicalLength: number }>;
    const here = [testSet, recordsSet, btbOnlySet, ladderNtm, ladderNangCao];
    expect(Object.keys(child).sort()).toEqual(here.map((s) => s.id).sort());
    for (const s of here) {
      expect(child[s.id]?.fingerprint).toBe(s.fingerprint);
      expect(child[s.id]?.canonicalLength).toBe(canonicalJSON(s).length);
    }
  }, 60_000);

  it('is not changed by evaluating the set', () => {
    const set = defineSet(definition());
    const before = canonicalJSON(set);
    const r = evaluate(set, { id: 'xa-a', region: 'DBSCL', values: { '2.1': 70, '2.2': 5 } }, { asOf: '2024-01-01' });
    expect(r.set.fingerprint).toBe(set.fingerprint);
    expect(r.status).toBe('met');
    expect(fingerprintOf(set)).toBe(set.fingerprint);
    expect(canonicalJSON(set)).toBe(before);
  });
});
