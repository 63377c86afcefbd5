// The jurist-readable law cases of test/cases/*.yaml, one vitest test per case, against every version over time of the
// two Hà Tĩnh district sets.
import { fileURLToPath } from 'node:url';
import { resolveFromSets } from '@tieuchi/law-test';
import { describeLawCases } from '@tieuchi/law-test/vitest';
import { allVersions } from '@tieuchi/ha-tinh-qd-37-2022';

describeLawCases(fileURLToPath(new URL('./cases/', import.meta.url)), resolveFromSets(allVersions));
