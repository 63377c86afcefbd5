import type { Lang, Region } from '@tieuchi/core';
import { REGION_LABELS } from '@tieuchi/core';
import { emit } from '../output.js';
import { PROVENANCE_LABELS } from '../format/common.js';
import { inputHint, requirementsFor, unitLabel } from '../requirements.js';
import type { ChosenSet } from '../sets.js';

/** `tieuchi show`: the criteria table of a set with the requirement of every indicator for a region at a date. */
export async function showCommand(chosen: ChosenSet, o: { asOf: string; region?: Region; zone?: string; group?: number; lang: Lang; format: 'table' | 'json'; out?: string }): Promise<number> {
  const { set } = chosen;
  const { lang } = o;
  const reqs = requirementsFor(set, o.asOf, { ...(o.region ? { region: o.region } : {}), ...(o.zone ? { zone: o.zone } : {}), ...(o.group ? { group: o.group } : {}) });
  if (o.format === 'json') {
    const data = {
      set: { id: set.id, version: set.version, fingerprint: set.fingerprint, label: set.label, scope: set.scope, tier: set.tier, citation: set.citation, validity: set.validity, amendedBy: set.amendedBy },
      asOf: o.asOf,
      region: o.region ?? null,
      ...(chosen.note ? { note: chosen.note } : {}),
      criteria: set.criteria.map((c) => ({
        number: c.number,
        label: c.label,
        ...(c.group !== undefined ? { group: c.group } : {}),
        combine: c.combine,
        indicators: c.indicators.map((i) => {
          const r = reqs.get(i.code);
          return {
            code: i.code,
            label: i.label,
            input: i.input,
            applicability: i.applicability,
            rule: i.rule.type,
            requirement: r?.text ?? null,
            known: r?.known ?? false,
            provenance: r?.provenance ?? null,
          };
        }),
      })),
    };
    await emit(o.out, `${JSON.stringify(data, null, 2)}\n`);
    return 0;
  }
  const vi = lang === 'vi';
  const out: string[] = [];
  out.push(`${set.id} — ${set.label[lang]}`);
  out.push(
    `${set.citation.decision} (${set.citation.issuer}, ${set.citation.signed}); ${vi ? 'phiên bản' : 'version'} ${set.version}, ${vi ? 'hiệu lực' : 'in force'} ${set.validity.from} – ${set.validity.until ?? '…'}${set.amendedBy.length ? `; ${vi ? 'sửa đổi bởi' : 'amended by'} ${set.amendedBy.map((a) => a.decision).join(', ')}` : ''}`,
  );
  out.push(
    `${vi ? 'Yêu cầu tính cho' : 'Requirements for'} ${o.region ? `${vi ? 'vùng' : 'region'} ${o.region} (${REGION_LABELS[o.region][lang]})` : vi ? 'mọi vùng' : 'every region'}${o.zone ? `, zone ${o.zone}` : ''}${o.group ? `, ${vi ? 'nhóm' : 'group'} ${o.group}` : ''}, ${vi ? 'ngày' : 'on'} ${o.asOf}`,
  );
  if (chosen.note) out.push(`⚠ ${chosen.note[lang]}`);
  let group: string | undefined;
  const req = vi ? 'yêu cầu' : 'requirement';
  const how = vi ? 'cách nhập' : 'enter';
  for (const c of set.criteria) {
    if (c.group !== undefined && c.group !== group) {
      group = c.group;
      const g = set.groups.find((x) => x.id === c.group);
      out.push('', `${vi ? 'NHÓM' : 'GROUP'} ${c.group}${g ? `. ${g.label[lang].toUpperCase()}` : ''}`);
    }
    out.push(`  ${vi ? 'Tiêu chí' : 'Criterion'} ${c.number}. ${c.label[lang]}${c.combine.type === 'atLeast' ? ` (${vi ? 'đạt ít nhất' : 'at least'} ${c.combine.count} ${vi ? 'chỉ tiêu' : 'indicators'})` : ''}`);
    for (const i of c.indicators) {
      const r = reqs.get(i.code);
      const unit = unitLabel(i.input)[lang];
      const prov = r ? `${r.provenance !== 'verified' ? '⚠ ' : ''}${PROVENANCE_LABELS[r.provenance][lang]}` : '';
      out.push(`    ${i.code.padEnd(6)} ${i.label[lang]}${unit ? ` [${unit}]` : ''}`);
      out.push(`    ${' '.repeat(6)} ${req}: ${r ? r.text[lang] : '—'} · ${how}: ${inputHint(i.input, i.applicability === 'ifPresent')[lang]} · ${prov}`);
    }
  }
  await emit(o.out, `${out.join('\n')}\n`);
  return 0;
}
