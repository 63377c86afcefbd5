// QĐ 318/QĐ-TTg, Phụ lục I — II. HẠ TẦNG KINH TẾ - XÃ HỘI (tiêu chí 2–9)
import { atLeast, byRegion, criterion, custom, indicator, input, isTrue, none, notKnown, sourced } from '@tieuchi/core';
import { chuaXacMinh, pl1, tieuChi, URLS } from '../sources.js';

/** The TDMNPB level of 2.2–2.4, as the Bình Phước copy gives it for its xã ĐBKK (held to TDMNPB values by Điều 1). */
const mucTdmnpb = (value: number) =>
  sourced(value, {
    provenance: 'partial',
    url: URLS.binhPhuoc,
    note: 'Bình Phước QĐ 1360/QĐ-UBND gives this level for xã đặc biệt khó khăn, which Điều 1 holds to the TDMNPB column.',
  });

/** Regions whose level of 2.2–2.4 is only described as "higher" than TDMNPB. */
const caoHon = (code: string) =>
  notKnown(chuaXacMinh(`chỉ tiêu ${code}: các vùng ngoài TDMNPB chỉ được nêu là "cao hơn"`, `indicator ${code}: regions other than TDMNPB are only reported as "higher"`));

/** 4.2 outside TDMNPB, ĐBSH and ĐNB: only a range is reported. */
const dien9899 = notKnown(chuaXacMinh('chỉ được nêu là "≥ 98–99%"', 'only reported as "≥ 98–99%"'));

/** Inputs of criterion 5: counts of the commune's schools (mầm non, tiểu học, THCS, or multi-level schools up to THCS). */
const truongHoc = input.fields({
  /** Number of schools in the commune. */
  soTruong: input.count({ unit: { vi: 'trường', en: 'schools' } }),
  /** Schools meeting at least the minimum facilities standard (those at mức độ 1 included). */
  datToiThieu: input.count({ unit: { vi: 'trường', en: 'schools' } }),
  /** Schools meeting the facilities standard at mức độ 1. */
  datMucDo1: input.count({ unit: { vi: 'trường', en: 'schools' } }),
});

interface TruongHoc {
  readonly soTruong?: number | null;
  readonly datToiThieu?: number | null;
  readonly datMucDo1?: number | null;
}

