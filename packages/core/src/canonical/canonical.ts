import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { configure } from 'safe-stable-stringify';
import type { SetDefinition } from '../definition/model.js';
import type { Rule } from '../rule/rule.js';

const stringify = configure({ deterministic: true, bigint: false, circularValue: Error });

/** A rule as data: a custom rule keeps its name, description and params; its predicate is code, not data. */
function ruleToData(rule: Rule): unknown {
  if (rule.type === 'custom') {
    return { type: 'custom', name: rule.name, description: rule.description, params: rule.params };
  }
  return rule;
}

/** The set as plain JSON data (custom predicates are referred to by name). */
export function toData(set: SetDefinition): unknown {
  return {
    id: set.id,
    version: set.version,
    label: set.label,
    scope: set.scope,
    tier: set.tier,
    citation: set.citation,
    validity: set.validity,
    regions: set.regions,
    groups: set.groups,
    categories: set.categories,
    // Key order is lost in canonical JSON, but it decides which category counts for a unit that has several.
    ...(Object.keys(set.categories).length > 1 ? { categoryOrder: Object.keys(set.categories) } : {}),
    zones: set.zones,
    parameters: set.parameters,
    prerequisites: set.prerequisites,
    amendedBy: set.amendedBy,
    ...(set.province !== undefined ? { province: set.province } : {}),
    ...(set.derivedFrom ? { derivedFrom: set.derivedFrom } : {}),
    criteria: set.criteria.map((c) => ({
      number: c.number,
      ...(c.role === 'condition' ? { role: 'condition' } : {}),
      label: c.label,
      ...(c.group !== undefined ? { group: c.group } : {}),
      combine: c.combine,
      ...(c.source ? { source: c.source } : {}),
      indicators: c.indicators.map((i) => ({
        code: i.code,
        label: i.label,
        input: i.input,
        rule: ruleToData(i.rule),
        applicability: i.applicability,
        ...(i.source ? { source: i.source } : {}),
      })),
    })),
  };
}

/** Canonical JSON of a set: sorted keys, no whitespace — stable for diffs and hashing. */
export function canonicalJSON(set: SetDefinition): string {
  return stringify(toData(set)) as string;
}

/** Content fingerprint: `sha256:` + hex digest of the canonical JSON. */
export function fingerprintOf(set: SetDefinition): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJSON(set))))}`;
}
