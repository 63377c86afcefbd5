// Prints the provenance shares and the provincial changes quoted in README.md, computed from the sets themselves
// (never estimated): core's provenanceSummary, and diffSets(national version in force, provincial) + formatDiff.
// Run: cd packages/thanh-hoa-qd-26-2024 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { diffSets, formatDiff, inForce, provenanceSummary } from '@tieuchi/core';
import { xaNtmNangCaoHistory as quocGia } from '@tieuchi/qd-211-2024';
import { sets } from '../src/index.js';

for (const set of sets) {
  console.log(provenanceSummary(set));
  const parent = inForce(quocGia, set.validity.from);
  if (!parent) throw new Error(`no national version on ${set.validity.from}`);
  console.log(`${formatDiff(diffSets(parent, set), 'vi')}\n`);
}
