import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CriteriaSet, Lang } from '@tieuchi/core';
import { findLawCaseFiles, loadLawCases, LawCaseError, resolveFromSets, runLawCases } from '@tieuchi/law-test';
import { CliError, EXIT } from '../errors.js';
import { L } from '../lang.js';
import { emit } from '../output.js';
import { allCatalogSets } from '../sets.js';

function isSet(x: unknown): x is CriteriaSet {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Partial<CriteriaSet>;
  return typeof s.id === 'string' && typeof s.version === 'string' && typeof s.fingerprint === 'string' && Array.isArray(s.criteria);
}

/** The sets a module exports (its `sets` list and every exported set), for `--with`. */
export async function setsOf(spec: string): Promise<CriteriaSet[]> {
  let url: string;
  const path = resolve(spec);
  if (existsSync(path)) url = pathToFileURL(path).href;
  else {
    try {
      url = pathToFileURL(createRequire(join(process.cwd(), 'index.js')).resolve(spec)).href;
    } catch (e) {
      throw new CliError(L(`Không tìm thấy mô-đun ${spec} (--with): ${(e as Error).message}`, `Cannot find module ${spec} (--with): ${(e as Error).message}`));
    }
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (e) {
    throw new CliError(L(`Không nạp được ${spec} (--with; cần tệp JavaScript đã build): ${(e as Error).message}`, `Cannot load ${spec} (--with; a built JavaScript file is needed): ${(e as Error).message}`));
  }
  const found: CriteriaSet[] = [];
  for (const v of Object.values(mod)) {
    if (isSet(v) && !found.includes(v)) found.push(v);
    if (Array.isArray(v)) for (const x of v) if (isSet(x) && !found.includes(x)) found.push(x);
  }
  if (found.length === 0) throw new CliError(L(`${spec} không xuất bộ tiêu chí nào (--with)`, `${spec} exports no criteria set (--with)`));
  return found;
}

/** `tieuchi test`: run law-test case files against every set of the catalog (and of `--with` modules). */
export async function testCommand(paths: readonly string[], o: { with: readonly string[]; lang: Lang; format: 'text' | 'json'; out?: string }): Promise<number> {
  const vi = o.lang === 'vi';
  const sets = [...allCatalogSets()];
  for (const m of o.with) sets.push(...(await setsOf(m)));
  const resolver = resolveFromSets(sets);
  let files: string[];
  try {
    files = findLawCaseFiles(paths as string[]);
  } catch (e) {
    if (e instanceof LawCaseError) throw new CliError(L(e.message, e.message));
    throw e;
  }
  const out: string[] = [];
  const report: { file: string; error?: string; cases: { name: string; passed: boolean; expectedToFail: boolean; failures: readonly string[]; result?: string }[] }[] = [];
  let passed = 0;
  let failed = 0;
  for (const f of files) {
    out.push(f);
    try {
      const file = loadLawCases(f);
      const outcomes = runLawCases(file, resolver);
      const cases = [];
      for (const c of outcomes) {
        if (c.passed) passed++;
        else failed++;
        out.push(`  ${c.passed ? '✓' : '✗'} ${c.name}${c.expectedToFail ? (vi ? ' (đánh dấu fails: true)' : ' (marked fails: true)') : ''}`);
        if (!c.passed) for (const line of c.failures) out.push(`      - ${line}`);
        if (!c.passed && c.result) out.push(`      ${vi ? 'kết quả' : 'result'}: ${c.result.summary.text[o.lang]}; ${c.result.status}`);
        cases.push({ name: c.name, passed: c.passed, expectedToFail: c.expectedToFail, failures: c.failures, ...(c.result ? { result: c.result.summary.text.en } : {}) });
      }
      report.push({ file: f, cases });
    } catch (e) {
      if (!(e instanceof LawCaseError)) throw e;
      failed++;
      out.push(`  ✗ ${e.message.split('\n').join('\n    ')}`);
      report.push({ file: f, error: e.message, cases: [] });
    }
  }
  out.push('', `${passed} passed, ${failed} failed`);
  if (o.format === 'json') await emit(o.out, `${JSON.stringify({ passed, failed, files: report }, null, 2)}\n`);
  else await emit(o.out, `${out.join('\n')}\n`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
