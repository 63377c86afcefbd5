import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LawCaseError } from './errors.js';
import { parseLawCases, type LawCaseFile } from './format.js';

/** A file, a directory or a glob (`test/cases/**\/*.yaml`), as a path (relative to the working directory) or a file URL. */
export type LawCasePath = string | URL;

const CASE_FILE = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?{]/;

function toPath(p: LawCasePath): string {
  if (p instanceof URL) return fileURLToPath(p);
  return p.startsWith('file:') ? fileURLToPath(p) : p;
}

/** Read and parse a law-case file (UTF-8 YAML or JSON). Throws a {@link LawCaseError} when it cannot be read or is malformed. */
export function loadLawCases(path: LawCasePath): LawCaseFile {
  const file = toPath(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new LawCaseError(file, [{ code: 'FILE_NOT_READABLE', path: '', message: `cannot read the file: ${why}` }]);
  }
  return parseLawCases(text.startsWith('\uFEFF') ? text.slice(1) : text, file);
}

const escapeRe = (s: string): string => s.replace(/[.+^$()|[\]\\]/g, '\\$&');

/** `*` (within a folder), `**` (any folders), `?`, `{a,b}`. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        if (glob[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{' && glob.indexOf('}', i) > i) {
      const end = glob.indexOf('}', i);
      re += `(?:${glob
        .slice(i + 1, end)
        .split(',')
        .map((alt) => escapeRe(alt))
        .join('|')})`;
      i = end;
    } else re += escapeRe(ch);
  }
  return new RegExp(`^${re}$`);
}

/** Every file under `dir` (skipping node_modules and dot-folders), as paths relative to `dir` with `/`. */
function walk(dir: string, rel = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...walk(dir, r));
    } else if (e.isFile()) out.push(r);
  }
  return out;
}

function globFiles(pattern: string): string[] {
  const abs = resolve(pattern).replace(/\\/g, '/');
  const segments = abs.split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = segments.slice(0, firstGlob).join('/') || '/';
  const re = globToRegExp(segments.slice(firstGlob).join('/'));
  return walk(base)
    .filter((r) => re.test(r))
    .map((r) => resolve(base, r));
}

/**
 * The law-case files at the given paths: a file as is, every `.yaml`/`.yml`/`.json` file under a directory, or the
 * files a glob matches. Absolute paths, sorted, without repeats. Throws a {@link LawCaseError} (`FILE_NOT_READABLE`,
 * `NO_CASE_FILES`) rather than return nothing.
 */
export function findLawCaseFiles(pathsOrGlobDir: LawCasePath | readonly LawCasePath[]): string[] {
  const inputs = (Array.isArray(pathsOrGlobDir) ? pathsOrGlobDir : [pathsOrGlobDir]) as readonly LawCasePath[];
  const found = new Set<string>();
  for (const input of inputs) {
    const p = toPath(input);
    if (GLOB_CHARS.test(p)) {
      for (const f of globFiles(p)) found.add(f);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new LawCaseError(p, [{ code: 'FILE_NOT_READABLE', path: '', message: 'no such file or directory' }]);
    }
    if (!isDir) found.add(resolve(p));
    else for (const r of walk(p)) if (CASE_FILE.test(r)) found.add(resolve(p, r));
  }
  if (found.size === 0) {
    const shown = inputs.map((i) => toPath(i)).join(', ');
    throw new LawCaseError(shown, [{ code: 'NO_CASE_FILES', path: '', message: 'no law-case files (.yaml, .yml, .json) found here' }]);
  }
  return [...found].sort();
}
