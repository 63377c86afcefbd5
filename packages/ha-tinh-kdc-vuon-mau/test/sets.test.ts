// Hà Tĩnh khu dân cư NTM kiểu mẫu (2014) and vườn mẫu: counts, citations, what is known and what is not.
import { describe, expect, it } from 'vitest';
import { auditSet, evaluate, PROVENANCES } from '@tieuchi/core';
import { khuDanCuKieuMau, sets, vuonMau } from '@tieuchi/ha-tinh-kdc-vuon-mau';

const tieuChi = (s: (typeof sets)[number]) => s.criteria.filter((c) => c.role !== 'condition');

describe('khu dân cư NTM kiểu mẫu (2014)', () => {
  it('10 tiêu chí in the verified order, plus one condition', () => {
    expect(tieuChi(khuDanCuKieuMau).map((c) => `${c.number}. ${c.label.vi}`)).toEqual([
      '1. Nhà ở và công trình phụ trợ',
      '2. Vườn hộ và công trình chăn nuôi',
      '3. Hàng rào',
      '4. Đường giao thông',
      '5. Nhà văn hóa và khu thể thao thôn',
      '6. Hệ thống điện',
      '7. Văn hóa, giáo dục, y tế',
      '8. Vệ sinh môi trường',
      '9. Hệ thống chính trị và an ninh trật tự xã hội',
      '10. Chấp hành pháp luật, quy ước, hương ước và các quy định khác của các tổ chức',
    ]);
    expect(khuDanCuKieuMau.criteria.filter((c) => c.role === 'condition').flatMap((c) => c.indicators.map((i) => i.code))).toEqual(['DK']);
    expect(khuDanCuKieuMau.scope).toBe('khu-dan-cu');
    expect(khuDanCuKieuMau.province).toBe('ha-tinh');
  });

  it('the only verified threshold is green hedges ≥ 70%', () => {
    const rows = auditSet(khuDanCuKieuMau);
    expect(rows.filter((r) => r.weakest === 'verified').map((r) => r.code)).toEqual(['DK', '3a']);
    expect(rows.find((r) => r.code === '3a')?.values.map((v) => v.value)).toEqual([70]);
    expect(tieuChi(khuDanCuKieuMau).every((c) => c.source?.provenance === 'verified')).toBe(true);
  });
});

describe('vườn mẫu', () => {
  it('4 tiêu chí known (the source stops inside the 4th), 10 rows', () => {
    expect(tieuChi(vuonMau).map((c) => c.label.vi)).toEqual([
      'Quy hoạch và thực hiện quy hoạch',
      'Ứng dụng tiến bộ khoa học kỹ thuật',
      'Sản phẩm vườn',
      'Môi trường - cảnh quan',
    ]);
    expect(vuonMau.criteria.map((c) => c.indicators.length)).toEqual([2, 2, 2, 4]);
    expect(vuonMau.scope).toBe('vuon');
  });

  it('the thresholds read: key commodities ≥ 75%, green hedges ≥ 80%; 4.2–4.4 not known', () => {
    const rows = auditSet(vuonMau);
    expect(rows.find((r) => r.code === '3.2')?.values.map((v) => v.value)).toEqual([75]);
    expect(rows.find((r) => r.code === '4.1')?.values.map((v) => v.value)).toEqual([80]);
    expect(rows.filter((r) => r.known === 'none').map((r) => r.code)).toEqual(['4.2', '4.3', '4.4']);
  });

  it('no garden can be "đạt" under what is known: the best is 3/4 criteria, criterion 4 unknown', () => {
    const r = evaluate(
      vuonMau,
      { id: 'v', region: 'BTB', values: { '1.1': true, '1.2': true, '2.1': true, '2.2': 5, '3.1': true, '3.2': 100, '4.1': 100, '4.2': 100, '4.3': true, '4.4': true } },
      { asOf: '2020-01-01' },
    );
    expect(r.status).toBe('unknown');
    expect(r.summary.criteria).toMatchObject({ met: 3, unknown: 1, total: 4 });
  });
});

describe('citations', () => {
  it('every indicator of both sets has a citation with a decision and a provenance', () => {
    for (const s of sets) {
      for (const row of auditSet(s)) {
        expect(row.citation.decision.length, `${s.id} ${row.code}`).toBeGreaterThan(0);
        expect(row.citation.issuer.length).toBeGreaterThan(0);
        expect(PROVENANCES).toContain(row.citation.provenance);
        expect(PROVENANCES).toContain(row.weakest);
      }
    }
  });

  it('neither decision number is known; both set citations are partial and say why the date is what it is', () => {
    expect(khuDanCuKieuMau.citation).toMatchObject({ issuer: 'UBND tỉnh Hà Tĩnh', signed: '2014-08-04', provenance: 'partial' });
    expect(khuDanCuKieuMau.citation.decision).toMatch(/số hiệu chưa rõ/);
    expect(khuDanCuKieuMau.citation.note).toMatch(/vừa ký/);
    expect(vuonMau.citation).toMatchObject({ issuer: 'Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hà Tĩnh', provenance: 'partial' });
    expect(vuonMau.citation.note).toMatch(/NOT known/);
    // No end of validity is known for either.
    expect(khuDanCuKieuMau.validity.until).toBeUndefined();
    expect(vuonMau.validity.until).toBeUndefined();
  });
});
