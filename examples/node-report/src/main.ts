// Evaluates the synthetic communes in data/communes.json against QĐ 318/QĐ-TTg Phụ lục I and prints a report.
// Uses the published API only: @tieuchi/core and @tieuchi/qd-318-2022.
import { readFileSync } from 'node:fs';
import { evaluate, type Lang, type UnitOf } from '@tieuchi/core';
import { xaNtm } from '@tieuchi/qd-318-2022';
import { formatReport } from './report.js';

const lang: Lang = process.argv.includes('--en') ? 'en' : 'vi';
const data = JSON.parse(readFileSync(new URL('../data/communes.json', import.meta.url), 'utf8')) as {
  asOf: string;
  units: unknown[];
};

console.log(`${xaNtm.label[lang]} — ${xaNtm.citation.decision}, ${xaNtm.citation.part ?? ''} (${xaNtm.fingerprint.slice(0, 19)}…)`);
console.log(lang === 'vi' ? '(dữ liệu giả lập, không phải số liệu thật của xã nào)\n' : '(synthetic data, not about any real commune)\n');
for (const unit of data.units) {
  // Data read from a file is untrusted: the evaluator validates it and reports every problem as a coded issue.
  const result = evaluate(xaNtm, unit as UnitOf<typeof xaNtm>, { asOf: data.asOf });
  console.log(formatReport(result, lang));
  console.log('');
}
