// The jurist-readable law cases of test/cases/*.yaml, one vitest test per case. The resolver knows both versions of
// the Thanh Hóa set (as issued; from 01/3/2024).
import { fileURLToPath } from 'node:url';
import { resolveFromSets } from '@tieuchi/law-test';
import { describeLawCases } from '@tieuchi/law-test/vitest';
import { sets } from '../src/index.js';

describeLawCases(fileURLToPath(new URL('./cases/', import.meta.url)), resolveFromSets(sets));
