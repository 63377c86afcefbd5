// The jurist-readable law cases of test/cases/*.yaml, one vitest test per case.
import { fileURLToPath } from 'node:url';
import { resolveFromSets } from '@tieuchi/law-test';
import { describeLawCases } from '@tieuchi/law-test/vitest';
import { sets } from '@tieuchi/qd-1048-2019';

describeLawCases(fileURLToPath(new URL('./cases/', import.meta.url)), resolveFromSets(sets));
