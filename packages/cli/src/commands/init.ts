import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalog, samples } from '@tieuchi/catalog';
import { derive, evaluate, isNumeric, type Citation, type CriteriaSet, type EvaluationResult, type Lang, type UnitOf } from '@tieuchi/core';
import { stringify as yaml } from 'yaml';
import { today } from '../dates.js';
import { CliError } from '../errors.js';
import { L } from '../lang.js';
import { chooseSet } from '../sets.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Options of `tieuchi init`. */
export interface InitOptions {
  readonly from: string;
  readonly out?: string;
  /** The provincial decision, "32/2022" or "32/2022/QĐ-UBND": names the package @tieuchi/<province>-qd-32-2022. */
  readonly decision?: string;
  readonly force?: boolean;
  readonly lang: Lang;
}

/** What `init` generated. */
export interface Scaffold {
  readonly dir: string;
  readonly packageName: string;
  readonly setId: string;
  readonly files: readonly string[];
  readonly workspace: boolean;
}

/** The workspace root above a folder (a pnpm workspace that holds @tieuchi/core), if any. */
export function findWorkspace(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) {
      try {
        const core = JSON.parse(readFileSync(join(dir, 'packages', 'core', 'package.json'), 'utf8')) as { name?: string };
        if (core.name === '@tieuchi/core') return dir;
      } catch {
        // not the tieuchi workspace
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The law package that publishes a set, resolved from the catalog (which depends on every law package). */
async function lawPackage(name: string): Promise<{ module: Record<string, unknown>; version: string }> {
  const catalogEntry = import.meta.resolve('@tieuchi/catalog');
  const req = createRequire(catalogEntry);
  const main = req.resolve(name);
  const module = (await import(pathToFileURL(main).href)) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync(req.resolve(`${name}/package.json`), 'utf8')) as { version: string };
  return { module, version: pkg.version };
}

function versionOf(name: string): string {
  const req = createRequire(import.meta.resolve('@tieuchi/catalog'));
  return (JSON.parse(readFileSync(req.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

const camel = (s: string): string => s.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const q = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function starterCases(derived: CriteriaSet, asOf: string): { name: string; note?: string; asOf: string; unit: Record<string, unknown>; expect: Record<string, unknown> }[] {
  const region = derived.regions[0] as string;
  const evalUnit = (unit: Record<string, unknown>): EvaluationResult => evaluate(derived, unit as unknown as UnitOf<CriteriaSet>, { asOf });
  const cases: { name: string; note?: string; asOf: string; unit: Record<string, unknown>; expect: Record<string, unknown> }[] = [];
  const codes = derived.criteria.flatMap((c) => c.indicators);

  const empty = { id: 'xa-chua-co-so-lieu', name: 'Xã chưa có số liệu (giả lập)', region, province: derived.province, category: [] };
  const r0 = evalUnit(empty);
  cases.push({
    name: 'Chưa có số liệu: mọi chỉ tiêu chưa đủ dữ liệu, không chỉ tiêu nào đạt',
    note: 'Missing data is never met (design.md). Holds whatever the province changes.',
    asOf,
    unit: empty,
    expect: { status: r0.status, indicators: { met: 0, total: r0.summary.indicators.total }, criteria: { met: 0 } },
  });

  const known = new Set(codes.map((i) => i.code));
  const sample = samples.communes.find((c) => derived.regions.includes(c.region) && Object.keys(c.values).filter((k) => known.has(k)).length >= known.size / 2);
  if (sample) {
    const unit = { id: sample.id, name: sample.name, region: sample.region, province: derived.province, category: [...sample.category], values: sample.values };
    const r = evalUnit(unit);
    const criterion: Record<string, string> = {};
    for (const c of r.criteria) criterion[String(c.number)] = c.status;
    cases.push({
      name: `${sample.name}: kết quả như bộ quốc gia (chưa có thay đổi của tỉnh)`,
      note: `Synthetic commune from @tieuchi/catalog samples. Expectations computed by tieuchi init from ${derived.derivedFrom?.id} with no provincial change: when the province tightens a value, update this case from the provincial decision.`,
      asOf,
      unit,
      expect: {
        status: r.status,
        criteria: { met: r.summary.criteria.met, notMet: r.summary.criteria.notMet, unknown: r.summary.criteria.unknown, total: r.summary.criteria.total },
        indicators: { met: r.summary.indicators.met, total: r.summary.indicators.total },
        criterion,
      },
    });
  }

  const numeric = codes.find((i) => isNumeric(i.input));
  if (numeric) {
    const unit = { id: 'xa-so-lieu-sai', name: 'Xã có số liệu sai (giả lập)', region, province: derived.province, category: [], values: { [numeric.code]: 'không rõ' } };
    cases.push({
      name: `Số liệu không phải là số ở chỉ tiêu ${numeric.code}: chưa đủ dữ liệu, có lỗi WRONG_TYPE`,
      asOf,
      unit,
      expect: { indicator: { [numeric.code]: 'unknown' }, issues: ['WRONG_TYPE'] },
    });
  }
  return cases;
}

/** `tieuchi init`: scaffold a provincial package that derives its set from a national one, builds and passes its tests. */
export async function initCommand(province: string, o: InitOptions): Promise<Scaffold> {
  if (!SLUG.test(province)) {
    throw new CliError(L(
      `Tên tỉnh phải là chữ thường không dấu nối bằng "-", ví dụ thanh-hoa; nhận được "${province}"`,
      `The province must be a lower-case slug joined by "-", e.g. thanh-hoa; received "${province}"`,
    ));
  }
  const chosen = chooseSet(o.from);
  const timeline = catalog.versions(chosen.set.id);
  const base = timeline?.entries[0]?.set ?? chosen.set;
  if (base.province !== undefined) {
    throw new CliError(L(`${base.id} đã là bộ tiêu chí của tỉnh ${base.province}; hãy dẫn xuất từ bộ quốc gia`, `${base.id} is already a provincial set (${base.province}); derive from a national set`));
  }
  const entry = catalog.entries.find((e) => e.id === base.id);
  if (!entry) throw new CliError(L(`Không tìm thấy gói của ${base.id}`, `No package publishes ${base.id}`));

  let decision: { number: string; year: string } | undefined;
  if (o.decision !== undefined) {
    const m = /^(\d+)[/-](\d{4})\b/.exec(o.decision.trim());
    if (!m) throw new CliError(L(`--decision cần dạng số/năm, ví dụ 32/2022; nhận được "${o.decision}"`, `--decision needs number/year, e.g. 32/2022; received "${o.decision}"`));
    decision = { number: m[1] as string, year: m[2] as string };
  }
  const pkgSlug = `${province}-qd-${decision?.number ?? 'xx'}-${decision?.year ?? 'yyyy'}`;
  const packageName = `@tieuchi/${pkgSlug}`;
  const tail = base.id.slice(base.id.indexOf('/') + 1);
  const setId = `${pkgSlug}/${tail}`;
  const dir = resolve(o.out ?? pkgSlug);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !o.force) {
    throw new CliError(L(`Thư mục ${dir} đã có tệp; chọn --out khác hoặc thêm --force`, `Folder ${dir} is not empty; choose another --out or add --force`));
  }

  const law = await lawPackage(entry.package);
  // The package may be loaded here as a second module instance (CommonJS): match the set by id and fingerprint.
  const exportName = Object.entries(law.module).find(([k, v]) => {
    const s = v as Partial<CriteriaSet> | null;
    return k !== 'default' && typeof s === 'object' && s !== null && !Array.isArray(s) && s.id === base.id && s.fingerprint === base.fingerprint;
  })?.[0];
  const varName = camel(tail).replace(/^[^a-zA-Z_$]/, '_$&');
  const importLine = exportName
    ? `import { ${exportName} as national } from '${entry.package}';`
    : `import { sets as nationalSets } from '${entry.package}';`;
  const nationalExpr = exportName ? 'national' : `nationalSets.find((s) => s.id === ${q(base.id)})!`;

  const citation: Citation = {
    decision: decision ? `${decision.number}/${decision.year}/QĐ-UBND` : 'TODO/QĐ-UBND',
    issuer: 'UBND tỉnh TODO',
    signed: base.validity.from,
    provenance: 'unverified',
    note: 'TODO: scaffold generated by tieuchi init; not yet checked against the provincial decision',
  };
  const label = { vi: `TODO: ${base.label.vi} (tỉnh ${province})`, en: `TODO: ${base.label.en} (province ${province})` };
  const derived = derive(base, { id: setId, province, label, citation, validity: base.validity, changes: [] });
  const asOf = samples.asOf >= base.validity.from && (base.validity.until === undefined || samples.asOf <= base.validity.until) ? samples.asOf : base.validity.from;
  const cases = starterCases(derived, asOf);

  const root = findWorkspace(dirname(dir));
  const workspace = root !== undefined;
  if (root !== undefined) {
    // A workspace package of the same name elsewhere would make two packages with one name.
    for (const d of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
      if (!d.isDirectory() || resolve(root, 'packages', d.name) === dir) continue;
      try {
        const other = JSON.parse(readFileSync(join(root, 'packages', d.name, 'package.json'), 'utf8')) as { name?: string };
        if (other.name === packageName) {
          throw new CliError(L(
            `Workspace đã có gói ${packageName} (packages/${d.name}); chọn --decision khác hoặc sửa gói đó`,
            `The workspace already has ${packageName} (packages/${d.name}); choose another --decision or edit that package`,
          ));
        }
      } catch (e) {
        if (e instanceof CliError) throw e;
      }
    }
  }
  const dep = (name: string): string => (workspace ? 'workspace:*' : versionOf(name));
  const generated = today();

  const files: Record<string, string> = {};
  files['package.json'] = `${JSON.stringify(
    {
      name: packageName,
      version: '0.0.0',
      private: true,
      description: `TODO: Quyết định ${citation.decision} của UBND tỉnh ${province} — ${base.label.vi}, as typed code for @tieuchi/core (derived from ${base.id})`,
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      engines: { node: '>=20.19' },
      files: ['dist', 'src'],
      main: './dist/index.cjs',
      module: './dist/index.js',
      types: './dist/index.d.cts',
      exports: {
        '.': {
          '@tieuchi/source': './src/index.ts',
          import: { types: './dist/index.d.ts', default: './dist/index.js' },
          require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
        },
        './package.json': './package.json',
      },
      scripts: {
        build: 'tsup',
        test: 'vitest run',
        typecheck: 'tsc --noEmit',
        'check:package': 'publint --strict && attw --pack . --profile node16',
      },
      dependencies: { '@tieuchi/core': dep('@tieuchi/core'), [entry.package]: workspace ? 'workspace:*' : law.version },
      devDependencies: {
        '@tieuchi/law-test': dep('@tieuchi/law-test'),
        vitest: '4.1.12',
        ...(workspace ? {} : { '@types/node': '^20.19.0', tsup: '8.5.1', typescript: '6.0.3', publint: '0.3.25', '@arethetypeswrong/cli': '0.18.5' }),
      },
      keywords: ['nong-thon-moi', 'criteria', 'vietnam', province],
    },
    null,
    2,
  )}\n`;
  files['tsconfig.json'] = workspace
    ? `${JSON.stringify({ extends: relative(dir, join(root, 'tsconfig.base.json')).split('\\').join('/'), include: ['src', 'test'] }, null, 2)}\n`
    : `${JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022', lib: ['ES2022'], module: 'ESNext', moduleResolution: 'Bundler', strict: true, noUncheckedIndexedAccess: true,
            skipLibCheck: true, isolatedModules: true, declaration: true, esModuleInterop: true, types: ['node'], noEmit: true,
          },
          include: ['src', 'test'],
        },
        null,
        2,
      )}\n`;
  files['tsup.config.ts'] = `import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
`;
  files['vitest.config.ts'] = workspace
    ? `import { defineConfig } from 'vitest/config';

// Inside the tieuchi workspace, tests run on the sources of @tieuchi/* (no build needed), as the root config does.
export default defineConfig({
  resolve: { conditions: ['@tieuchi/source'] },
  ssr: { resolve: { conditions: ['@tieuchi/source'] } },
  test: { include: ['test/**/*.test.ts'] },
});
`
    : `import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
`;
  const regionsLine = `  // TODO: the province's region(s), e.g. regions: ['BTB'] (today: every region of the national set).`;
  // Amendments of the national set published in the catalog: the derivation here starts from the original version.
  const amended = (timeline?.entries ?? []).filter((e) => e.set.amendedBy.length > 0).map((e) => `${e.set.amendedBy.map((c) => c.decision).join(', ')} (from ${e.from})`);
  const amendNote = amended.length > 0
    ? `\n// TODO: ${base.id} is amended by ${amended.join('; ')}. This scaffold derives from the original version only;\n// derive from the national history (original + amendments, see @tieuchi/core \`history\`) so the never-looser check\n// covers every national version in force during the provincial validity.`
    : '';
  files['src/index.ts'] = `/**
 * ${packageName} — ${base.label.vi}, tỉnh ${province}: derived from ${base.id} (${base.citation.decision}).
 *
 * SCAFFOLD generated by \`tieuchi init\` on ${generated}. Nothing here has been read from the provincial decision yet:
 * every TODO must be filled from the official text, and the citation stays \`provenance: 'unverified'\` until then.
 * The derivation is checked at definition time: it can never be looser than the national set (derive throws).
 * @packageDocumentation
 */
import { derive, type Citation } from '@tieuchi/core';
${importLine}${amendNote}

/**
 * The provincial decision. TODO: every field is a placeholder until read from the official text (number, issuer,
 * date signed); then add its \`url\` and raise \`provenance\` to 'partial' or 'verified'.
 */
export const citation: Citation = {
  decision: ${q(citation.decision)}, // TODO: số hiệu quyết định, ví dụ '32/2022/QĐ-UBND'
  issuer: ${q(citation.issuer)}, // TODO: cơ quan ban hành
  signed: ${q(citation.signed)}, // TODO: ngày ký (tạm lấy ngày hiệu lực của bộ quốc gia)
  provenance: 'unverified', // chưa đối chiếu văn bản gốc
  note: ${q(citation.note as string)},
};

/** ${base.label.vi} — tỉnh ${province}. What the province tightens, adds or supplies goes in \`changes\`. */
export const ${varName} = derive(${nationalExpr}, {
  id: ${q(setId)},
  province: ${q(province)},
  label: {
    vi: ${q(label.vi)}, // TODO: tên bộ tiêu chí trong quyết định của tỉnh
    en: ${q(label.en)}, // TODO
  },
  citation,
  // TODO: validity in the provincial decision (today: the national set's).
  validity: { from: ${q(base.validity.from)}${base.validity.until ? `, until: ${q(base.validity.until)}` : ''} },
${regionsLine}
  // TODO: the province's changes, each with its citation (see docs/guides/authoring-a-provincial-set.md), e.g.
  //   change.setValue('17.1', 98, { where: { regions: ['BTB'] }, source: { item: '17.1', provenance: 'unverified' } }),
  //   change.setParameter('ten-tham-so', 200),
  changes: [],
});

/** Every set this package publishes. */
export const sets = [${varName}] as const;
`;
  files['test/law.test.ts'] = `// The law cases of test/cases/*.yaml, one vitest test per case.
import { fileURLToPath } from 'node:url';
import { resolveFromSets } from '@tieuchi/law-test';
import { describeLawCases } from '@tieuchi/law-test/vitest';
import { sets } from '../src/index.js';

describeLawCases(fileURLToPath(new URL('./cases/', import.meta.url)), resolveFromSets(sets));
`;
  files['test/set.test.ts'] = `import { describe, expect, it } from 'vitest';
import { citation, ${varName} } from '../src/index.js';

describe(${q(setId)}, () => {
  it('derives from ${base.id}', () => {
    expect(${varName}.derivedFrom?.id).toBe(${q(base.id)});
    expect(${varName}.province).toBe(${q(province)});
  });
  it('stays unverified while the scaffold has TODOs', () => {
    if (JSON.stringify({ citation, label: ${varName}.label }).includes('TODO')) expect(citation.provenance).toBe('unverified');
  });
});
`;
  const header = `# Law cases for ${packageName} (${setId}).
# STARTER CASES generated by \`tieuchi init\` on ${generated}; the units are synthetic. Their expectations were computed
# from ${base.id} with no provincial change, so they hold as generated. TODO: replace them with cases a jurist has
# checked against the provincial decision (at least ten, including a commune that misses exactly the criteria a
# local report names). Quote indicator codes ("1.10").
`;
  // Indicator codes in the order of the set (JavaScript objects put "5", "10" before "1.1").
  const order = new Map(derived.criteria.flatMap((c) => c.indicators).map((i, n) => [i.code, n]));
  const byCode = (a: { key: unknown }, b: { key: unknown }): number => {
    const x = order.get(String((a.key as { value?: unknown }).value));
    const y = order.get(String((b.key as { value?: unknown }).value));
    return x !== undefined && y !== undefined ? x - y : 0;
  };
  files[`test/cases/${tail}.yaml`] = `${header}${yaml({ set: setId, cases }, { lineWidth: 0, sortMapEntries: byCode })}`;
  files['README.md'] = `# ${packageName}

> **Scaffold — not law yet.** Generated by \`tieuchi init ${province} --from ${base.id}\` on ${generated}. Every value is the
> national one; the citation is a placeholder marked \`unverified\`. Do not use its results as a basis for recognition
> until the TODOs below are done and the package is reviewed.

${base.label.vi} — tỉnh **${province}**, derived from \`${base.id}\` (${base.citation.decision}) with
\`derive\` from \`@tieuchi/core\`: the province states what it tightens, adds or supplies, and the definition fails if
the result is ever looser than the national set.

\`\`\`ts
import { evaluate } from '@tieuchi/core';
import { ${varName} } from '${packageName}';

const r = evaluate(${varName}, { id: 'xa-a', region: '${derived.regions[0]}', values: {} }, { asOf: '${asOf}' });
\`\`\`

## TODO before publishing

- [ ] \`src/index.ts\`: the decision's number, issuer, date signed and URL in \`citation\`; raise \`provenance\` only after
      reading the official text. Never invent a value: if the text is not available, leave the national value.
- [ ] The set's label and validity as the decision gives them; the province's \`regions\`.
- [ ] Every provincial change in \`changes\` (\`change.setValue\`, \`change.addIndicator\`, \`change.setParameter\` …), each with
      its own citation (item, provenance).
- [ ] \`test/cases/${tail}.yaml\`: replace the starter cases with cases a jurist has checked (at least ten).
- [ ] Rename the package and set id if the decision number changed (\`@tieuchi/<province>-qd-<number>-<year>\`), remove
      \`"private": true\`, add a changeset naming the decision, add the package to \`@tieuchi/catalog\`.

## Commands

\`\`\`sh
${workspace ? 'pnpm install            # from the workspace root: links the workspace packages\n' : 'npm install\n'}pnpm build              # tsup: ESM + CJS + types
pnpm test               # vitest: law cases (test/cases/*.yaml) and set checks
pnpm typecheck
tieuchi test test/cases --with ./dist/index.js   # the same law cases with the tieuchi command
\`\`\`

See the guide *Authoring a provincial criteria set* (docs/guides/authoring-a-provincial-set.md in the tieuchi repository).
`;
  files['.gitignore'] = 'node_modules/\ndist/\n';

  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    written.push(name);
  }
  return { dir, packageName, setId, files: written, workspace };
}
