import { describe, expect, it } from 'vitest';
import {
  atLeast,
  byCategory,
  byRegion,
  byYear,
  criterion,
  custom,
  defineSet,
  diffSets,
  formatDiff,
  indicator,
  input,
  isTrue,
  scoreBands,
  sourced,
  type Criterion,
  type CriteriaSet,
  type DiffEntry,
  type Indicator,
  type SetDefinition,
  type SetInput,
} from '@tieuchi/core';
import { testCitation, testSet } from '../../test/fixture.js';

// Variants of the illustrative fixture set (made-up numbers, NOT law), built by immutable updates of its data.

type Plain = Omit<SetDefinition, 'criteria'> & { readonly criteria: readonly Criterion[] };

function variant(patch: (s: Plain) => Partial<Plain>): CriteriaSet {
  const { fingerprint: _f, __inputs: _i, ...plain } = testSet;
  return defineSet({ ...plain, ...patch(plain) } as SetInput<readonly Criterion[]>);
}

/** The criteria with one indicator replaced. */
function withIndicator(s: Plain | readonly Criterion[], code: string, f: (i: Indicator) => Indicator): readonly Criterion[] {
  return ('criteria' in s ? s.criteria : s).map((c) => ({ ...c, indicators: c.indicators.map((i) => (i.code === code ? f(i) : i)) }));
}

/** The criteria with one criterion replaced. */
function withCriterion(s: Plain | readonly Criterion[], n: number, f: (c: Criterion) => Criterion): readonly Criterion[] {
  return ('criteria' in s ? s.criteria : s).map((c) => (c.number === n ? f(c) : c));
}

const INCOME_2022 = { TDMNPB: 39, DBSH: 55, BTB: 45, DHNTB: 45, TN: 45, DNB: 59, DBSCL: 53 } as const;
const INCOME_2025 = { TDMNPB: 48, DBSH: 65, BTB: 55, DHNTB: 55, TN: 55, DNB: 70, DBSCL: 63 } as const;

const only = (changes: readonly DiffEntry[], kind: DiffEntry['kind']): DiffEntry[] => changes.filter((e) => e.kind === kind);

