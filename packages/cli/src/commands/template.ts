import type { CriteriaSet, Lang, Region } from '@tieuchi/core';
import { stringify } from 'csv-stringify/sync';
import { CliError } from '../errors.js';
import { L } from '../lang.js';
import { emit } from '../output.js';
import { dimensionsOf, inputHint, requirementsFor, unitLabel } from '../requirements.js';
import type { ChosenSet } from '../sets.js';

/** One row of the data-entry form. */
export interface FormRow {
  /** Unit field (id, region…) or indicator code ("10", "5.soTruong"); empty for a criterion heading. */
  readonly code: string;
  readonly criterion: string;
  /** Vietnamese label (the legal text). */
  readonly label: string;
  readonly input: string;
  readonly unit: string;
  readonly requirement: string;
  readonly value: string;
  readonly kind: 'meta' | 'heading' | 'indicator';
  /** Values a list-validated cell accepts (XLSX). */
  readonly choices?: readonly string[];
}

/** The columns of the form; `code` and `value` are what `evaluate` reads. */
export function formHeader(lang: Lang, region: Region | undefined, asOf: string, group?: number): string[] {
  const vi = lang === 'vi';
  const profile = [region, group !== undefined ? (vi ? `nhóm ${group}` : `group ${group}`) : undefined].filter((x) => x !== undefined).join(', ');
  return [
    'code',
    vi ? 'tiêu chí' : 'criterion',
    vi ? 'nội dung' : 'label (vi)',
    vi ? 'cách nhập' : 'how to enter',
    vi ? 'đơn vị tính' : 'unit of measure',
    `${vi ? 'yêu cầu' : 'requirement'} (${profile || (vi ? 'mọi vùng, nhóm xã' : 'every region, group')}, ${asOf})`,
    'value',
  ];
}

/** The rows of the form: unit fields, then every criterion and its indicators (one row per field for `fields`). */
export function formRows(set: CriteriaSet, o: { lang: Lang; asOf: string; region?: Region; group?: number }): FormRow[] {
  const { lang } = o;
  const vi = lang === 'vi';
  const reqs = requirementsFor(set, o.asOf, { ...(o.region ? { region: o.region } : {}), ...(o.group ? { group: o.group } : {}) });
  const rows: FormRow[] = [];
  const meta = (code: string, label: string, input: string, value = '', choices?: readonly string[]): void => {
    rows.push({ code, criterion: '', label, input, unit: '', requirement: '', value, kind: 'meta', ...(choices ? { choices } : {}) });
  };
  meta('id', 'Mã đơn vị', vi ? 'chữ không dấu, không trùng, ví dụ xa-a' : 'plain letters, unique, e.g. xa-a');
  meta('name', 'Tên đơn vị', vi ? 'ví dụ Xã A' : 'e.g. Xã A');
  meta('region', 'Vùng', set.regions.join(', '), o.region ?? '', set.regions);
  meta('province', 'Tỉnh', vi ? 'ví dụ thanh-hoa' : 'e.g. thanh-hoa', set.province ?? '');
  const cats = Object.entries(set.categories);
  if (cats.length > 0) meta('category', 'Loại xã', `${vi ? 'để trống, hoặc (cách nhau bởi ;)' : 'blank, or (separated by ;)'} ${cats.map(([k, c]) => `${k} = ${c.label.vi}`).join('; ')}`);
  const zones = Object.entries(set.zones);
  if (zones.length > 0) meta('zone', 'Vùng của tỉnh', zones.map(([k, z]) => `${k} = ${z.vi}`).join('; '), '', zones.map(([k]) => k));
  if (dimensionsOf(set).group || o.group !== undefined) meta('group', 'Nhóm xã', '1, 2, 3', o.group !== undefined ? String(o.group) : '', ['1', '2', '3']);
  if (set.prerequisites.length > 0) {
    meta('recognized', 'Đã được công nhận', `${vi ? 'mã bộ tiêu chí, cách nhau bởi ;' : 'set ids, separated by ;'}: ${set.prerequisites.map((p) => p.set).join('; ')}`);
  }
  for (const c of set.criteria) {
    rows.push({ code: '', criterion: String(c.number), label: `Tiêu chí ${c.number}. ${c.label.vi}`, input: '', unit: '', requirement: '', value: '', kind: 'heading' });
    for (const i of c.indicators) {
      const r = reqs.get(i.code);
      const requirement = r ? r.text[lang] : '';
      const na = i.applicability === 'ifPresent';
      if (i.input.kind === 'fields') {
        for (const [field, input] of Object.entries(i.input.fields)) {
          rows.push({
            code: `${i.code}.${field}`, criterion: String(c.number), label: `${i.label.vi} — ${field}`, input: inputHint(input, na)[lang], unit: unitLabel(input)[lang],
            requirement, value: '', kind: 'indicator', ...(input.kind === 'boolean' ? { choices: ['đạt', 'chưa đạt', ...(na ? ['n/a'] : [])] } : {}),
          });
        }
        continue;
      }
      rows.push({
        code: i.code, criterion: String(c.number), label: i.label.vi, input: inputHint(i.input, na)[lang], unit: unitLabel(i.input)[lang], requirement, value: '', kind: 'indicator',
        ...(i.input.kind === 'boolean' ? { choices: ['đạt', 'chưa đạt', ...(na ? ['n/a'] : [])] } : i.input.kind === 'choice' ? { choices: [...i.input.options, ...(na ? ['n/a'] : [])] } : {}),
      });
    }
  }
  return rows;
}

