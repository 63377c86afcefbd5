// Prints the provenance shares quoted in README.md, computed from the set itself (never estimated).
// Run: cd packages/qd-319-2022 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { provenanceSummary } from '@tieuchi/core';
import { xaNtmKieuMau } from '../src/index.js';

console.log(provenanceSummary(xaNtmKieuMau));
