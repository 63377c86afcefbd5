// The two provincial zones of QĐ 26/2024/QĐ-UBND (verified) and who belongs to them.
//
// Vùng 1 lists exactly the three classes QĐ 211/QĐ-TTg holds to the TDMNPB values (reference §3.6, §4.6; the national
// categories of @tieuchi/qd-211-2024, partial), so membership is derived from a commune's categories: a commune of one of
// those classes is in Vùng 1, every other commune in Vùng 2. The engine reads the zone from the unit (`zone`), so a
// caller sets it — `vungCuaXa` computes it from the categories.
import type { Label } from '@tieuchi/core';
import { CAC_LOAI_XA_TDMNPB } from '@tieuchi/qd-211-2024';

/** Zone keys (contract). */
export type Vung = 'vung-1' | 'vung-2';

/** The zones as the set declares them. */
export const VUNG: Readonly<Record<Vung, Label>> = {
  'vung-1': {
    vi: 'Vùng 1: xã khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi; xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo; xã an toàn khu thuộc huyện nghèo',
    en: 'Zone 1: area II and III communes in ethnic-minority and mountain areas; communes with special difficulties in coastal sandbank and island areas; safe-zone (ATK) communes in poor districts',
  },
  'vung-2': { vi: 'Vùng 2: các xã còn lại', en: 'Zone 2: all other communes' },
};

/** Category keys (of QĐ 211/QĐ-TTg) whose communes are in Vùng 1. */
export const LOAI_XA_VUNG_1: readonly string[] = Object.freeze(Object.keys(CAC_LOAI_XA_TDMNPB));

/** The zone of a commune under QĐ 26/2024: Vùng 1 when one of its categories is a Vùng 1 class, else Vùng 2. */
export function vungCuaXa(unit: { readonly category?: readonly string[] | null }): Vung {
  return (unit.category ?? []).some((c) => LOAI_XA_VUNG_1.includes(c)) ? 'vung-1' : 'vung-2';
}
