// End to end: a CSV of 10 000 communes is evaluated and every row is accounted for in the JSON output.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, communes, flatten, SET, writeCsv } from './fixtures.js';
import { BIN, ensureBuilt, scratch, tieuchiAsync } from './helpers.js';

const N = 10_000;
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = scratch('large');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('10 000 units', { timeout: 120_000 }, () => {
  it('evaluates a 10 000-row CSV; the CSV report has one row per input row, in order, and bad rows are named', async () => {
    const rows: Record<string, string>[] = [];
    for (let n = 0; n < N; n++) {
      const row: Record<string, string> = { ...flatten(communes[n % communes.length]!), id: `xa-${n}`, name: `Xã giả lập ${n}` };
      if (n % 1000 === 7) row['10'] = 'không rõ'; // 10 bad cells
      if (n % 2500 === 3) row.id = ''; // 4 rows without id
      rows.push(row);
    }
    const csv = join(dir, 'huyen.csv');
    writeCsv(csv, rows);
    // A CSV report (one line per unit) rather than the full JSON results, which run to ~85 kB per unit.
    const out = join(dir, 'huyen.out.csv');
    const r = await tieuchiAsync(['evaluate', SET, csv, '--as-of', AS_OF, '--format', 'csv', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${N} đơn vị được đánh giá`);
    expect(r.stderr).not.toContain('Đánh giá ['); // no progress bar when stderr is not a terminal

    const report = parse(readFileSync(out, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(report).toHaveLength(N);
    expect(report.map((x) => Number(x['dòng']))).toEqual(Array.from({ length: N }, (_, i) => i + 2));
    expect(new Set(report.map((x) => x.id)).size).toBe(N); // the 4 rows without id got ids of their own
    for (const x of report) expect(x['tóm tắt']).toMatch(/^Đạt \d+\/19 tiêu chí, \d+\/57 chỉ tiêu$/);
    // A cell that is not a number is never counted as met: criterion 10 cannot be decided on those rows.
    const badRows = Array.from({ length: 10 }, (_, i) => i * 1000 + 7);
    for (const n of badRows) expect(report[n]?.TC10).toBe('Chưa đủ dữ liệu');
    // Problems are named with file, row and column on stderr (the first 20 of them; all are in the JSON report).
    expect(r.stderr).toContain('dòng 9, cột "10"');
    expect(r.stderr).toContain('dòng 5, cột "id"');
  });

  it.runIf(existsSync('/usr/bin/script'))('shows a progress bar on stderr for a large batch when stderr is a terminal', () => {
    const rows = Array.from({ length: 600 }, (_, n) => ({ ...flatten(communes[n % communes.length]!), id: `xa-${n}` }));
    const csv = join(dir, 'tty.csv');
    writeCsv(csv, rows);
    // util-linux `script` runs the command on a pseudo-terminal and copies what it shows.
    const cmd = [process.execPath, BIN, 'evaluate', SET, csv, '--as-of', AS_OF, '--format', 'csv', '--out', join(dir, 'tty.out.csv')].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đánh giá [');
    expect(r.stdout).toContain('600 đơn vị được đánh giá');
  });
});
