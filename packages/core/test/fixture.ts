// An illustrative, test-only criteria set. Its numbers are made up for testing and are NOT law.
import {
  atLeast,
  atMost,
  between,
  byCategory,
  byGroup,
  byRegion,
  byYear,
  byZone,
  criterion,
  custom,
  defineSet,
  equals,
  indicator,
  input,
  isTrue,
  none,
  notKnown,
  oneOf,
  provinceParameter,
  scoreBands,
  shareOfChildren,
  sourced,
  type Citation,
} from '@tieuchi/core';

export const testCitation: Citation = {
  decision: '1/QĐ-TEST',
  issuer: 'Test issuer',
  signed: '2022-01-10',
  effective: '2022-02-01',
  part: 'Phụ lục I',
  url: 'https://example.invalid/qd-1-test',
  provenance: 'verified',
};

export const testSet = defineSet({
  id: 'test-1-2022/xa-demo',
  label: { vi: 'Bộ tiêu chí thử nghiệm', en: 'Test criteria set' },
  scope: 'xa',
  tier: 'ntm',
  citation: testCitation,
  validity: { from: '2022-02-01', until: '2025-12-31' },
  groups: [
    { id: 'I', label: { vi: 'Hạ tầng', en: 'Infrastructure' } },
    { id: 'II', label: { vi: 'Kinh tế', en: 'Economy' } },
  ],
  categories: {
    'xa-dbkk': { label: { vi: 'Xã đặc biệt khó khăn', en: 'Commune with special difficulties' }, useRegion: 'TDMNPB' },
    'xa-bien': { label: { vi: 'Xã ven biển', en: 'Coastal commune' } },
  },
  zones: { 'vung-1': { vi: 'Vùng 1', en: 'Zone 1' }, 'vung-2': { vi: 'Vùng 2', en: 'Zone 2' } },
  prerequisites: [],
  criteria: [
    criterion(1, { vi: 'Quy hoạch', en: 'Planning', group: 'I' }, [
      indicator('1.1', { vi: 'Có quy hoạch', en: 'Has a plan', input: input.boolean(), rule: isTrue() }),
      indicator('1.2', { vi: 'Nhà tạm', en: 'Makeshift houses', input: input.count({ unit: 'nhà' }), rule: none() }),
    ]),
    criterion(2, { vi: 'Giao thông', en: 'Transport', group: 'I' }, [
      indicator('2.1', {
        vi: 'Tỷ lệ đường được cứng hóa',
        en: 'Share of hardened roads',
        input: input.percent(),
        rule: atLeast(byRegion({ TDMNPB: 70, DBSH: 100, BTB: 80, DHNTB: 80, TN: 75, DNB: 100, DBSCL: sourced(60, { provenance: 'unverified' }) })),
      }),
      indicator('2.2', {
        vi: 'Tỷ lệ thôn có đèn đường',
        en: 'Share of villages with street lights',
        input: input.percent(),
        rule: atLeast(byZone({ 'vung-1': 50, 'vung-2': 70 })),
        source: { item: '2.2', provenance: 'partial' },
      }),
    ]),
    criterion(10, { vi: 'Thu nhập', en: 'Income', group: 'II' }, [
      indicator('10', {
        vi: 'Thu nhập bình quân đầu người',
        en: 'Income per capita',
        input: input.number({ unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' }, min: 0 }),
        rule: atLeast(
          byYear(
            {
              2022: byRegion({ TDMNPB: 39, DBSH: 55, BTB: 45, DHNTB: 45, TN: 45, DNB: 59, DBSCL: 53 }),
              2025: byRegion({ TDMNPB: 48, DBSH: 65, BTB: 55, DHNTB: 55, TN: 55, DNB: 70, DBSCL: 63 }),
            },
            { between: 'previous', after: 'last' },
          ),
        ),
      }),
    ]),
    criterion(11, { vi: 'Nghèo đa chiều', en: 'Multidimensional poverty', group: 'II' }, [
      indicator('11', {
        vi: 'Tỷ lệ nghèo đa chiều',
        en: 'Multidimensional poverty rate',
        input: input.percent(),
        rule: atMost(byCategory({ 'xa-bien': 6 }, 4)),
      }),
    ]),
    criterion(12, { vi: 'Lao động', en: 'Labour', group: 'II', combine: { type: 'atLeast', count: 1 } }, [
      indicator('12.1', { vi: 'Tuổi lao động bình quân', en: 'Average working age', input: input.number({ unit: 'năm' }), rule: between(18, 60) }),
      indicator('12.2', {
        vi: 'Hình thức tổ chức',
        en: 'Form of organisation',
        input: input.choice(['htx', 'thtx', 'none']),
        rule: oneOf(['htx', 'thtx']),
      }),
    ]),
    criterion(13, { vi: 'Sản xuất', en: 'Production', group: 'II' }, [
      indicator('13.1', {
        vi: 'Loại hình',
        en: 'Kind',
        input: input.choice(['a', 'b']),
        rule: equals('a'),
      }),
      indicator('13.2', {
        vi: 'Bảo tồn nghề truyền thống (nếu có)',
        en: 'Preservation of traditional crafts (if any)',
        input: input.boolean(),
        rule: isTrue(),
        applicability: 'ifPresent',
      }),
      indicator('13.3', {
        vi: 'Mức do tỉnh quy định',
        en: 'Province-set level',
        input: input.percent(),
        rule: atLeast(provinceParameter('muc-13-3', { vi: 'Tỷ lệ tối thiểu 13.3', en: 'Minimum share 13.3' })),
      }),
      indicator('13.4', {
        vi: 'Chỉ tiêu chưa rõ mức',
        en: 'Indicator with unknown level',
        input: input.percent(),
        rule: atLeast(byRegion({ TDMNPB: 50, DBSH: 70, BTB: notKnown({ vi: 'bảng bị cắt', en: 'table cut off' }), DHNTB: notKnown({ vi: 'bảng bị cắt', en: 'table cut off' }), TN: notKnown({ vi: 'bảng bị cắt', en: 'table cut off' }), DNB: notKnown({ vi: 'bảng bị cắt', en: 'table cut off' }), DBSCL: notKnown({ vi: 'bảng bị cắt', en: 'table cut off' }) })),
      }),
    ]),
    criterion(14, { vi: 'Giáo dục', en: 'Education', group: 'II' }, [
      indicator('14', {
        vi: 'Trường đạt chuẩn',
        en: 'Schools meeting the standard',
        input: input.fields({ schools: input.count(), level1: input.count() }),
        rule: custom({
          name: 'test/schools',
          description: { vi: '≥ 50% trường đạt mức 1 nếu có ≤ 3 trường, ≥ 70% nếu nhiều hơn', en: '≥ 50% of schools at level 1 if ≤ 3 schools, ≥ 70% otherwise' },
          params: { few: 50, many: 70 },
          test: (v: { readonly schools?: number | null; readonly level1?: number | null }, p) => {
            if (v.schools == null || v.level1 == null || v.schools === 0) return null;
            const share = (v.level1 / v.schools) * 100;
            return share >= (v.schools <= 3 ? p.few : p.many);
          },
        }),
      }),
      indicator('14.2', {
        vi: 'Xếp hạng',
        en: 'Rating',
        input: input.number({ unit: 'điểm', min: 0, max: 100 }),
        rule: scoreBands(
          [
            { min: 30, band: '1', label: { vi: '1 sao', en: '1 star' } },
            { min: 50, band: '2', label: { vi: '2 sao', en: '2 stars' } },
            { min: 70, band: '3', label: { vi: '3 sao', en: '3 stars' } },
          ],
          '2',
        ),
      }),
    ]),
    criterion(15, { vi: 'Xã trong huyện', en: 'Communes', group: 'II' }, [
      indicator('15', {
        vi: 'Tỷ lệ thôn đạt chuẩn',
        en: 'Share of villages meeting the standard',
        input: input.children({ vi: 'thôn', en: 'villages' }),
        rule: shareOfChildren(byGroup({ 1: 100, 2: 80, 3: 70 })),
      }),
    ]),
  ],
});

/** Values for a BTB commune in zone 1, group 2 that meets everything (year 2024). */
export const allMetValues = {
  '1.1': true,
  '1.2': 0,
  '2.1': 85,
  '2.2': 60,
  '10': 50,
  '11': 3,
  '12.1': 40,
  '12.2': 'htx',
  '13.1': 'a',
  '13.2': 'n/a',
  '13.3': 90,
  '13.4': 80,
  '14': { schools: 3, level1: 2 },
  '14.2': 55,
  '15': [
    { id: 'thon-1', status: 'met' },
    { id: 'thon-2', status: 'met' },
  ],
} as const;

/**
 * A test-only set whose first indicator reads a date through a custom rule. Made-up values, NOT law.
 * (Used for date-input validation and custom-rule behaviour.)
 */
export const recordsSet = defineSet({
  id: 'test-1-2022/xa-ho-so',
  label: { vi: 'Bộ hồ sơ thử nghiệm', en: 'Test records set' },
  scope: 'xa',
  tier: 'other',
  citation: testCitation,
  validity: { from: '2022-02-01' },
  criteria: [
    criterion(1, { vi: 'Hồ sơ', en: 'Records' }, [
      indicator('1', {
        vi: 'Ngày phê duyệt quy hoạch',
        en: 'Date the plan was approved',
        input: input.date({ min: '2000-01-01' }),
        rule: custom({
          name: 'test/plan-recent',
          description: { vi: 'Quy hoạch được phê duyệt từ năm 2015', en: 'Plan approved in 2015 or later' },
          test: (d: string) => d >= '2015-01-01',
        }),
      }),
      indicator('2', { vi: 'Có trang thông tin', en: 'Has a website', input: input.boolean(), rule: isTrue() }),
    ]),
  ],
});

/** A test-only set that only applies in one region (BTB), like a provincial set. Made-up values, NOT law. */
export const btbOnlySet = defineSet({
  id: 'test-1-2022/xa-btb',
  label: { vi: 'Bộ tiêu chí thử nghiệm (Bắc Trung Bộ)', en: 'Test set (North Central)' },
  scope: 'xa',
  tier: 'ntm',
  citation: testCitation,
  validity: { from: '2022-02-01' },
  regions: ['BTB'],
  criteria: [
    criterion(1, { vi: 'Giao thông', en: 'Transport' }, [
      indicator('1', { vi: 'Tỷ lệ đường cứng hóa', en: 'Share of hardened roads', input: input.percent(), rule: atLeast(byRegion({ BTB: 80 })) }),
      indicator('2', { vi: 'Có quy hoạch', en: 'Has a plan', input: input.boolean(), rule: isTrue() }),
    ]),
  ],
});

/** Test-only ladder, lowest tier first: "NTM" and "NTM nâng cao" (which requires NTM). Made-up values, NOT law. */
export const ladderNtm = defineSet({
  id: 'test-1-2022/xa-ntm',
  label: { vi: 'Xã NTM (thử nghiệm)', en: 'NTM commune (test)' },
  scope: 'xa',
  tier: 'ntm',
  citation: testCitation,
  validity: { from: '2022-02-01' },
  criteria: [
    criterion(1, { vi: 'Thu nhập', en: 'Income' }, [
      indicator('1', { vi: 'Thu nhập', en: 'Income', input: input.number({ unit: 'triệu đồng', min: 0 }), rule: atLeast(40) }),
    ]),
    criterion(2, { vi: 'Quy hoạch', en: 'Planning' }, [
      indicator('2', { vi: 'Có quy hoạch', en: 'Has a plan', input: input.boolean(), rule: isTrue() }),
    ]),
    criterion(3, { vi: 'Nhà ở', en: 'Housing' }, [
      indicator('4', { vi: 'Nhà tạm', en: 'Makeshift houses', input: input.count(), rule: none() }),
    ]),
  ],
});

export const ladderNangCao = defineSet({
  id: 'test-2-2022/xa-nang-cao',
  label: { vi: 'Xã NTM nâng cao (thử nghiệm)', en: 'Advanced NTM commune (test)' },
  scope: 'xa',
  tier: 'nang-cao',
  citation: testCitation,
  validity: { from: '2022-02-01' },
  prerequisites: [{ set: 'test-1-2022/xa-ntm', label: { vi: 'Đạt chuẩn NTM', en: 'Recognised as NTM' } }],
  criteria: [
    criterion(1, { vi: 'Thu nhập', en: 'Income' }, [
      indicator('1', { vi: 'Thu nhập', en: 'Income', input: input.number({ unit: 'triệu đồng', min: 0 }), rule: atLeast(60) }),
    ]),
    criterion(2, { vi: 'Quy hoạch', en: 'Planning' }, [
      indicator('2', { vi: 'Có quy hoạch', en: 'Has a plan', input: input.boolean(), rule: isTrue() }),
    ]),
    criterion(3, { vi: 'Môi trường', en: 'Environment' }, [
      indicator('3', { vi: 'Tỷ lệ thu gom rác', en: 'Share of waste collected', input: input.percent(), rule: atLeast(90) }),
    ]),
  ],
});
