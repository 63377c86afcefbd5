// Evaluates the catalog's synthetic sample communes against the national criteria in force on the sample date
// (resolved per commune by the catalog) and prints each commune's report. Public API only.
import { evaluate, type EvaluationResult, type Lang, type UnitOf } from '@tieuchi/core';
import { evaluateDistrict } from '@tieuchi/qd-320-2022';
import { catalog, samples } from '@tieuchi/catalog';
import { formatReport } from './report.js';

const lang: Lang = process.argv.includes('--en') ? 'en' : 'vi';
const asOf = process.argv.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? samples.asOf;

console.log(lang === 'vi' ? `Dữ liệu mẫu: ${samples.note}\n` : `Sample data: ${samples.note}\n`);
const results = new Map<string, EvaluationResult>();
for (const commune of samples.communes) {
  const found = catalog.resolve({ scope: 'xa', province: commune.province, asOf });
  if (!found) {
    console.log(`${commune.name}: ${lang === 'vi' ? 'không có bộ tiêu chí nào có hiệu lực ngày' : 'no criteria set in force on'} ${asOf}\n`);
    continue;
  }
  // Sample data is read as untrusted data: the evaluator validates it and reports every problem as a coded issue.
  const result = evaluate(found.set, commune as unknown as UnitOf<typeof found.set>, { asOf });
  results.set(commune.id, result);
  console.log(formatReport(result, lang));
  console.log('');
}

// A district is evaluated from its communes' results: the report names the communes that block it.
for (const district of samples.districts) {
  const found = catalog.resolve({ scope: 'huyen', province: district.province, asOf });
  if (!found) continue;
  const communes = district.communes.map((id) => results.get(id)).filter((r): r is EvaluationResult => r !== undefined);
  const result = evaluateDistrict(found.set, { id: district.id, name: district.name, region: district.region, province: district.province }, communes, { asOf, townships: [] });
  console.log(formatReport(result, lang));
  console.log('');
}