async function xlsx(set: CriteriaSet, header: string[], rows: FormRow[], lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tieuchi';
  const ws = wb.addWorksheet(lang === 'vi' ? 'Phiếu nhập' : 'Form', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 14 }, { width: 8 }, { width: 70 }, { width: 28 }, { width: 16 }, { width: 34 }, { width: 18 }];
  const h = ws.addRow(header);
  h.font = { bold: true };
  h.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });
  h.getCell(1).note = lang === 'vi'
    ? `Phiếu nhập liệu cho ${set.id} (${set.citation.decision}). Chỉ điền cột "value"; không sửa cột "code". Để trống = chưa có số liệu. Số thập phân dùng dấu phẩy hoặc dấu chấm. Đọc lại bằng: tieuchi evaluate ${set.id} <tệp>.`
    : `Data-entry form for ${set.id} (${set.citation.decision}). Fill the "value" column only; do not change "code". Blank = no data. Decimals with a comma or a point. Read back with: tieuchi evaluate ${set.id} <file>.`;
  for (const r of rows) {
    const row = ws.addRow([r.code, r.criterion, r.label, r.input, r.unit, r.requirement, r.value]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).numFmt = '@';
    const value = row.getCell(7);
    if (r.kind === 'heading') {
      row.font = { bold: true };
      continue;
    }
    value.numFmt = '@'; // text: what is typed is read as typed (no 1.5 → date), decimal commas included
    value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
    if (r.choices) value.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${r.choices.join(',')}"`], showErrorMessage: false };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** `tieuchi template`: a data-entry form for one unit that `tieuchi evaluate` reads back unchanged. */
export async function templateCommand(chosen: ChosenSet, o: { asOf: string; region?: Region; group?: number; lang: Lang; format: 'xlsx' | 'csv' | 'json'; out?: string }): Promise<number> {
  const { set } = chosen;
  if (o.format === 'xlsx' && (o.out === undefined || o.out === '-')) {
    throw new CliError(L('Định dạng xlsx cần --out <tệp.xlsx> (không ghi tệp nhị phân ra màn hình)', 'The xlsx format needs --out <file.xlsx> (a binary file is not written to the terminal)'));
  }
  if (o.region !== undefined && !set.regions.includes(o.region)) {
    throw new CliError(L(`Bộ ${set.id} không áp dụng cho vùng ${o.region} (các vùng: ${set.regions.join(', ')})`, `Set ${set.id} does not apply to region ${o.region} (regions: ${set.regions.join(', ')})`));
  }
  const rows = formRows(set, o);
  const header = formHeader(o.lang, o.region, o.asOf, o.group);
  if (o.format === 'xlsx') {
    await emit(o.out, await xlsx(set, header, rows, o.lang));
  } else if (o.format === 'csv') {
    await emit(o.out, `\ufeff${stringify([header, ...rows.map((r) => [r.code, r.criterion, r.label, r.input, r.unit, r.requirement, r.value])])}`);
  } else {
    const values: Record<string, unknown> = {};
    for (const c of set.criteria) {
      for (const i of c.indicators) values[i.code] = i.input.kind === 'fields' ? Object.fromEntries(Object.keys(i.input.fields).map((f) => [f, null])) : null;
    }
    const doc = {
      template: set.id,
      version: set.version,
      asOf: o.asOf,
      region: o.region ?? null,
      form: rows.filter((r) => r.kind === 'indicator').map((r) => ({ code: r.code, criterion: Number(r.criterion), label: r.label, input: r.input, unit: r.unit, requirement: r.requirement })),
      units: [{ id: '', name: '', region: o.region ?? '', province: set.province ?? '', category: [], ...(dimensionsOf(set).group || o.group !== undefined ? { group: o.group ?? null } : {}), values }],
    };
    await emit(o.out, `${JSON.stringify(doc, null, 2)}\n`);
  }
  return 0;
}
