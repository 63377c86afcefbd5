// End to end: `tieuchi init` scaffolds a provincial package that type-checks, builds and passes its tests as
// generated. It is generated inside the workspace (packages/cli/.tmp-init, git-ignored), where @tieuchi/* resolve
// through packages/cli/node_modules and vitest, typescript and tsup through the root node_modules.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PKG, ensureBuilt, tieuchi } from './helpers.js';

const require = createRequire(import.meta.url);
const bin = (pkg: string, path: string): string => join(dirname(require.resolve(`${pkg}/package.json`)), path);
// A province and decision no real package uses, so the scaffold's set id never meets a published one.
const dir = join(PKG, '.tmp-init', 'tinh-thu-nghiem-qd-1-2099');

/** Run a tool without the parent vitest's environment. */
function run(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    // eslint-disable-next-line no-control-regex
    child.on('close', (code) => resolve({ code: code ?? -1, out: out.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

beforeAll(() => {
  ensureBuilt();
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('tieuchi init', { timeout: 120_000 }, () => {
  it('generates the package, which type-checks, passes its law cases and builds as generated', async () => {
    const r = tieuchi(['init', 'tinh-thu-nghiem', '--from', 'qd-318-2022/xa-ntm', '--decision', '1/2099', '--out', dir]);
    expect(r.code, r.stderr).toBe(0);
    for (const f of ['package.json', 'tsconfig.json', 'tsup.config.ts', 'vitest.config.ts', 'src/index.ts', 'test/law.test.ts', 'test/set.test.ts', 'test/cases/xa-ntm.yaml', 'README.md']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
    expect(pkg.name).toBe('@tieuchi/tinh-thu-nghiem-qd-1-2099');
    expect(pkg.dependencies['@tieuchi/core']).toBe('workspace:*');
    const src = readFileSync(join(dir, 'src/index.ts'), 'utf8');
    expect(src).toContain("provenance: 'unverified'");
    expect(src).toContain('TODO');
    expect(src).toContain('changes: []');
    expect(src).toContain("id: 'tinh-thu-nghiem-qd-1-2099/xa-ntm'");
    const cases = readFileSync(join(dir, 'test/cases/xa-ntm.yaml'), 'utf8');
    expect(cases).toContain('"10":');

    const [tsc, vitest, tsup] = await Promise.all([
      run([bin('typescript', 'bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--noEmit'], dir),
      run([bin('vitest', 'vitest.mjs'), 'run', '--root', dir], dir),
      run([bin('tsup', 'dist/cli-default.js')], dir),
    ]);
    expect(tsc.code, tsc.out).toBe(0);
    expect(vitest.code, vitest.out).toBe(0);
    expect(vitest.out).toMatch(/Tests\s+5 passed/);
    expect(tsup.code, tsup.out).toBe(0);
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts']) expect(existsSync(join(dir, f)), f).toBe(true);

    // The same cases through the command, with the built package.
    const t = tieuchi(['test', join(dir, 'test/cases'), '--with', join(dir, 'dist/index.js')]);
    expect(t.code, t.stdout).toBe(0);
    expect(t.stdout).toMatch(/^3 passed, 0 failed$/m);
  });

  it('refuses a bad province slug, a non-empty folder, a set that is not national, a bad decision', () => {
    expect(tieuchi(['init', 'Thanh Hóa', '--from', 'qd-318-2022/xa-ntm', '--out', join(PKG, '.tmp-init', 'x')]).code).toBe(2);
    const again = tieuchi(['init', 'tinh-thu-nghiem', '--from', 'qd-318-2022/xa-ntm', '--out', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(tieuchi(['init', 'ha-tinh', '--from', 'qd-318-2022/xa-ntm', '--decision', 'ba mươi', '--out', join(PKG, '.tmp-init', 'y')]).code).toBe(2);
    expect(tieuchi(['init', 'ha-tinh', '--from', 'khong/co']).code).toBe(2);
  });

  it.runIf(existsSync(join(PKG, '..', 'thanh-hoa-qd-32-2022', 'package.json')))('refuses a package name the workspace already has', () => {
    const r = tieuchi(['init', 'thanh-hoa', '--from', 'qd-318-2022/xa-ntm', '--decision', '32/2022', '--out', join(PKG, '.tmp-init', 'z')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('packages/thanh-hoa-qd-32-2022');
  });
});
