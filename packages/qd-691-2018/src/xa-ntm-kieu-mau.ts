// Tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018 - 2020 — QĐ 691/QĐ-TTg (2018) of the Thủ tướng Chính phủ.
// Precondition: the commune is recognised xã NTM nâng cao — under its PROVINCE's nâng cao set, since 2016–2020 had no
// national nâng cao set (reference §3.14, §4.2). Then 4 criteria. The decision's item numbering has not been read:
// items are coded 1a, 1b … here, and each criterion whose list may be incomplete ends with a placeholder row.
import { atLeast, criterion, custom, defineSet, indicator, input, isTrue, none } from '@tieuchi/core';
import { noiDung, QD_691, tieuChi, URLS, VI_DIEN_GIAI } from './sources.js';

/**
 * The id that stands for "recognised xã NTM nâng cao under the province's 2016–2020 set" — not a package: each
 * province issued its own set (e.g. Thái Bình QĐ 2538/QĐ-UBND, 2018). Supply its status as
 * `recognized: [NANG_CAO_TINH_2016_2020]` on the unit or `prerequisites: { [NANG_CAO_TINH_2016_2020]: 'met' }`.
 */
export const NANG_CAO_TINH_2016_2020 = 'tinh-2016-2020/xa-ntm-nang-cao';

