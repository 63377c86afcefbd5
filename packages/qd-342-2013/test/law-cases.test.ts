// The jurist-readable law cases of test/cases/*.yaml, one vitest test per case, against every version of
// qd-491-2009/xa-ntm: as issued (16/4/2009) and as amended by QĐ 342/QĐ-TTg (20/02/2013).
import { fileURLToPath } from 'node:url';
import { resolveFromSets } from '@tieuchi/law-test';
import { describeLawCases } from '@tieuchi/law-test/vitest';
import { xaNtmHistory } from '@tieuchi/qd-342-2013';

describeLawCases(fileURLToPath(new URL('./cases/', import.meta.url)), resolveFromSets(xaNtmHistory.entries.map((e) => e.set)));
