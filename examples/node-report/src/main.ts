// Evaluates the catalog's synthetic sample communes against the national criteria in force on the sample date
// (resolved per commune by the catalog) and prints each commune's report. Public API only.
import { evaluate, type Lang, type UnitOf } from '@tieuchi/core';
import { catalog, samples } from '@tieuchi/catalog';
import { formatReport } from './report.js';

const lang: Lang = process.argv.includes('--en') ? 'en' : 'vi';
const asOf = process.argv.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? samples.asOf;

console.log(lang === 'vi' ? `Dữ liệu mẫu: ${samples.note}\n` : `Sample data: ${samples.note}\n`);
for (const commune of samples.communes) {
  const found = catalog.resolve({ scope: 'xa', province: commune.province, asOf });
  if (!found) {
    console.log(`${commune.name}: ${lang === 'vi' ? 'không có bộ tiêu chí nào có hiệu lực ngày' : 'no criteria set in force on'} ${asOf}\n`);
    continue;
  }
  // Sample data is read as untrusted data: the evaluator validates it and reports every problem as a coded issue.
  const result = evaluate(found.set, commune as unknown as UnitOf<typeof found.set>, { asOf });
  console.log(formatReport(result, lang));
  console.log('');
}
