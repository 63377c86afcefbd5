// Prints the provenance shares quoted in README.md, computed from the set itself (never estimated).
// Run: cd packages/qd-491-2009 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { provenanceSummary } from '@tieuchi/core';
import { xaNtm } from '../src/index.js';

console.log(provenanceSummary(xaNtm));
