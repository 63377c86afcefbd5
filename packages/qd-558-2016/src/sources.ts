// Citations of QĐ 558/QĐ-TTg (04/2016) and of the sources that confirm parts of it.
// Provenance follows /work/shared/reference/criteria-sets.md (§3.13, §4.4).
import type { Citation, CitationPatch } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /** QĐND (English): under QĐ 558 a district needs 100% of its communes NTM (75% under the 2010–2015 rules). */
  motTramPhanTram: 'http://en.qdnd.vn/social-affairs/special-reports/hanoi-plans-almost-300-million-usd-on-boosting-rural-regions-478014',
  /** Thư Ký Luật on TT 35/2016/TT-BNNPTNT (in force 08/02/2017): the content of criterion 5 (Y tế - Văn hóa - Giáo dục). */
  tt35: 'https://thukyluat.vn/news/diem-tin-van-ban/huyen-dat-chuan-nong-thon-moi-phai-co-60-truong-thpt-dat-chuan-qg-58288.html',
} as const;

/** The decision. Provenance 'partial': the month and the 100%-of-communes rule are verified; the 9 criteria are not. */
export const QD_558: Citation = {
  decision: '558/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  signed: '2016-04-05',
  url: URLS.motTramPhanTram,
  provenance: 'partial',
  note:
    'Signed in April 2016 (verified); the day 05/4/2016 is unverified and the effective date has not been read. The rule ' +
    '"100% of communes NTM" is verified; the names of the 9 criteria are commonly reported (unverified).',
};

/** The citation of a criterion whose name is the commonly reported one. */
export function tieuChi(n: number): CitationPatch {
  return { item: String(n), provenance: 'unverified', note: 'Criterion name and number as commonly reported (reference §3.13); not read in the decision.' };
}

/** TT 35/2016/TT-BNNPTNT, the Ministry of Agriculture's guidance of the district criteria (criterion 5). */
export const TT_35: CitationPatch = {
  url: URLS.tt35,
  provenance: 'verified',
  note: 'Content of criterion 5 as guided by TT 35/2016/TT-BNNPTNT (in force 08/02/2017), reported by Thư Ký Luật.',
};
