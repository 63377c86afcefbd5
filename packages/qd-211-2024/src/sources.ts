// Citations of QĐ 211/QĐ-TTg (01/3/2024) and the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.5, §3.6, §4.6) and the sources read for this package:
// only what a cited source states is 'verified'. The official text of QĐ 211 has NOT been read.
import type { Citation, CitationPatch, Label } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /**
   * LawNet (English), "Criteria for special new rural districts without commune-level administrative units … as of
   * March 1, 2024": date, scope of QĐ 211, the two conditions of the special-district set and its rows 1.1–2.3 (read).
   */
  lawnetDacThu:
    'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/criteria-for-special-new-rural-districts-without-commune-level-administrative-units-in-vietnam-as-of-march-1-2024-133694.html',
  /** vietnam.vn: the special-district criteria (cited by the project reference §3.5 for rows 1–4; not read here). */
  vietnamVnDacThu: 'https://www.vietnam.vn/sv/tieu-chi-huyen-nong-thon-moi-dac-thu-khong-co-don-vi-hanh-chinh-cap-xa',
  /**
   * Người Hà Nội, 02/3/2024, "Sửa đổi Bộ tiêu chí quốc gia về xã và huyện nông thôn mới" (read): QĐ 211 signed on 1/3/2024
   * by Phó Thủ tướng Trần Lưu Quang; its scope; and the new class of communes held to another region's values. The copy
   * read is cut off in the middle of that sentence ("… được áp dụng theo quy định đạt chuẩn đ").
   */
  nguoiHaNoi: 'https://nguoihanoi.vn/sua-doi-bo-tieu-chi-quoc-gia-ve-xa-va-huyen-nong-thon-moi-82143.html',
  /** Quảng Bình QĐ 1271/QĐ-UBND (16/5/2024), a provincial follow-up using the same class (reference §3.6, §4.6). */
  quangBinh1271: 'https://snn.quangbinh.gov.vn/chi-tiet-tin/-/view-article/1/13842468029787/1716191219716',
  /** Thanh Hóa QĐ 26/2024/QĐ-UBND, "Vùng 1" (reference §3.15.3). */
  thanhHoa26:
    'https://thuviennhadat.vn/vbpl/quyet-dinh-26-2024-qd-ubnd-ban-hanh-bo-tieu-chi-xa-nong-thon-moi-nang-cao-thanh-hoa-615248.html',
  /** Dân Việt, 25/3/2025: the 5 island districts without communes (reference §3.5). */
  namHuyenDao: 'https://danviet.vn/5-huyen-nao-tren-ca-nuoc-khong-co-don-vi-hanh-chinh-cap-xa-kinh-te-phat-trien-the-nao-20250325100119711.htm',
  /** QĐ 318/QĐ-TTg (08/3/2022), Điều 1: the class the amendment replaces (read). */
  qd318: 'https://ls1.hethongphapluat.com/quyet-dinh-318-qd-ttg-nam-2022-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-doan-2021-2025-do-thu-tuong-chinh-phu-ban-hanh.html',
} as const;

/**
 * QĐ 211/QĐ-TTg as a whole. Provenance 'partial': its date, signer and scope are stated by the sources read; the exact
 * old → new changes are not (reference G3).
 */
export const QD_211: Citation = {
  decision: '211/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2024-03-01',
  effective: '2024-03-01',
  url: URLS.nguoiHaNoi,
  provenance: 'partial',
  note:
    'Signed on 01/3/2024 by Phó Thủ tướng Trần Lưu Quang (Người Hà Nội, 02/3/2024); applies from 01/3/2024 (LawNet). ' +
    'Scope verified: "sửa đổi một số tiêu chí, chỉ tiêu" of the xã NTM, xã NTM nâng cao, huyện NTM and huyện NTM nâng cao ' +
    'sets 2021–2025, and a new set for huyện NTM đặc thù không có đơn vị hành chính cấp xã. The official text has not been ' +
    'read: only the changes listed in this package are encoded, and the full old → new table is a gap.',
};

/** The sentence of QĐ 211 about the communes held to another region's values, as far as the copy read goes. */
const TRICH_211 =
  '"Đối với các xã khu vực II, khu vực III thuộc vùng đồng bào dân tộc thiểu số và miền núi; các xã đặc biệt khó khăn vùng ' +
  'bãi ngang ven biển và hải đảo; xã an toàn khu thuộc huyện nghèo: Mức đạt chuẩn nông thôn mới hoặc đạt chuẩn nông thôn mới ' +
  'nâng cao được áp dụng theo quy định đạt chuẩn đ[…]"';

/**
 * Citation of the redefined TDMNPB rule (reference §4.6): 'partial'. The class is stated by a news report of QĐ 211; the
 * report read is cut off before the region, which is inferred to be TDMNPB (QĐ 318 Điều 1 formula; the Quảng Bình and
 * Thanh Hóa follow-ups of 2024 use the same class). The official wording has not been read.
 */
export const LOP_XA_TDMNPB: CitationPatch = {
  part: 'Điều 1',
  url: URLS.nguoiHaNoi,
  provenance: 'partial',
  note:
    `QĐ 211 as reported by Người Hà Nội (02/3/2024): ${TRICH_211} — the copy read is cut off there. ` +
    'Reference §4.6: after QĐ 211 the class of communes held to the TDMNPB values was probably redefined as "xã khu vực II, III ' +
    'vùng đồng bào DTTS và miền núi" plus "xã ĐBKK vùng bãi ngang ven biển và hải đảo" (possibly also xã ATK), as used by ' +
    'Quảng Bình QĐ 1271/QĐ-UBND (16/5/2024) and Thanh Hóa QĐ 26/2024/QĐ-UBND (Vùng 1). "vùng Trung du miền núi phía Bắc" ' +
    'is inferred from the QĐ 318 Điều 1 formula; the QĐ 211 wording itself has not been confirmed.',
};

/** Why a value of the special-district set is not known. */
export function chuaCoNguon(vi: string, en: string): Label {
  return {
    vi: `Chưa có trong nguồn đã đọc của QĐ 211/QĐ-TTg: ${vi}`,
    en: `Not in the sources of QĐ 211/QĐ-TTg read so far: ${en}`,
  };
}
