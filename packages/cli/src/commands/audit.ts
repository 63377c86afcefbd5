import { provenanceShares, auditSet, type AuditRow, type AuditValue, type Citation, type Lang, type Provenance } from '@tieuchi/core';
import { stringify } from 'csv-stringify/sync';
import { emit } from '../output.js';
import { citationText, num, PROVENANCE_LABELS } from '../format/common.js';
import type { ChosenSet } from '../sets.js';

const RANK: Readonly<Record<Provenance, number>> = { unverified: 0, partial: 1, verified: 2 };

/** Rows of a set, least certain first (unverified, partial, verified), in the set's order within each. */
export function auditRows(rows: readonly AuditRow[]): AuditRow[] {
  return rows.map((r, n) => [r, n] as const).sort((x, y) => RANK[x[0].weakest] - RANK[y[0].weakest] || x[1] - y[1]).map(([r]) => r);
}

function valueText(v: AuditValue, lang: Lang): string {
  if (v.kind === 'notKnown') return lang === 'vi' ? `chưa rõ${v.note ? ` (${v.note.vi})` : ''}` : `not known${v.note ? ` (${v.note.en})` : ''}`;
  if (v.kind === 'parameter') return lang === 'vi' ? `do tỉnh quy định${v.note ? ` (${v.note.vi})` : ''}` : `set by the province${v.note ? ` (${v.note.en})` : ''}`;
  const x = v.value;
  if (typeof x === 'number') return num(x, lang);
  if (typeof x === 'boolean') return x ? (lang === 'vi' ? 'có' : 'yes') : lang === 'vi' ? 'không' : 'no';
  if (Array.isArray(x)) return x.join(', ');
  return String(x);
}

const where = (v: AuditValue): string => `${v.field}${v.at.length ? ` [${v.at.join(' · ')}]` : ''}`;

function sourceLine(c: Citation, lang: Lang): string {
  return [citationText(c, lang), c.url, c.note].filter((x) => x !== undefined && x !== '').join(' — ');
}

/** `tieuchi audit`: every value of a set with its citation and provenance, least certain first. */
export async function auditCommand(chosen: ChosenSet, o: { format: 'table' | 'json' | 'csv'; lang: Lang; out?: string }): Promise<number> {
  const { set } = chosen;
  const { lang } = o;
  const rows = auditRows(auditSet(set));
  const shares = provenanceShares(set);
  if (o.format === 'json') {
    await emit(o.out, `${JSON.stringify({ set: { id: set.id, version: set.version, fingerprint: set.fingerprint, citation: set.citation }, shares, rows }, null, 2)}\n`);
    return 0;
  }
  if (o.format === 'csv') {
    const vi = lang === 'vi';
    const header = vi
      ? ['tiêu chí', 'mã', 'chỉ tiêu', 'mức xác minh yếu nhất', 'mức xác minh của dòng', 'mức chuẩn đã biết', 'trường', 'theo', 'chiều', 'giá trị', 'loại', 'mức xác minh của giá trị', 'văn bản', 'phần', 'mục', 'nguồn', 'ghi chú nguồn', 'ghi chú dòng']
      : ['criterion', 'code', 'indicator', 'weakest provenance', 'row provenance', 'thresholds known', 'field', 'at', 'dimensions', 'value', 'kind', 'value provenance', 'decision', 'part', 'item', 'url', 'source note', 'row note'];
    const lines: string[][] = [header];
    for (const r of rows) {
      const base = [String(r.criterion), r.code, r.label[lang], r.weakest, r.provenance, r.known];
      if (r.values.length === 0) lines.push([...base, '', '', '', '', '', r.provenance, r.citation.decision, r.citation.part ?? '', r.citation.item ?? '', r.citation.url ?? '', '', r.citation.note ?? '']);
      for (const v of r.values) {
        lines.push([
          ...base, v.field, v.at.join(' / '), v.dims.join(' / '), valueText(v, lang), v.kind, v.provenance,
          v.citation.decision, v.citation.part ?? '', v.citation.item ?? '', v.citation.url ?? '', v.citation.note ?? '', r.citation.note ?? '',
        ]);
      }
    }
    await emit(o.out, `\ufeff${stringify(lines)}`);
    return 0;
  }
  const vi = lang === 'vi';
  const out: string[] = [];
  out.push(`${set.id}, ${vi ? 'phiên bản' : 'version'} ${set.version} — ${set.label[lang]}`);
  out.push(`${set.citation.decision} (${set.citation.issuer}, ${set.citation.signed}) — ${PROVENANCE_LABELS[set.citation.provenance][lang]}`);
  out.push(
    vi
      ? `${shares.total} chỉ tiêu: ${shares.verified} đã xác minh, ${shares.partial} xác minh một phần, ${shares.unverified} chưa xác minh (tính theo mức yếu nhất của dòng và các giá trị). Chưa xác minh và xác minh một phần được liệt kê trước.`
      : `${shares.total} indicators: ${shares.verified} verified, ${shares.partial} partly verified, ${shares.unverified} unverified (the weakest of the row and its values). Unverified and partial rows come first.`,
  );
  for (const r of rows) {
    out.push('');
    out.push(`${r.weakest === 'verified' ? '✔' : '⚠'} [${PROVENANCE_LABELS[r.weakest][lang]}] ${r.code} — ${r.label[lang]}`);
    out.push(`    ${vi ? 'dòng' : 'row'} (${PROVENANCE_LABELS[r.provenance][lang]}): ${sourceLine(r.citation, lang)}`);
    if (r.known !== 'all') out.push(`    ${vi ? (r.known === 'none' ? 'chưa biết mức chuẩn nào' : 'chỉ biết một phần mức chuẩn') : r.known === 'none' ? 'no threshold known' : 'thresholds known only in part'}`);
    for (const v of r.values) {
      const own = v.citation.url !== r.citation.url || v.citation.note !== r.citation.note || v.citation.decision !== r.citation.decision;
      out.push(`    ${where(v)} = ${valueText(v, lang)} (${PROVENANCE_LABELS[v.provenance][lang]})${own ? ` — ${sourceLine(v.citation, lang)}` : ''}`);
    }
  }
  await emit(o.out, `${out.join('\n')}\n`);
  return 0;
}
