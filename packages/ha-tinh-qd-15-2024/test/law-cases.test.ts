// The jurist-readable law cases of test/cases/*.yaml, one vitest test per case, against every version over time of the
// four Hà Tĩnh sets QĐ 15/2024 amends.
import { fileURLToPath } from 'node:url';
import { resolveFromSets } from '@tieuchi/law-test';
import { describeLawCases } from '@tieuchi/law-test/vitest';
import { allVersions } from '@tieuchi/ha-tinh-qd-15-2024';

describeLawCases(fileURLToPath(new URL('./cases/', import.meta.url)), resolveFromSets(allVersions));