/** Inputs of 1a: the commune's income now and when it was recognised xã NTM. */
const thuNhap = input.fields({
  /** Income per person at the time of the kiểu mẫu review (million VND/person/year). */
  hienTai: input.number({ unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' }, min: 0 }),
  /** Income per person at the time the commune was recognised xã NTM (million VND/person/year). */
  khiDatChuanNtm: input.number({ unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' }, min: 0 }),
});

interface ThuNhap {
  readonly hienTai?: number | null;
  readonly khiDatChuanNtm?: number | null;
}

/** A placeholder for the items of a criterion not encoded here (code: the criterion number). */
function conLai<const N extends number>(n: N, ten: string, tenEn: string, rest: boolean) {
  return indicator(`${n}` as `${N}`, {
    vi: rest ? `Đạt các nội dung còn lại của tiêu chí ${ten} (nội dung chưa xác minh)` : `Đạt tiêu chí ${ten} (nội dung chưa xác minh)`,
    en: rest ? `The other items of criterion "${tenEn}" are met (items not verified)` : `Criterion "${tenEn}" is met (items not verified)`,
    input: input.boolean(),
    rule: isTrue(),
    source: {
      item: `${n}`,
      provenance: 'unverified',
      note:
        (rest
          ? 'Placeholder: the known items of this criterion come from a paraphrase that may not list them all. If the criterion has no other item, answer true. '
          : 'Placeholder: the items of this criterion have not been read. ') +
        'Answer with the criterion as assessed by the competent authority (details are set by the province); the verdict is flagged unverified.',
    },
  });
}

/** Xã nông thôn mới kiểu mẫu 2018–2020 (QĐ 691/QĐ-TTg). */
export const xaNtmKieuMau = defineSet({
  id: 'qd-691-2018/xa-ntm-kieu-mau',
  label: { vi: 'Tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018 - 2020', en: 'Criteria for model new-rural communes, 2018–2020' },
  scope: 'xa',
  tier: 'kieu-mau',
  citation: QD_691,
  // From the reported signing day (partial; the effective date has not been read). The 2021–2025 kiểu mẫu
  // conditions, QĐ 319/QĐ-TTg, are signed on 08/3/2022, so this set is taken to be in force until 07/3/2022.
  validity: { from: '2018-06-05', until: '2022-03-07' },
  prerequisites: [
    {
      set: NANG_CAO_TINH_2016_2020,
      label: {
        vi: 'Xã đã được công nhận đạt chuẩn nông thôn mới nâng cao (theo bộ tiêu chí xã NTM nâng cao của tỉnh)',
        en: "The commune is recognised as an advanced NTM commune (under the province's advanced set)",
      },
      source: {
        url: URLS.vietnamPlus,
        provenance: 'verified',
        note:
          'Precondition verified. In 2016–2020 there was no national nâng cao set: each province issued its own (reference ' +
          '§3.12, §3.14), so the prerequisite is not qd-1980-2016/xa-ntm but the province\'s nâng cao set, stood for by this id.',
      },
    },
  ],
  criteria: [
    criterion(1, { vi: 'Sản xuất - Thu nhập - Hộ nghèo', en: 'Production, income and poverty', source: tieuChi(1) }, [
      indicator('1a', {
        vi: 'Thu nhập bình quân đầu người tại thời điểm xét, công nhận cao hơn từ 1,5 lần trở lên so với thu nhập bình quân đầu người tại thời điểm được công nhận xã đạt chuẩn nông thôn mới',
        en: 'Income per person at the time of review at least 1.5 × the income when the commune was recognised NTM',
        input: thuNhap,
        rule: custom<ThuNhap, 'heSo'>({
          name: 'qd-691-2018/1a',
          description: {
            vi: 'Thu nhập hiện tại ≥ 1,5 × thu nhập tại thời điểm được công nhận đạt chuẩn nông thôn mới',
            en: 'Income now ≥ 1.5 × income when recognised NTM',
          },
          params: { heSo: 1.5 },
          test: (v, p) => {
            if (typeof v.hienTai !== 'number' || typeof v.khiDatChuanNtm !== 'number' || v.khiDatChuanNtm <= 0) return null;
            return v.hienTai >= p.heSo * v.khiDatChuanNtm;
          },
        }),
        source: noiDung('1a', 'verified', 'Quoted in Vietnamese by Tuổi trẻ Thủ đô; the income at NTM recognition is an input the commune supplies.', URLS.tuoiTreThuDo),
      }),
      indicator('1b', {
        vi: 'Không có hộ nghèo (trừ trường hợp thuộc diện bảo trợ xã hội theo quy định, hoặc do tai nạn rủi ro bất khả kháng, hoặc do bệnh hiểm nghèo)',
        en: 'No poor households (except social-protection beneficiaries and those poor through accident, force majeure or serious illness)',
        input: input.count({ unit: { vi: 'hộ nghèo ngoài các trường hợp loại trừ', en: 'poor households outside the exceptions' } }),
        rule: none(),
        source: noiDung('1b', 'verified', 'Quoted in Vietnamese by Tuổi trẻ Thủ đô. Count the poor households that fall under none of the exceptions.', URLS.tuoiTreThuDo),
      }),
      indicator('1c', {
        vi: 'Có từ 02 hợp tác xã kiểu mới trở lên hoạt động có hiệu quả',
        en: 'At least 2 effective new-type cooperatives',
        input: input.count({ unit: { vi: 'hợp tác xã', en: 'cooperatives' } }),
        rule: atLeast(2),
        source: noiDung('1c', 'partial', VI_DIEN_GIAI),
      }),
      conLai(1, 'Sản xuất - Thu nhập - Hộ nghèo', 'Production, income and poverty', true),
    ]),
    criterion(2, { vi: 'Giáo dục - Y tế - Văn hóa', en: 'Education, health and culture', source: tieuChi(2) }, [
      indicator('2a', {
        vi: 'Tỷ lệ huy động trẻ đi học mẫu giáo',
        en: 'Kindergarten enrolment rate',
        input: input.percent(),
        rule: atLeast(90),
        source: noiDung('2a', 'verified', '"đạt từ 90% trở lên" (Tuổi trẻ Thủ đô).', URLS.tuoiTreThuDo),
      }),
      indicator('2b', {
        vi: 'Tỷ lệ trẻ 6 tuổi vào lớp 1',
        en: 'Share of six-year-olds entering grade 1',
        input: input.percent(),
        rule: atLeast(100),
        source: noiDung('2b', 'partial', `100%. ${VI_DIEN_GIAI}`),
      }),
      indicator('2c', {
        vi: 'Tỷ lệ trẻ 11 tuổi hoàn thành chương trình tiểu học',
        en: 'Share of 11-year-olds completing primary school',
        input: input.percent(),
        rule: atLeast(95),
        source: noiDung('2c', 'partial', `≥ 95%. ${VI_DIEN_GIAI}`),
      }),
      indicator('2d', {
        vi: 'Tỷ lệ thanh, thiếu niên từ 15 đến 18 tuổi đang học chương trình giáo dục phổ thông, giáo dục thường xuyên cấp trung học phổ thông hoặc giáo dục nghề nghiệp',
        en: 'Share of 15–18-year-olds in upper-secondary, continuing or vocational education',
        input: input.percent(),
        rule: atLeast(95),
        source: noiDung('2d', 'partial', `≥ 95%. ${VI_DIEN_GIAI}`),
      }),
      indicator('2e', {
        vi: 'Trạm y tế xã có đủ điều kiện khám, chữa bệnh bảo hiểm y tế',
        en: 'The commune health station can provide insured check-ups and treatment',
        input: input.boolean(),
        rule: isTrue(),
        source: noiDung('2e', 'verified', 'Quoted by Tuổi trẻ Thủ đô. Threshold "Đạt".', URLS.tuoiTreThuDo),
      }),
      indicator('2f', {
        vi: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
        en: 'Share of residents covered by health insurance',
        input: input.percent(),
        rule: atLeast(95),
        source: noiDung('2f', 'verified', '"đạt từ 95% trở lên" (Tuổi trẻ Thủ đô).', URLS.tuoiTreThuDo),
      }),
      indicator('2g', {
        vi: 'Tỷ lệ dân số thường trú trên địa bàn xã được quản lý, theo dõi sức khỏe',
        en: 'Share of permanent residents whose health is managed and monitored',
        input: input.percent(),
        rule: atLeast(90),
        source: noiDung('2g', 'verified', '"đạt từ 90% trở lên" (Tuổi trẻ Thủ đô).', URLS.tuoiTreThuDo),
      }),
      indicator('2h', {
        vi: 'Tỷ lệ người dân tham gia các hoạt động văn hóa, thể thao',
        en: 'Share of residents taking part in cultural and sports activities',
        input: input.percent(),
        rule: atLeast(60),
        source: noiDung('2h', 'partial', `≥ 60%. ${VI_DIEN_GIAI}`),
      }),
      indicator('2i', {
        vi: 'Mỗi thôn có ít nhất 01 đội văn nghệ hoặc câu lạc bộ',
        en: 'Every village has at least one art group or club',
        input: input.boolean(),
        rule: isTrue(),
        source: noiDung('2i', 'partial', VI_DIEN_GIAI),
      }),
      conLai(2, 'Giáo dục - Y tế - Văn hóa', 'Education, health and culture', true),
    ]),
    criterion(3, { vi: 'Môi trường', en: 'Environment', source: tieuChi(3) }, [conLai(3, 'Môi trường', 'Environment', false)]),
    criterion(4, { vi: 'An ninh trật tự - Hành chính công', en: 'Public order and public administration', source: tieuChi(4) }, [
      conLai(4, 'An ninh trật tự - Hành chính công', 'Public order and public administration', false),
    ]),
  ],
});
