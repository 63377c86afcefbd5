// The jurist-readable law cases of test/cases/*.yaml, one vitest test per case. The resolver knows every version over
// time of the two Hà Tĩnh commune sets, and the national QĐ 691 kiểu mẫu set (seed report R5, "3/4 tiêu chí kiểu mẫu").
import { fileURLToPath } from 'node:url';
import { resolveFromSets } from '@tieuchi/law-test';
import { describeLawCases } from '@tieuchi/law-test/vitest';
import { sets as qd691 } from '@tieuchi/qd-691-2018';
import { allVersions } from '@tieuchi/ha-tinh-qd-36-2022';

describeLawCases(fileURLToPath(new URL('./cases/', import.meta.url)), resolveFromSets([...allVersions, ...qd691]));
