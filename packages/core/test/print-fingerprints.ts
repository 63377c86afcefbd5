// Run in a separate Node process by canonical.test.ts: prints the fingerprints of the test-only sets as JSON.
import { canonicalJSON } from '@tieuchi/core';
import { btbOnlySet, ladderNangCao, ladderNtm, recordsSet, testSet } from './fixture.js';

const sets = [testSet, recordsSet, btbOnlySet, ladderNtm, ladderNangCao];
process.stdout.write(
  JSON.stringify(Object.fromEntries(sets.map((s) => [s.id, { fingerprint: s.fingerprint, canonicalLength: canonicalJSON(s).length }]))),
);
