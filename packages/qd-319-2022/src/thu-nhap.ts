// Condition 2 of QĐ 319/QĐ-TTg: the income bar of a xã NTM kiểu mẫu is 110% of the xã NTM nâng cao income level in
// force for the same commune at the same time. The bar is built from the nâng cao set's own value tree, so it follows
// every region, year, category and provenance of that tree — and stays unknown wherever the nâng cao level is unknown.
import { isNode, notKnown, sourced, type CitationPatch, type Label, type Value, type ValueNode } from '@tieuchi/core';

/** "cao hơn từ 10% trở lên": at least 110% of the nâng cao level. */
export const HE_SO_THU_NHAP_KIEU_MAU = 1.1;

const CAN_CU =
  'QĐ 319/QĐ-TTg: thu nhập bình quân đầu người của xã "phải cao hơn từ 10% trở lên so với mức thu nhập bình quân đầu người áp ' +
  'dụng theo quy định đối với xã nông thôn mới nâng cao tại cùng thời điểm"';

/** 110% of a level, rounded to 6 decimals so that 110% of 50 is exactly 55 (not 55.000000000000007). */
export function nhan110(muc: number): number {
  return Math.round(muc * 110 * 1e6) / 1e8;
}

function chuaBiet(reason: Label): ValueNode<number> {
  return notKnown({
    vi: `Mức thu nhập xã NTM nâng cao chưa biết nên chưa tính được mức 110% (QĐ 319/QĐ-TTg). ${reason.vi}`,
    en: `The xã NTM nâng cao income level is not known, so its 110% (QĐ 319/QĐ-TTg) cannot be computed. ${reason.en}`,
  });
}

function mapRecord<K extends string>(values: Readonly<Partial<Record<K, Value<number>>>>): Partial<Record<K, Value<number>>> {
  const out: Partial<Record<K, Value<number>>> = {};
  for (const [k, v] of Object.entries(values) as [K, Value<number> | undefined][]) if (v !== undefined) out[k] = nhan(v);
  return out;
}

function nhan(v: Value<number>): Value<number> {
  if (!isNode(v)) {
    return sourced(nhan110(v), { note: `110% × ${v} (mức xã NTM nâng cao). ${CAN_CU}.` });
  }
  switch (v.type) {
    case 'sourced': {
      // A sourced number is multiplied in place, so its own citation (provenance, URL) stays next to it.
      const muc = isNode(v.value) ? undefined : v.value;
      return sourced(muc === undefined ? nhan(v.value) : nhan110(muc), {
        ...v.source,
        note:
          `${muc === undefined ? '110%' : `110% × ${muc}`} of a xã NTM nâng cao level whose own source says: ` +
          `${v.source.note ?? '—'} (${CAN_CU}).`,
      });
    }
    case 'byRegion':
      return { type: 'byRegion', values: mapRecord(v.values) };
    case 'byYear':
      return { type: 'byYear', values: mapRecord(v.values) as Record<string, Value<number>>, between: v.between, after: v.after };
    case 'byCategory':
      return { type: 'byCategory', values: mapRecord(v.values) as Record<string, Value<number>>, otherwise: nhan(v.otherwise) };
    case 'byZone':
      return { type: 'byZone', values: mapRecord(v.values) as Record<string, Value<number>> };
    case 'byGroup':
      return { type: 'byGroup', values: mapRecord(v.values) };
    case 'parameter':
      // 110% of a level the province sets cannot be expressed here: the provincial kiểu mẫu package supplies it.
      return chuaBiet({
        vi: `Mức nâng cao do UBND tỉnh quy định (${v.label.vi}): gói của tỉnh phải cung cấp mức 110%.`,
        en: `The nâng cao level is set by the province (${v.label.en}): the provincial package must supply its 110%.`,
      });
    case 'notKnown':
      return chuaBiet(v.reason);
  }
}

/**
 * The kiểu mẫu income bar (QĐ 319/QĐ-TTg condition 2) from a nâng cao income value tree: every numeric leaf × 1.1,
 * every unknown leaf still unknown, every `sourced` leaf keeping its provenance and URL with a note citing QĐ 319.
 * `nguon` is the citation of the nâng cao row (its provenance applies to the leaves without a source of their own).
 * Provincial packages can use it on their own (stricter) nâng cao income.
 */
export function mucThuNhapKieuMau(thuNhapNangCao: Value<number>, nguon: CitationPatch): Value<number> {
  return sourced(nhan(thuNhapNangCao), {
    ...(nguon.provenance !== undefined ? { provenance: nguon.provenance } : {}),
    note:
      `110% of the xã NTM nâng cao income level${nguon.decision ? ` (${nguon.decision}${nguon.part ? `, ${nguon.part}` : ''}${nguon.item ? `, ${nguon.item}` : ''})` : ''}, ` +
      `whose provenance (${nguon.provenance ?? 'inherited'}) it keeps. ${CAN_CU}.`,
  });
}
