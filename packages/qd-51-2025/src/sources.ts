// Citations of QĐ 51/2025/QĐ-TTg (29/12/2025, in force 15/02/2026) and the public sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§1.4, §3.8): only what a cited source states is 'verified'.
// The annexes (Phụ lục I–III) of the official text have NOT been read: indicator wording and thresholds are not known.
import type { Citation, CitationPatch, Label } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /**
   * Toàn văn on the Government portal (Chinhphu.vn, 30/12/2025): number, date, legal bases, Điều 1 khoản 1 (the three
   * annexes). The part read covers the decision's opening and Điều 1 khoản 1 only, not the annex tables.
   */
  toanVan:
    'https://xaydungchinhsach.chinhphu.vn/toan-van-quyet-dinh-51-2025-qd-ttg-ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-119251230104614909.htm',
  /** VietnamPlus, 30/12/2025: 10 tiêu chí / 47 chỉ tiêu, the numbered criteria, 3 nhóm xã, one national commune set. */
  vietnamPlus: 'https://www.vietnamplus.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-post1085735.vnp',
  /** Thời báo Tài chính Việt Nam: date, signer (Phó Thủ tướng Trần Hồng Hà), 10/47, the definitions of the 3 nhóm xã. */
  thoiBaoTaiChinh: 'https://thoibaotaichinhvietnam.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-189751.html',
  /** VnEconomy: in force from 15/02/2026; 10/47; the three annexes. */
  vnEconomy: 'https://vneconomy.vn/bo-tieu-chi-nong-thon-moi-20262030-mo-duong-cho-xay-dung-nong-thon-hien-dai.htm',
  /** Quảng Trị NTM portal, 30/12/2025: Phụ lục I–III, 10 tiêu chí and 47 chỉ tiêu for 03 nhóm xã. */
  quangTri: 'https://nongthonmoi.quangtri.gov.vn/Tieu-diem-Nong-thon-moi/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-2439.html',
  /** Báo Pháp luật: the province conditions (Phụ lục III) are tightened; the pilot "xã NTM hiện đại" is new. */
  baoPhapLuat: 'https://baophapluat.vn/chuyen-muc/xa-hoi-nong-thon-moi.html',
  /** Báo Gia Lai: programme targets 2030 — about 65% of communes NTM, of which about 10% NTM hiện đại; 5 provinces. */
  mucTieu2030:
    'https://baogialai.com.vn/tong-ngan-sach-nha-nuoc-bo-tri-cho-chuong-trinh-mtqg-giai-doan-2026-2030-khoang-423000-ty-dong-post579288.html',
  /** Ministry official (vietnam.vn): 10/47; no nâng cao, kiểu mẫu or district-level set in 2026–2030. */
  lienMach: 'https://www.vietnam.vn/en/lien-mach-nong-thon-moi',
} as const;

/**
 * QĐ 51/2025/QĐ-TTg as a whole. Provenance 'partial': date, effective date, signer, annexes, criterion names, counts and
 * the 3 nhóm xã are verified; the contents of the annex tables are not known.
 */
export const QD_51: Citation = {
  decision: '51/2025/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2025-12-29',
  effective: '2026-02-15',
  url: URLS.toanVan,
  provenance: 'partial',
  note:
    'Signed on 29/12/2025 by Phó Thủ tướng Trần Hồng Hà; in force from 15/02/2026. Legal bases: Luật Tổ chức Chính phủ ' +
    '63/2025/QH15 and NQ 257/2025/QH15. Annexes, criterion names, counts (10/47) and the 3 nhóm xã verified; the wording ' +
    'and thresholds of the annex tables have not been read.',
};

/** The citation of an annex. */
export function phuLuc(part: 'Phụ lục I' | 'Phụ lục II' | 'Phụ lục III', patch: Omit<CitationPatch, 'part'> = {}): Citation {
  return { ...QD_51, part, ...patch } as Citation;
}

/** Why a threshold is not known. */
export function chuaCongBo(vi: string, en: string): Label {
  return {
    vi: `Chưa công bố trong nguồn đã đọc của QĐ 51/2025/QĐ-TTg: ${vi}`,
    en: `Not published in the sources of QĐ 51/2025/QĐ-TTg read so far: ${en}`,
  };
}
