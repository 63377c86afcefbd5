// The jurist-readable law cases of test/cases/*.yaml, one vitest test per case. The resolver knows every version over
// time: qd-318-2022/xa-ntm and xa-ntm-nang-cao as issued and as amended by QĐ 211, and the set QĐ 211 introduces.
import { fileURLToPath } from 'node:url';
import { resolveFromSets } from '@tieuchi/law-test';
import { describeLawCases } from '@tieuchi/law-test/vitest';
import { allVersions } from '../src/index.js';

describeLawCases(fileURLToPath(new URL('./cases/', import.meta.url)), resolveFromSets(allVersions));
