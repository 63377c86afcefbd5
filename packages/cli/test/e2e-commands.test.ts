// End to end: list, show, diff, audit, test, help.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, communes, INCOME_KNOWN, SET } from './fixtures.js';
import { ensureBuilt, scratch, tieuchi } from './helpers.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = scratch('commands');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('list and show', { timeout: 60_000 }, () => {
  it('list: every set version with decision, dates in force, counts and provenance', () => {
    const t = tieuchi(['list']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain(SET);
    expect(t.stdout).toContain('318/QĐ-TTg');
    const j = JSON.parse(tieuchi(['list', '--format', 'json']).stdout) as { sets: { id: string; decision: string; from: string; criteria: number; indicators: number; provenance: { total: number } }[] };
    const e = j.sets.find((s) => s.id === SET)!;
    expect(e).toMatchObject({ decision: '318/QĐ-TTg', from: '2022-03-08', criteria: 19, indicators: 57 });
    expect(e.provenance.total).toBe(57);
  });

  it('show: the criteria table with the requirement for a region; JSON; a date outside the set is said', () => {
    const t = tieuchi(['show', SET, '--as-of', INCOME_KNOWN, '--region', 'BTB']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('Tiêu chí 10. Thu nhập');
    expect(t.stdout).toContain('vùng BTB');
    const j = JSON.parse(tieuchi(['show', SET, '--as-of', INCOME_KNOWN, '--region', 'BTB', '--format', 'json']).stdout) as {
      set: { id: string };
      criteria: { indicators: { code: string; requirement: { vi: string } | null; known: boolean }[] }[];
    };
    expect(j.set.id).toBe(SET);
    const ten = j.criteria.flatMap((c) => c.indicators).find((i) => i.code === '10')!;
    expect(ten.known).toBe(true);
    expect(ten.requirement?.vi).toMatch(/^≥ \d/);
    const en = tieuchi(['show', SET, '--as-of', '2020-01-01', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('is not in force on 2020-01-01');
  });
});

describe('diff and audit', { timeout: 60_000 }, () => {
  it('diff: a set with itself has no change; two different sets list their changes (text and JSON)', () => {
    const same = tieuchi(['diff', SET, SET]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Không có thay đổi nội dung');
    const other = tieuchi(['diff', `${SET}@2022-06-01`, 'qd-318-2022/xa-ntm-nang-cao@2022-06-01', '--lang', 'en']);
    expect(other.code).toBe(0);
    expect(other.stdout).toContain('Comparing');
    const j = JSON.parse(tieuchi(['diff', SET, 'qd-318-2022/xa-ntm-nang-cao', '--format', 'json']).stdout) as { from: { id: string }; to: { id: string }; changes: unknown[] };
    expect(j.from.id).toBe(SET);
    expect(j.to.id).toBe('qd-318-2022/xa-ntm-nang-cao');
    expect(j.changes.length).toBeGreaterThan(0);
    expect(tieuchi(['diff', SET, 'khong-co/bo-nay']).code).toBe(2);
  });

  it('audit: every value with citation and provenance, unverified then partial then verified (table, JSON, CSV)', () => {
    const j = JSON.parse(tieuchi(['audit', SET, '--format', 'json']).stdout) as { shares: { total: number }; rows: { code: string; weakest: string; citation: { decision: string } }[] };
    const rank = { unverified: 0, partial: 1, verified: 2 } as Record<string, number>;
    const order = j.rows.map((r) => rank[r.weakest]!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(j.rows).toHaveLength(j.shares.total);
    expect(j.rows.every((r) => r.citation.decision !== '')).toBe(true);
    const t = tieuchi(['audit', SET]);
    expect(t.stdout.indexOf('[chưa xác minh]')).toBeLessThan(t.stdout.indexOf('[đã xác minh]'));
    const c = parse(tieuchi(['audit', SET, '--format', 'csv']).stdout, { bom: true }) as string[][];
    expect(c[0]).toContain('nguồn');
    expect(new Set(c.slice(1).map((r) => r[1])).size).toBe(j.rows.length);
  });
});

describe('tieuchi test', { timeout: 60_000 }, () => {
  const unit = { id: communes[0]!.id, region: communes[0]!.region, category: [], values: communes[0]!.values };
  it('runs law-test cases against the catalog and prints pass/fail; exit 0 when all pass', () => {
    const f = join(dir, 'pass.yaml');
    writeFileSync(f, JSON.stringify({ set: SET, cases: [{ name: 'Chưa có số liệu', asOf: AS_OF, unit: { id: 'a', region: 'BTB' }, expect: { status: 'unknown', indicators: { met: 0 } } }] }));
    const r = tieuchi(['test', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ Chưa có số liệu');
    expect(r.stdout).toMatch(/^1 passed, 0 failed$/m);
  });
  it('a failing case: exit 1 with the expectation that did not hold; a malformed file fails too', () => {
    const f = join(dir, 'fail.yaml');
    writeFileSync(f, JSON.stringify({ set: SET, cases: [{ name: 'Sai kỳ vọng', asOf: AS_OF, unit, expect: { status: 'met', indicators: { met: 57 } } }] }));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'set: x\ncases:\n  - name: a\n    expect: { status: meet }\n');
    const r = tieuchi(['test', f, bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ Sai kỳ vọng');
    expect(r.stdout).toContain('status: expected met');
    expect(r.stdout).toContain('INVALID_STATUS');
    expect(r.stdout).toMatch(/^0 passed, 2 failed$/m);
    expect(tieuchi(['test', join(dir, 'none.yaml')]).code).toBe(2);
  });
});

describe('help and usage', { timeout: 60_000 }, () => {
  it('--help lists every command; --version prints the version', () => {
    const h = tieuchi(['--help']);
    expect(h.code).toBe(0);
    for (const c of ['list', 'show', 'evaluate', 'template', 'diff', 'audit', 'test', 'init']) expect(h.stdout).toContain(c);
    expect(tieuchi(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(tieuchi(['evaluate', '--help']).stdout).toContain('--as-of');
  });
});
