// Computes the provenance shares printed in README.md from the set itself (never estimated).
// Run: cd packages/qd-318-2022 && npx tsx --conditions=@tieuchi/source scripts/provenance-shares.ts
import { REGIONS, isNode, mergeCitation, walkValue, weakest, type Provenance, type Rule, type Scalar, type Value } from '@tieuchi/core';
import { xaNtm } from '../src/index.js';

/** The threshold values a rule reads. */
function valuesOf(rule: Rule): Value<Scalar>[] {
  switch (rule.type) {
    case 'atLeast':
    case 'atMost':
    case 'equals':
      return [rule.value as Value<Scalar>];
    case 'between':
      return [rule.min, rule.max];
    case 'custom':
      return Object.values(rule.params) as Value<Scalar>[];
    default:
      return [];
  }
}

type Row = { code: string; row: Provenance; effective: Provenance; known: 'all' | 'some' | 'none' };
const rows: Row[] = [];
for (const c of xaNtm.criteria) {
  const cc = mergeCitation(xaNtm.citation, c.source);
  for (const i of c.indicators) {
    const row = mergeCitation(cc, i.source).provenance;
    const provs: Provenance[] = [row];
    let leaves = 0;
    let unknownLeaves = 0;
    for (const v of valuesOf(i.rule)) {
      walkValue(v, (node) => {
        if (isNode(node) && node.type === 'sourced' && node.source.provenance) provs.push(node.source.provenance);
        if (isNode(node) && node.type === 'notKnown') unknownLeaves++;
        if (!isNode(node) || node.type === 'notKnown') leaves++;
      });
    }
    const known = unknownLeaves === 0 ? 'all' : unknownLeaves === leaves ? 'none' : 'some';
    rows.push({ code: i.code, row, effective: weakest(...provs), known });
  }
}

const share = (n: number) => `${n}/${rows.length} (${((100 * n) / rows.length).toFixed(1)}%)`;
const count = (k: 'row' | 'effective', p: Provenance) => rows.filter((r) => r[k] === p).length;
console.log(`criteria: ${xaNtm.criteria.length}, indicators: ${rows.length}, regions: ${REGIONS.length}`);
for (const k of ['effective', 'row'] as const) {
  console.log(`${k}: verified ${share(count(k, 'verified'))}, partial ${share(count(k, 'partial'))}, unverified ${share(count(k, 'unverified'))}`);
}
console.log(`thresholds known everywhere: ${share(rows.filter((r) => r.known === 'all').length)}`);
console.log(`thresholds known for some regions/years only: ${rows.filter((r) => r.known === 'some').map((r) => r.code).join(', ')}`);
console.log(`thresholds not known at all: ${rows.filter((r) => r.known === 'none').map((r) => r.code).join(', ')}`);
for (const p of ['verified', 'partial', 'unverified'] as const) {
  console.log(`effective ${p}: ${rows.filter((r) => r.effective === p).map((r) => r.code).join(', ')}`);
}
for (const c of xaNtm.criteria) console.log(`criterion ${c.number} (${c.group}): ${c.indicators.length} — ${c.label.vi}`);
