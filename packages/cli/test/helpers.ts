// Helpers of the end-to-end tests: build the binary once (and its workspace dependencies if their dist is missing),
// spawn it, and keep scratch files in packages/cli/.tmp-test (git-ignored).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PKG = fileURLToPath(new URL('..', import.meta.url));
export const ROOT = join(PKG, '..', '..');
export const BIN = join(PKG, 'dist', 'bin.js');
const require = createRequire(import.meta.url);

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Build dist/bin.js with tsup when it is missing or older than src (test files run in parallel workers: a lock
 * folder makes one of them build). Workspace dependencies without a dist are built first (`pnpm build` at the root
 * does that in CI).
 */
export function ensureBuilt(): void {
  const lock = join(PKG, '.tmp-build.lock');
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a test run that was killed mid-build: older than any build takes.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000) rmdirSync(lock);
      if (waited > 180_000) throw new Error(`${lock} held for 3 minutes; remove it if no build is running`);
      sleep(100);
    }
  }
  try {
    const deps = ['core', 'catalog', 'law-test', 'qd-318-2022'];
    if (deps.some((d) => !existsSync(join(ROOT, 'packages', d, 'dist', 'index.js')))) {
      execFileSync('pnpm', ['--filter', '@tieuchi/cli^...', 'run', 'build'], { cwd: ROOT, stdio: 'pipe' });
    }
    if (!existsSync(BIN) || statSync(BIN).mtimeMs < newest(join(PKG, 'src'))) {
      const tsup = join(dirname(require.resolve('tsup/package.json')), 'dist', 'cli-default.js');
      execFileSync(process.execPath, [tsup], { cwd: PKG, stdio: 'pipe' });
    }
  } finally {
    rmdirSync(lock);
  }
}

/** A fresh scratch folder under packages/cli/.tmp-test. */
export function scratch(name: string): string {
  const base = join(PKG, '.tmp-test');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${name}-`));
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the built binary. */
export function tieuchi(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PKG,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, TIEUCHI_LANG: '', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Run the built binary without blocking the worker (for the long runs). */
export function tieuchiAsync(args: readonly string[], options: { cwd?: string; input?: string | Buffer } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? PKG, env: { ...process.env, TIEUCHI_LANG: '' } });
    child.stdin.end(options.input);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Run several invocations at once (each waits on its own process; the test machine has cores to spare). */
export function tieuchiAll(list: readonly (readonly string[])[]): Promise<Run[]> {
  return Promise.all(list.map((args) => tieuchiAsync(args)));
}