export const nhomII = [
  criterion(2, { vi: 'Giao thông', en: 'Transport', group: 'II', source: tieuChi(2) }, [
    indicator('2.1', {
      vi: 'Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
      en: 'Share of commune roads asphalted or concreted, passable by car all year round',
      input: input.percent(),
      rule: atLeast(100),
      source: pl1('2.1', {
        provenance: 'partial',
        url: URLS.binhPhuoc,
        note: '100% is stated by the Bình Phước copy (ĐNB) and commonly reported for every region; the national regional columns have not been read.',
      }),
    }),
    indicator('2.2', {
      vi: 'Tỷ lệ đường thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
      en: 'Share of village and inter-village roads at least hardened, passable by car all year round',
      input: input.percent(),
      rule: atLeast(
        byRegion({ TDMNPB: mucTdmnpb(80), DBSH: caoHon('2.2'), BTB: caoHon('2.2'), DHNTB: caoHon('2.2'), TN: caoHon('2.2'), DNB: caoHon('2.2'), DBSCL: caoHon('2.2') }),
      ),
      source: pl1('2.2', {
        provenance: 'partial',
        url: URLS.binhPhuoc,
        note: 'Row confirmed by the Bình Phước copy (English paraphrase); Vietnamese wording is the reported form. ĐBSH and ĐNB are "possibly 100%": not encoded.',
      }),
    }),
    indicator('2.3', {
      vi: 'Tỷ lệ đường ngõ, xóm được cứng hóa, đảm bảo sạch và không lầy lội vào mùa mưa',
      en: 'Share of lanes and alleys hardened, clean and not muddy in the rainy season',
      input: input.percent(),
      rule: atLeast(
        byRegion({ TDMNPB: mucTdmnpb(50), DBSH: caoHon('2.3'), BTB: caoHon('2.3'), DHNTB: caoHon('2.3'), TN: caoHon('2.3'), DNB: caoHon('2.3'), DBSCL: caoHon('2.3') }),
      ),
      source: pl1('2.3', { provenance: 'partial', url: URLS.binhPhuoc, note: 'Row confirmed by the Bình Phước copy (English paraphrase); Vietnamese wording is the reported form.' }),
    }),
    indicator('2.4', {
      vi: 'Tỷ lệ đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm',
      en: 'Share of main field roads allowing goods transport all year round',
      input: input.percent(),
      rule: atLeast(
        byRegion({ TDMNPB: mucTdmnpb(70), DBSH: caoHon('2.4'), BTB: caoHon('2.4'), DHNTB: caoHon('2.4'), TN: caoHon('2.4'), DNB: caoHon('2.4'), DBSCL: caoHon('2.4') }),
      ),
      source: pl1('2.4', { provenance: 'partial', url: URLS.binhPhuoc, note: 'Row confirmed by the Bình Phước copy (English paraphrase); Vietnamese wording is the reported form.' }),
    }),
  ]),

  criterion(3, { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and natural-disaster prevention', group: 'II', source: tieuChi(3) }, [
    indicator('3.1', {
      vi: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động',
      en: 'Share of agricultural land with active irrigation and drainage',
      input: input.percent(),
      rule: atLeast(sourced(80, { provenance: 'verified', url: URLS.danViet, note: '"đạt từ 80% trở lên"; restated for xã NTM by QĐ 1680/QĐ-BNN-VPĐP (11/5/2022).' })),
      source: pl1('3.1', {
        provenance: 'partial',
        url: URLS.danViet,
        note:
          'Wording and the ≥ 80% level verified (Dân Việt; Báo Gia Lai; QĐ 1680/QĐ-BNN-VPĐP). The sources give 80% without a ' +
          'regional split; whether the regional columns differ is not confirmed, so 80% applies to every region and the row is partial.',
      }),
    }),
    indicator('3.2', {
      vi: 'Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ',
      en: 'Meets the requirements of proactive natural-disaster prevention under the "four on-the-spot" motto',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('3.2', {
        provenance: 'verified',
        url: URLS.qd1680,
        note:
          'Wording verified (Dân Việt; Báo Gia Lai). Guidance QĐ 1680/QĐ-BNN-VPĐP: "Đạt" at xã NTM level when every item whose ' +
          'required answer is "có" is "có" and the score is 50 to under 70 points. The input is that assessed conclusion.',
      }),
    }),
  ]),

  criterion(4, { vi: 'Điện', en: 'Electricity', group: 'II', source: tieuChi(4) }, [
    indicator('4.1', {
      vi: 'Hệ thống điện đạt chuẩn',
      en: 'The electricity system meets the standard',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('4.1', { provenance: 'unverified', note: 'Reported form; wording and the "Đạt" threshold not confirmed.' }),
    }),
    indicator('4.2', {
      vi: 'Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện thường xuyên, an toàn từ các nguồn',
      en: 'Share of households registered directly and using electricity regularly and safely from any source',
      input: input.percent(),
      rule: atLeast(
        byRegion({
          TDMNPB: 95,
          DBSH: 99,
          DNB: 99,
          BTB: dien9899,
          DHNTB: dien9899,
          TN: dien9899,
          DBSCL: dien9899,
        }),
      ),
      source: pl1('4.2', {
        provenance: 'unverified',
        note: 'Commonly reported: TDMNPB ≥ 95%, ĐBSH and ĐNB ≥ 99%; the other regions only as a 98–99% range, left unknown.',
      }),
    }),
  ]),

  criterion(5, { vi: 'Trường học', en: 'Schools', group: 'II', source: tieuChi(5) }, [
    indicator('5', {
      vi:
        'Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS; hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) ' +
        'đạt tiêu chuẩn cơ sở vật chất theo quy định',
      en:
        'Share of schools (pre-school, primary, lower secondary, or multi-level schools up to lower secondary) meeting the ' +
        'facilities standard',
      input: truongHoc,
      rule: custom({
        name: 'qd-318-2022/truong-hoc',
        description: {
          vi:
            'ĐBSH, ĐNB: 100% trường đạt tiêu chuẩn CSVC mức độ 1. Các vùng khác: 100% trường đạt CSVC tối thiểu, trong đó ' +
            'tỷ lệ trường đạt mức độ 1 ≥ 70% (xã có hơn 3 trường) hoặc ≥ 50% (xã có từ 3 trường trở xuống)',
          en:
            'ĐBSH, ĐNB: 100% of schools meet the facilities standard at level 1. Other regions: 100% meet the minimum ' +
            'standard, and at least 70% (communes with more than 3 schools) or 50% (3 schools or fewer) meet level 1',
        },
        params: {
          /** Share (%) of schools at least at the minimum standard. In ĐBSH/ĐNB it follows from 100% at level 1. */
          toiThieu: 100,
          /** Share (%) at level 1 required of a commune with more than 3 schools. */
          mucDo1NhieuTruong: byRegion({ TDMNPB: 70, DBSH: 100, BTB: 70, DHNTB: 70, TN: 70, DNB: 100, DBSCL: 70 }),
          /** Share (%) at level 1 required of a commune with 3 schools or fewer. */
          mucDo1ItTruong: byRegion({ TDMNPB: 50, DBSH: 100, BTB: 50, DHNTB: 50, TN: 50, DNB: 100, DBSCL: 50 }),
        },
        test: (v: TruongHoc, p) => {
          const { soTruong, datToiThieu, datMucDo1 } = v;
          if (soTruong == null || datToiThieu == null || datMucDo1 == null || soTruong <= 0) return null;
          // Inconsistent counts are never "met": a level-1 school also meets the minimum standard.
          if (datMucDo1 > soTruong || datToiThieu > soTruong || datToiThieu < datMucDo1) return null;
          const mucDo1 = (datMucDo1 / soTruong) * 100;
          const toiThieu = (datToiThieu / soTruong) * 100;
          const canMucDo1 = soTruong > 3 ? p.mucDo1NhieuTruong : p.mucDo1ItTruong;
          return toiThieu >= p.toiThieu && mucDo1 >= canMucDo1;
        },
      }),
      source: pl1('5', {
        provenance: 'verified',
        url: URLS.qd1491,
        note:
          'Wording and regional values verified (QĐ 1491/QĐ-BGDĐT, 06/6/2022). The "100% tối thiểu" param also applies to ĐBSH/ĐNB, ' +
          'where it is implied by 100% at mức độ 1 and never changes a verdict.',
      }),
    }),
  ]),

  criterion(6, { vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities', group: 'II', source: tieuChi(6) }, [
    indicator('6.1', {
      vi: 'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã',
      en: 'The commune has a cultural house or multi-purpose hall and a sports ground serving the whole commune',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('6.1', {
        provenance: 'verified',
        url: URLS.hd1064,
        note: 'Verified (Hướng dẫn 1064/HD-BVHTTDL, 30/3/2022): central, accessible location; area and scale set by UBND tỉnh under TT 12/2010 and TT 05/2014.',
      }),
    }),
    indicator('6.2', {
      vi: 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định',
      en: 'The commune has play, recreation and sports points for children and the elderly as prescribed',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('6.2', {
        provenance: 'verified',
        url: URLS.hd1064,
        note: 'Verified (Hướng dẫn 1064/HD-BVHTTDL): at least one independent point for the elderly and children; the children’s point includes drowning prevention.',
      }),
    }),
    indicator('6.3', {
      vi: 'Tỷ lệ thôn (khu dân cư) có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng',
      en: 'Share of villages (residential areas) with a cultural house or a place for community cultural and sports activities',
      input: input.percent(),
      rule: atLeast(100),
      source: pl1('6.3', { provenance: 'verified', url: URLS.hd1064, note: 'Verified (Hướng dẫn 1064/HD-BVHTTDL): "đạt 100% theo tất cả các vùng".' }),
    }),
  ]),

  criterion(7, { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural commercial infrastructure', group: 'II', source: tieuChi(7) }, [
    indicator('7', {
      vi: 'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa',
      en: 'The commune has a rural market or a place to buy, sell and exchange goods',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('7', {
        provenance: 'unverified',
        url: URLS.qd1214,
        note:
          'Annex wording unverified. Guidance QĐ 1214/QĐ-BCT (22/6/2022, verified): met with a chợ nông thôn in the plan that meets ' +
          'the standard, or, if the commune has no market, a mini-supermarket, convenience store or general store that meets it.',
      }),
    }),
  ]),

  criterion(8, { vi: 'Thông tin và Truyền thông', en: 'Information and communication', group: 'II', source: tieuChi(8) }, [
    indicator('8.1', {
      vi: 'Xã có điểm phục vụ bưu chính',
      en: 'The commune has a postal service point',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('8.1', { provenance: 'unverified', url: URLS.tieuChi8, note: 'Wording and code verified (Sở TT&TT Thái Nguyên, 17/6/2022); the threshold "Đạt" is implied, not read.' }),
    }),
    indicator('8.2', {
      vi: 'Xã có dịch vụ viễn thông, internet',
      en: 'The commune has telecommunications and Internet services',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('8.2', {
        provenance: 'unverified',
        url: URLS.tieuChi8,
        note:
          'Wording verified (Sở TT&TT Thái Nguyên); "Đạt" implied. Guidance (partial, reported proposal): every thôn reaches ≥ 1 of 2 ' +
          'telephone and ≥ 1 of 2 Internet services meeting QCVN; smartphone subscribers ≥ 55% (huyện đảo ≥ 45%).',
      }),
    }),
    indicator('8.3', {
      vi: 'Xã có đài truyền thanh và hệ thống loa đến các thôn',
      en: 'The commune has a radio station and loudspeakers reaching every village',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('8.3', { provenance: 'unverified', url: URLS.tieuChi8, note: 'Wording verified (Sở TT&TT Thái Nguyên); the threshold "Đạt" is implied, not read.' }),
    }),
    indicator('8.4', {
      vi: 'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành',
      en: 'The commune uses information technology in management and administration',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('8.4', {
        provenance: 'unverified',
        url: URLS.tieuChi8,
        note: 'Wording and code verified (Sở TT&TT Thái Nguyên; no "chuyển đổi số" addition in 2022); the threshold "Đạt" is implied, not read.',
      }),
    }),
  ]),

  criterion(9, { vi: 'Nhà ở dân cư', en: 'Housing', group: 'II', source: tieuChi(9) }, [
    indicator('9.1', {
      vi: 'Nhà tạm, dột nát',
      en: 'Makeshift or dilapidated houses',
      input: input.count({ unit: { vi: 'nhà', en: 'houses' } }),
      rule: none(),
      source: pl1('9.1', { provenance: 'unverified', note: 'Reported form; threshold "Không" (none).' }),
    }),
    indicator('9.2', {
      vi: 'Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố',
      en: 'Share of households living in permanent or semi-permanent houses',
      input: input.percent(),
      rule: atLeast(notKnown(chuaXacMinh('chỉ được nêu khoảng "≥ 75–80%" (ĐBSCL khoảng ≥ 70%)', 'only reported as "about ≥ 75–80%" (ĐBSCL about ≥ 70%)'))),
      source: pl1('9.2', { provenance: 'unverified', note: 'Reported form; the reference gives only a vague range, so no number is encoded.' }),
    }),
  ]),
] as const;
