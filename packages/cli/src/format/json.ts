import type { Sink } from '../output.js';
import type { EvaluationRun } from '../run-evaluation.js';

/** Results are pretty-printed up to this many units; above it, one unit per line (a 10 000-unit file stays usable). */
export const PRETTY_UNITS = 20;

/**
 * `--format json` (contract): `{ set: { id, version, fingerprint }, asOf, units: [EvaluationResult…] }`, plus `sets`
 * (every set used, with its unit count), `input` (files, rows and units: every row is accounted for), `unresolved`
 * (`auto`: units with no set in force), `problems` (located input problems) and `notes`. Each unit is the
 * evaluator's result with `source` ({ file, sheet?, row? | item? }). With `auto`, `set` is the set of the first
 * evaluated unit (null when none was evaluated) and each unit's own `set` says which set rated it.
 * Written piece by piece, never as one string.
 */
export async function evaluationJson(run: EvaluationRun, sink: Sink): Promise<void> {
  const first = run.sets[0];
  const counts = new Map<string, number>();
  for (const u of run.units) counts.set(`${u.set.id}@${u.set.version}`, (counts.get(`${u.set.id}@${u.set.version}`) ?? 0) + 1);
  const rows = run.files.reduce((n, f) => n + f.rows, 0);
  const head = {
    set: first ? { id: first.id, version: first.version, fingerprint: first.fingerprint } : null,
    asOf: run.asOf,
    mode: run.mode,
    ...(run.scope !== undefined ? { scope: run.scope } : {}),
    sets: run.sets.map((s) => ({
      id: s.id,
      version: s.version,
      fingerprint: s.fingerprint,
      label: s.label,
      decision: s.citation.decision,
      units: counts.get(`${s.id}@${s.version}`) ?? 0,
    })),
    input: { files: run.files, rows, units: run.units.length, unresolved: run.unresolved.length },
  };
  const tail = { unresolved: run.unresolved, problems: run.problems, notes: run.notes };
  if (run.units.length <= PRETTY_UNITS) {
    await sink.write(`${JSON.stringify({ ...head, units: run.units, ...tail }, null, 2)}\n`);
    return;
  }
  const headText = JSON.stringify(head, null, 2);
  await sink.write(`${headText.slice(0, -2)},\n  "units": [\n`);
  let chunk = '';
  for (let n = 0; n < run.units.length; n++) {
    chunk += `${JSON.stringify(run.units[n])}${n < run.units.length - 1 ? ',' : ''}\n`;
    if (chunk.length > 4_000_000) {
      await sink.write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') await sink.write(chunk);
  const tailText = JSON.stringify(tail, null, 2);
  await sink.write(`  ],\n${tailText.slice(2)}\n`);
}