describe('diffSets', () => {
  it('finds nothing between a set and itself, or an identical rebuild of it', () => {
    const same = diffSets(testSet, testSet);
    expect(same.meta).toEqual([]);
    expect(same.changes).toEqual([]);
    expect(same.from).toEqual({ id: testSet.id, version: testSet.version, label: testSet.label, fingerprint: testSet.fingerprint });
    // A rebuild has new closures for its custom predicate; predicates are compared by name, not by reference.
    const rebuilt = variant(() => ({}));
    expect(rebuilt.fingerprint).toBe(testSet.fingerprint);
    expect(diffSets(testSet, rebuilt)).toEqual({ ...same, to: same.from });
  });

  it('reports one changed regional threshold as exactly one entry with its dimension path', () => {
    const b = variant((s) => ({
      criteria: withIndicator(s, '10', (i) => ({
        ...i,
        rule: atLeast(byYear({ 2022: byRegion(INCOME_2022), 2025: byRegion({ ...INCOME_2025, BTB: 58 }) }, { between: 'previous', after: 'last' })),
      })),
    }));
    const d = diffSets(testSet, b);
    expect(d.meta).toEqual([]);
    expect(d.changes).toEqual([
      {
        kind: 'value-changed',
        code: '10',
        criterion: 10,
        label: { vi: 'Thu nhập bình quân đầu người', en: 'Income per capita' },
        rule: 'atLeast',
        field: 'value',
        at: ['2025', 'BTB'],
        dims: ['year', 'region'],
        before: 55,
        after: 58,
      },
    ]);
    const vi = formatDiff(d, 'vi').split('\n');
    const en = formatDiff(d, 'en').split('\n');
    expect(vi).toContain('Chỉ tiêu 10 (Thu nhập bình quân đầu người): mức chuẩn năm 2025, vùng BTB: 55 → 58');
    expect(en).toContain('Indicator 10 (Income per capita): threshold for 2025, region BTB: 55 → 58');
    expect(vi[0]).toBe(
      'So sánh Bộ tiêu chí thử nghiệm (test-1-2022/xa-demo, phiên bản 2022-02-01) → Bộ tiêu chí thử nghiệm (test-1-2022/xa-demo, phiên bản 2022-02-01)',
    );
    expect(en[0]).toBe('Comparing Test criteria set (test-1-2022/xa-demo, version 2022-02-01) → Test criteria set (test-1-2022/xa-demo, version 2022-02-01)');
  });

  it('reports a plain value with an empty path, and leaves present on one side only with undefined', () => {
    const b = variant((s) => ({
      criteria: withIndicator(
        withIndicator(s, '10', (i) => ({
          ...i,
          rule: atLeast(
            byYear(
              { 2022: byRegion(INCOME_2022), 2025: byRegion(INCOME_2025), 2030: byRegion({ ...INCOME_2025, DNB: 90 }) },
              { between: 'previous', after: 'last' },
            ),
          ),
        })),
        '12.1',
        (i) => ({ ...i, rule: { type: 'between', min: 20, max: 60 } }),
      ),
    }));
    const d = diffSets(testSet, b);
    const added = d.changes.filter((e) => e.kind === 'value-changed' && e.code === '10');
    expect(added).toHaveLength(7);
    expect(added.every((e) => e.kind === 'value-changed' && e.before === undefined && e.at[0] === '2030')).toBe(true);
    expect(added.find((e) => e.kind === 'value-changed' && e.at[1] === 'DNB')).toMatchObject({ after: 90, dims: ['year', 'region'] });
    expect(d.changes.find((e) => e.kind === 'value-changed' && e.code === '12.1')).toMatchObject({ field: 'min', at: [], dims: [], before: 18, after: 20 });
    expect(formatDiff(d, 'vi')).toContain('Chỉ tiêu 12.1 (Tuổi lao động bình quân): mức tối thiểu: 18 → 20');
    expect(formatDiff(d, 'en')).toContain('Indicator 10 (Income per capita): threshold for 2030, region DNB: (none) → 90');
  });

  it('reports label changes of the set, a criterion and an indicator', () => {
    const b = variant((s) => ({
      label: { vi: 'Bộ tiêu chí thử nghiệm mới', en: 'New test criteria set' },
      criteria: withCriterion(withIndicator(s, '1.1', (i) => ({ ...i, label: { vi: 'Có quy hoạch chung', en: 'Has a general plan' } })), 2, (c) => ({
        ...c,
        label: { vi: 'Giao thông nông thôn', en: 'Rural transport' },
      })),
    }));
    const d = diffSets(testSet, b);
    expect(d.changes.map((e) => [e.kind, 'field' in e ? e.field : undefined])).toEqual([
      ['set-changed', 'label'],
      ['indicator-changed', 'label'],
      ['criterion-changed', 'label'],
    ]);
    expect(d.changes[1]).toMatchObject({ code: '1.1', criterion: 1, before: { vi: 'Có quy hoạch' }, after: { vi: 'Có quy hoạch chung' } });
    const vi = formatDiff(d, 'vi');
    expect(vi).toContain('Bộ tiêu chí: tên: Bộ tiêu chí thử nghiệm → Bộ tiêu chí thử nghiệm mới');
    expect(vi).toContain('Chỉ tiêu 1.1 (Có quy hoạch chung): tên: Có quy hoạch → Có quy hoạch chung');
    expect(vi).toContain('Tiêu chí 2 (Giao thông nông thôn): tên: Giao thông → Giao thông nông thôn');
    expect(formatDiff(d, 'en')).toContain('Criterion 2 (Rural transport): label: Transport → Rural transport');
  });

  it('reports indicators added, removed and moved, in criterion order', () => {
    const busStation = indicator('2.3', { vi: 'Có bến xe', en: 'Has a bus station', input: input.boolean(), rule: isTrue() });
    const b = variant((s) => {
      const crafts = s.criteria.find((c) => c.number === 13)!.indicators.find((i) => i.code === '13.2')!;
      return {
        criteria: s.criteria.map((c) => {
          if (c.number === 1) return { ...c, indicators: c.indicators.filter((i) => i.code !== '1.2') };
          if (c.number === 2) return { ...c, indicators: [...c.indicators, busStation] };
          if (c.number === 13) return { ...c, indicators: c.indicators.filter((i) => i.code !== '13.2') };
          if (c.number === 14) return { ...c, indicators: [...c.indicators, crafts] };
          return c;
        }),
      };
    });
    const d = diffSets(testSet, b);
    expect(d.changes).toEqual([
      { kind: 'indicator-removed', code: '1.2', criterion: 1, label: { vi: 'Nhà tạm', en: 'Makeshift houses' } },
      { kind: 'indicator-added', code: '2.3', criterion: 2, label: { vi: 'Có bến xe', en: 'Has a bus station' } },
      {
        kind: 'indicator-moved',
        code: '13.2',
        label: { vi: 'Bảo tồn nghề truyền thống (nếu có)', en: 'Preservation of traditional crafts (if any)' },
        from: 13,
        to: 14,
      },
    ]);
    const vi = formatDiff(d, 'vi');
    expect(vi).toContain('Bỏ chỉ tiêu 1.2 (Nhà tạm) khỏi tiêu chí 1');
    expect(vi).toContain('Thêm chỉ tiêu 2.3 (Có bến xe) vào tiêu chí 2');
    expect(vi).toContain('Chuyển chỉ tiêu 13.2 (Bảo tồn nghề truyền thống (nếu có)) từ tiêu chí 13 sang tiêu chí 14');
    const en = formatDiff(d, 'en');
    expect(en).toContain('Removed indicator 1.2 (Makeshift houses) from criterion 1');
    expect(en).toContain('Added indicator 2.3 (Has a bus station) to criterion 2');
    expect(en).toContain('Moved indicator 13.2 (Preservation of traditional crafts (if any)) from criterion 13 to criterion 14');
  });

  it('reports a moved indicator that also changed as a move followed by its changes', () => {
    const b = variant((s) => {
      const crafts = s.criteria.find((c) => c.number === 13)!.indicators.find((i) => i.code === '13.2')!;
      return {
        criteria: s.criteria.map((c) => {
          if (c.number === 13) return { ...c, indicators: c.indicators.filter((i) => i.code !== '13.2') };
          if (c.number === 14) return { ...c, indicators: [...c.indicators, { ...crafts, applicability: 'always' as const }] };
          return c;
        }),
      };
    });
    const d = diffSets(testSet, b);
    expect(d.changes).toMatchObject([
      { kind: 'indicator-moved', code: '13.2', from: 13, to: 14 },
      { kind: 'indicator-changed', code: '13.2', criterion: 14, field: 'applicability', before: 'ifPresent', after: 'always' },
    ]);
    expect(formatDiff(d, 'en')).toContain('Indicator 13.2 (Preservation of traditional crafts (if any)): applicability: if present → always');
  });

  it('reports a criterion added (with its indicators) and a criterion removed', () => {
    const model = criterion(20, { vi: 'Khu dân cư mẫu', en: 'Model residential areas', group: 'II' }, [
      indicator('20.1', { vi: 'Tỷ lệ khu dân cư mẫu', en: 'Share of model areas', input: input.percent(), rule: atLeast(30) }),
      indicator('20.2', { vi: 'Có vườn mẫu', en: 'Has a model garden', input: input.boolean(), rule: isTrue() }),
    ]);
    const b = variant((s) => ({ criteria: [...s.criteria.filter((c) => c.number !== 15), model] }));
    const d = diffSets(testSet, b);
    expect(d.changes).toEqual([
      { kind: 'criterion-removed', number: 15, label: { vi: 'Xã trong huyện', en: 'Communes' }, indicators: ['15'] },
      { kind: 'criterion-added', number: 20, label: { vi: 'Khu dân cư mẫu', en: 'Model residential areas' }, indicators: ['20.1', '20.2'] },
    ]);
    expect(formatDiff(d, 'vi')).toContain('Thêm tiêu chí 20 (Khu dân cư mẫu): chỉ tiêu 20.1, 20.2');
    expect(formatDiff(d, 'vi')).toContain('Bỏ tiêu chí 15 (Xã trong huyện): chỉ tiêu 15');
    expect(formatDiff(d, 'en')).toContain('Added criterion 20 (Model residential areas): indicators 20.1, 20.2');
    expect(formatDiff(d, 'en')).toContain('Removed criterion 15 (Communes): indicators 15');
  });

  it('reports criterion group, combination and citation changes', () => {
    const b = variant((s) => ({
      criteria: withCriterion(s, 12, (c) => ({ ...c, group: 'I', combine: { type: 'all' }, source: { item: '12', provenance: 'partial' } })),
    }));
    const d = diffSets(testSet, b);
    expect(d.changes).toMatchObject([
      { kind: 'criterion-changed', number: 12, field: 'group', before: 'II', after: 'I' },
      { kind: 'criterion-changed', number: 12, field: 'combine', before: { type: 'atLeast', count: 1 }, after: { type: 'all' } },
      { kind: 'criterion-changed', number: 12, field: 'source', before: undefined, after: { item: '12', provenance: 'partial' } },
    ]);
    const vi = formatDiff(d, 'vi');
    expect(vi).toContain('Tiêu chí 12 (Lao động): cách kết hợp: đạt ít nhất 1 chỉ tiêu → đạt tất cả chỉ tiêu');
    expect(vi).toContain('Tiêu chí 12 (Lao động): trích dẫn: (không có) → mục 12, xác minh một phần');
  });

  it('reports a rule type change, and the rule fields that appear or disappear with it', () => {
    const b = variant((s) => ({
      criteria: withIndicator(withIndicator(s, '1.2', (i) => ({ ...i, rule: { type: 'atLeast', value: 0 } })), '12.1', (i) => ({
        ...i,
        rule: atLeast(18),
      })),
    }));
    const d = diffSets(testSet, b);
    expect(d.changes).toEqual([
      // 1.2: none() is atMost(0); the same value under another rule type is one entry.
      { kind: 'indicator-changed', code: '1.2', criterion: 1, label: { vi: 'Nhà tạm', en: 'Makeshift houses' }, field: 'rule-type', before: 'atMost', after: 'atLeast' },
      { kind: 'indicator-changed', code: '12.1', criterion: 12, label: { vi: 'Tuổi lao động bình quân', en: 'Average working age' }, field: 'rule-type', before: 'between', after: 'atLeast' },
      expect.objectContaining({ kind: 'value-changed', code: '12.1', rule: 'between', field: 'min', at: [], before: 18, after: undefined }),
      expect.objectContaining({ kind: 'value-changed', code: '12.1', rule: 'between', field: 'max', at: [], before: 60, after: undefined }),
      expect.objectContaining({ kind: 'value-changed', code: '12.1', rule: 'atLeast', field: 'value', at: [], before: undefined, after: 18 }),
    ]);
    expect(formatDiff(d, 'vi')).toContain('Chỉ tiêu 1.2 (Nhà tạm): loại yêu cầu: tối đa (≤) → tối thiểu (≥)');
    expect(formatDiff(d, 'en')).toContain('Indicator 12.1 (Average working age): rule: between → at least (≥)');
    expect(formatDiff(d, 'en')).toContain('Indicator 12.1 (Average working age): maximum: 60 → (none)');
  });

  it('reports a citation change on a sourced leaf as one value entry, and an indicator citation change', () => {
    const b = variant((s) => ({
      criteria: withIndicator(
        withIndicator(s, '2.1', (i) => ({
          ...i,
          rule: atLeast(
            byRegion({
              TDMNPB: 70,
              DBSH: 100,
              BTB: 80,
              DHNTB: 80,
              TN: 75,
              DNB: 100,
              DBSCL: sourced(60, { provenance: 'verified', url: 'https://example.invalid/cong-van' }),
            }),
          ),
        })),
        '2.2',
        (i) => ({ ...i, source: { item: '2.2', provenance: 'verified' } }),
      ),
    }));
    const d = diffSets(testSet, b);
    expect(d.changes).toEqual([
      {
        kind: 'value-changed',
        code: '2.1',
        criterion: 2,
        label: { vi: 'Tỷ lệ đường được cứng hóa', en: 'Share of hardened roads' },
        rule: 'atLeast',
        field: 'value',
        at: ['DBSCL'],
        dims: ['region'],
        before: 60,
        after: 60,
        source: { before: { provenance: 'unverified' }, after: { provenance: 'verified', url: 'https://example.invalid/cong-van' } },
      },
      {
        kind: 'indicator-changed',
        code: '2.2',
        criterion: 2,
        label: { vi: 'Tỷ lệ thôn có đèn đường', en: 'Share of villages with street lights' },
        field: 'source',
        before: { item: '2.2', provenance: 'partial' },
        after: { item: '2.2', provenance: 'verified' },
      },
    ]);
    const vi = formatDiff(d, 'vi');
    expect(vi).toContain(
      'Chỉ tiêu 2.1 (Tỷ lệ đường được cứng hóa): mức chuẩn vùng DBSCL (60): trích dẫn (nguồn: (không có) → https://example.invalid/cong-van; mức xác minh: chưa xác minh → đã xác minh)',
    );
    expect(vi).toContain('Chỉ tiêu 2.2 (Tỷ lệ thôn có đèn đường): trích dẫn: mức xác minh: xác minh một phần → đã xác minh');
    expect(formatDiff(d, 'en')).toContain(
      'Indicator 2.1 (Share of hardened roads): threshold region DBSCL (60): citation (url: (none) → https://example.invalid/cong-van; provenance: unverified → verified)',
    );
  });

  it('reports a sourced wrapper on a whole subtree on each leaf it covers', () => {
    const src = { item: '10', provenance: 'partial' as const };
    const b = variant((s) => ({
      criteria: withIndicator(s, '10', (i) => ({
        ...i,
        rule: atLeast(byYear({ 2022: byRegion(INCOME_2022), 2025: sourced(byRegion(INCOME_2025), src) }, { between: 'previous', after: 'last' })),
      })),
    }));
    const d = diffSets(testSet, b);
    expect(d.changes).toHaveLength(7);
    expect(d.changes.every((e) => e.kind === 'value-changed' && e.at[0] === '2025' && e.source?.after?.provenance === 'partial')).toBe(true);
  });

  it('reports year policy, category, group, custom-parameter, predicate, score-band, input and option changes', () => {
    const b = variant((s) => {
      let criteria = withIndicator(s, '10', (i) => ({
        ...i,
        rule: atLeast(byYear({ 2022: byRegion(INCOME_2022), 2025: byRegion(INCOME_2025) }, { between: 'unknown', after: 'last' })),
      }));
      criteria = withIndicator({ ...s, criteria }, '11', (i) => ({ ...i, rule: { type: 'atMost', value: byCategory({ 'xa-bien': 6 }, 5) } }));
      criteria = withIndicator({ ...s, criteria }, '15', (i) => ({ ...i, rule: { type: 'shareOfChildren', atLeast: { type: 'byGroup', values: { 1: 100, 2: 85, 3: 70 } } } }));
      criteria = withIndicator({ ...s, criteria }, '14', (i) => ({
        ...i,
        rule: custom({
          name: 'test/schools',
          description: { vi: '≥ 50% trường đạt mức 1 nếu có ≤ 3 trường, ≥ 75% nếu nhiều hơn', en: '≥ 50% of schools at level 1 if ≤ 3 schools, ≥ 75% otherwise' },
          params: { few: 50, many: 75 },
          test: () => null,
        }) as Indicator['rule'],
      }));
      criteria = withIndicator({ ...s, criteria }, '14.2', (i) => ({
        ...i,
        rule: scoreBands(
          [
            { min: 30, band: '1', label: { vi: '1 sao', en: '1 star' } },
            { min: 55, band: '2', label: { vi: '2 sao', en: '2 stars' } },
            { min: 70, band: '3', label: { vi: '3 sao', en: '3 stars' } },
          ],
          '3',
        ),
      }));
      criteria = withIndicator({ ...s, criteria }, '12.2', (i) => ({ ...i, rule: { type: 'oneOf', values: ['htx'] } }));
      criteria = withIndicator({ ...s, criteria }, '1.2', (i) => ({ ...i, input: input.count({ unit: 'căn' }) }));
      return { criteria };
    });
    const d = diffSets(testSet, b);
    expect(d.changes.map((e) => (e.kind === 'value-changed' ? `${e.code} ${e.field} ${e.at.join('/')}` : `${e.kind} ${'field' in e ? e.field : ''}`))).toEqual([
      'indicator-changed input',
      '10 value ',
      '11 value *',
      '12.2 values ',
      'indicator-changed predicate',
      '14 params.many ',
      '14.2 bands ',
      '14.2 atLeast ',
      '15 atLeast 2',
    ]);
    expect(d.changes[1]).toMatchObject({
      before: { type: 'yearPolicy', between: 'previous', after: 'last' },
      after: { type: 'yearPolicy', between: 'unknown', after: 'last' },
    });
    expect(d.changes[2]).toMatchObject({ dims: ['category'], before: 4, after: 5 });
    expect(d.changes[8]).toMatchObject({ dims: ['group'], before: 80, after: 85, rule: 'shareOfChildren' });
    const vi = formatDiff(d, 'vi');
    expect(vi).toContain('Chỉ tiêu 1.2 (Nhà tạm): dữ liệu đầu vào: số đếm (nhà) → số đếm (căn)');
    expect(vi).toContain(
      'Chỉ tiêu 10 (Thu nhập bình quân đầu người): cách áp dụng theo năm của mức chuẩn: năm ở giữa: dùng năm liền trước, sau năm cuối: dùng năm cuối → năm ở giữa: không xác định, sau năm cuối: dùng năm cuối',
    );
    expect(vi).toContain('Chỉ tiêu 11 (Tỷ lệ nghèo đa chiều): mức chuẩn các loại xã khác: 4 → 5');
    expect(vi).toContain('Chỉ tiêu 12.2 (Hình thức tổ chức): các lựa chọn đạt: [htx, thtx] → [htx]');
    expect(vi).toContain('Chỉ tiêu 14 (Trường đạt chuẩn): tham số many: 70 → 75');
    expect(vi).toContain('Chỉ tiêu 14.2 (Xếp hạng): hạng yêu cầu: 2 → 3');
    expect(vi).toContain('Chỉ tiêu 14.2 (Xếp hạng): thang điểm: ≥ 30: 1 sao; ≥ 50: 2 sao; ≥ 70: 3 sao → ≥ 30: 1 sao; ≥ 55: 2 sao; ≥ 70: 3 sao');
    expect(vi).toContain('Chỉ tiêu 15 (Tỷ lệ thôn đạt chuẩn): tỷ lệ tối thiểu nhóm xã 2: 80 → 85');
    const en = formatDiff(d, 'en');
    expect(en).toContain('Indicator 11 (Multidimensional poverty rate): threshold other categories: 4 → 5');
    expect(en).toContain('Indicator 15 (Share of villages meeting the standard): minimum share commune group 2: 80 → 85');
    expect(en).toContain('Indicator 14 (Schools meeting the standard): custom predicate: test/schools (≥ 50% of schools at level 1 if ≤ 3 schools, ≥ 70% otherwise) → test/schools (≥ 50% of schools at level 1 if ≤ 3 schools, ≥ 75% otherwise)');
  });

  it('reports set-level content per field, and per key for keyed collections', () => {
    const b = variant(() => ({
      scope: 'huyen',
      citation: { ...testCitation, provenance: 'partial' },
      regions: ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'],
      parameters: { 'muc-13-3': 60 },
      zones: { 'vung-1': { vi: 'Vùng 1', en: 'Zone 1' }, 'vung-2': { vi: 'Vùng II', en: 'Zone II' } },
      categories: {
        'xa-dbkk': { label: { vi: 'Xã đặc biệt khó khăn', en: 'Commune with special difficulties' }, useRegion: 'TDMNPB' },
        'xa-bien': { label: { vi: 'Xã ven biển', en: 'Coastal commune' }, useRegion: 'DHNTB' },
      },
      prerequisites: [{ set: 'test-0-2022/xa-co-ban', label: { vi: 'Đạt chuẩn cơ bản', en: 'Basic standard met' } }],
    }));
    const d = diffSets(testSet, b);
    expect(d.changes).toEqual([
      { kind: 'set-changed', field: 'scope', before: 'xa', after: 'huyen' },
      { kind: 'set-changed', field: 'citation', before: testCitation, after: { ...testCitation, provenance: 'partial' } },
      {
        kind: 'set-changed',
        field: 'categories',
        key: 'xa-bien',
        before: { label: { vi: 'Xã ven biển', en: 'Coastal commune' } },
        after: { label: { vi: 'Xã ven biển', en: 'Coastal commune' }, useRegion: 'DHNTB' },
      },
      { kind: 'set-changed', field: 'zones', key: 'vung-2', before: { vi: 'Vùng 2', en: 'Zone 2' }, after: { vi: 'Vùng II', en: 'Zone II' } },
      { kind: 'set-changed', field: 'parameters', key: 'muc-13-3', before: undefined, after: 60 },
      {
        kind: 'set-changed',
        field: 'prerequisites',
        key: 'test-0-2022/xa-co-ban',
        before: undefined,
        after: { set: 'test-0-2022/xa-co-ban', label: { vi: 'Đạt chuẩn cơ bản', en: 'Basic standard met' } },
      },
    ]);
    const vi = formatDiff(d, 'vi');
    expect(vi).toContain('Bộ tiêu chí: phạm vi: xa → huyen');
    expect(vi).toContain('Bộ tiêu chí: văn bản: mức xác minh: đã xác minh → xác minh một phần');
    expect(vi).toContain('Bộ tiêu chí: tham số muc-13-3: (không có) → 60');
    expect(formatDiff(d, 'en')).toContain('Set: category xa-bien: Coastal commune → Coastal commune (uses region DHNTB)');
  });

  it('keeps bookkeeping (version, validity, amendedBy) out of the content changes', () => {
    const amendingCitation = { ...testCitation, decision: '2/QĐ-TEST', signed: '2024-02-20', effective: '2024-03-01' };
    const b = variant(() => ({ version: '2024-03-01', validity: { from: '2024-03-01' }, amendedBy: [amendingCitation] }));
    const d = diffSets(testSet, b);
    expect(d.changes).toEqual([]);
    expect(d.meta).toEqual([
      { field: 'version', before: '2022-02-01', after: '2024-03-01' },
      { field: 'validity', before: { from: '2022-02-01', until: '2025-12-31' }, after: { from: '2024-03-01' } },
      { field: 'amendedBy', before: [], after: [amendingCitation] },
    ]);
    expect(d.from.fingerprint).toBe(testSet.fingerprint);
    expect(d.to.fingerprint).toBe(b.fingerprint);
    expect(d.meta.some((m) => (m.field as string) === 'fingerprint')).toBe(false);
    expect(formatDiff(d, 'vi').split('\n')).toEqual([
      'So sánh Bộ tiêu chí thử nghiệm (test-1-2022/xa-demo, phiên bản 2022-02-01) → Bộ tiêu chí thử nghiệm (test-1-2022/xa-demo, phiên bản 2024-03-01)',
      'Phiên bản: 2022-02-01 → 2024-03-01',
      'Hiệu lực: từ 2022-02-01 đến 2025-12-31 → từ 2024-03-01',
      'Sửa đổi bởi: (không có) → 2/QĐ-TEST',
      'Không có thay đổi nội dung.',
    ]);
    expect(formatDiff(d, 'en')).toContain('Validity: from 2022-02-01 to 2025-12-31 → from 2024-03-01');
  });

  it('accepts plain definitions without a fingerprint', () => {
    const { fingerprint: _f, ...plain } = testSet;
    const d = diffSets(plain, { ...plain, id: 'test-1-2022/xa-khac' });
    expect(d.from).toEqual({ id: testSet.id, version: testSet.version, label: testSet.label });
    expect(d.meta).toEqual([{ field: 'id', before: 'test-1-2022/xa-demo', after: 'test-1-2022/xa-khac' }]);
    expect(d.changes).toEqual([]);
  });

  it('orders entries deterministically: set fields, then criteria by number with their indicators in set order', () => {
    const b = variant((s) => ({
      tier: 'nang-cao',
      criteria: [...s.criteria]
        .reverse()
        .map((c) => (c.number === 14 || c.number === 2 ? { ...c, label: { vi: `${c.label.vi}!`, en: `${c.label.en}!` } } : c))
        .map((c) => (c.number === 13 ? { ...c, indicators: c.indicators.map((i) => ({ ...i, label: { vi: `${i.label.vi}!`, en: `${i.label.en}!` } })) } : c)),
    }));
    const d = diffSets(testSet, b);
    expect(d.changes.map((e) => ('code' in e ? e.code : 'number' in e ? `#${e.number}` : e.kind))).toEqual([
      'set-changed',
      '#2',
      '13.1',
      '13.2',
      '13.3',
      '13.4',
      '#14',
    ]);
    expect(diffSets(testSet, b)).toEqual(d);
    expect(only(diffSets(b, testSet).changes, 'criterion-changed')).toHaveLength(2);
  });

  it('describes a real amendment made with amend()', async () => {
    const core = await import('@tieuchi/core');
    const amendment = core.defineAmendment({
      citation: { ...testCitation, decision: '2/QĐ-TEST', signed: '2024-02-20' },
      effective: '2024-03-01',
      label: { vi: 'Sửa đổi thử nghiệm', en: 'Test amendment' },
      changes: {
        'test-1-2022/xa-demo': [
          core.change.setValue('2.1', 90, { where: { regions: ['BTB'] } }),
          core.change.removeIndicator('1.2'),
        ],
      },
    });
    const amended = core.amend(testSet, amendment);
    const d = diffSets(testSet, amended);
    expect(d.meta.map((m) => m.field)).toEqual(['version', 'validity', 'amendedBy']);
    expect(d.changes).toContainEqual(expect.objectContaining({ kind: 'indicator-removed', code: '1.2' }));
    const valueChanges = d.changes.filter((e) => e.kind === 'value-changed');
    expect(valueChanges).toHaveLength(1);
    expect(valueChanges[0]).toMatchObject({ code: '2.1', at: ['BTB'], before: 80, after: 90 });
    expect(formatDiff(d, 'en')).toContain('Indicator 2.1 (Share of hardened roads): threshold region BTB: 80 → 90');
  });
});

describe('a provincial set that restates the national citations', () => {
  it('reports no citation change where the citation that applies is the same', async () => {
    const { derive } = await import('@tieuchi/core');
    const derived = derive(testSet, {
      id: 'thu-nghiem-qd-9-2022/xa-demo',
      province: 'thu-nghiem',
      label: { vi: 'Bộ của tỉnh', en: 'Provincial set' },
      citation: { decision: '9/2022/QĐ-UBND', issuer: 'UBND tỉnh Thử Nghiệm', signed: '2022-08-10', provenance: 'partial' },
      validity: { from: '2022-08-10', until: '2025-12-31' },
      regions: ['BTB'],
      changes: [],
    });
    const d = diffSets(testSet, derived);
    expect(d.changes.filter((e) => e.kind === 'criterion-changed' || e.kind === 'indicator-changed')).toEqual([]);
    expect(d.changes.map((e) => e.kind)).toEqual(expect.arrayContaining(['set-changed']));
  });
});
