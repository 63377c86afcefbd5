// Prints the provenance shares quoted in README.md, computed from the sets themselves (never estimated).
// Run: cd packages/qd-1048-2019 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { provenanceSummary } from '@tieuchi/core';
import { sets } from '../src/index.js';

for (const set of sets) console.log(`${provenanceSummary(set)}\n`);
