import { diffSets, formatDiff, type Lang } from '@tieuchi/core';
import { emit } from '../output.js';
import type { ChosenSet } from '../sets.js';

/** `tieuchi diff`: what changed between two sets or two versions of one set (an amendment, a provincial variant). */
export async function diffCommand(a: ChosenSet, b: ChosenSet, o: { format: 'text' | 'json'; lang: Lang; out?: string }): Promise<number> {
  const diff = diffSets(a.set, b.set);
  if (o.format === 'json') {
    await emit(o.out, `${JSON.stringify(diff, null, 2)}\n`);
    return 0;
  }
  const notes = [a.note, b.note].filter((n) => n !== undefined).map((n) => `⚠ ${n[o.lang]}`);
  await emit(o.out, `${[...notes, formatDiff(diff, o.lang)].join('\n')}\n`);
  return 0;
}
