// Prints the provenance shares quoted in README.md, computed from the sets themselves (never estimated).
// Run: cd packages/qd-342-2013 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { provenanceSummary } from '@tieuchi/core';
import { xaNtm as xaNtm491 } from '@tieuchi/qd-491-2009';
import { xaNtm } from '../src/index.js';

console.log(`${provenanceSummary(xaNtm491, 'QĐ 491/QĐ-TTg as issued')}\n`);
console.log(provenanceSummary(xaNtm, 'QĐ 491/QĐ-TTg as amended by QĐ 342/QĐ-TTg'));
