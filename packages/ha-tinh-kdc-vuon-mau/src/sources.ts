// Citations of Hà Tĩnh's village-level "Khu dân cư nông thôn mới kiểu mẫu" criteria (interim, 2014) and garden-level
// "vườn mẫu" criteria, and of the pages behind each fact. Provenance follows /work/shared/reference/criteria-sets.md
// (§3.16.4, §3.16.5) and the pages read for this package (search excerpts of stored copies). Neither decision's text
// has been read; neither decision number is known.
import type { Citation, CitationPatch } from '@tieuchi/core';

/** Where each fact was confirmed. */
export const URLS = {
  /**
   * Cổng TTĐT huyện Cẩm Xuyên, 04/08/2014, "Ban hành tạm thời Bộ tiêu chí Khu dân cư nông thôn mới kiểu mẫu" (read):
   * Phó Chủ tịch UBND tỉnh Lê Đình Sơn "vừa ký quyết định ban hành tạm thời"; the VPĐP NTM tỉnh issues the guidance; the
   * 10 criteria by name; "tỷ lệ hàng rào cây xanh hoặc hàng rào khác được phủ cây xanh phải đạt từ 70% trở lên"; "Trong mỗi
   * tiêu chí đó có các nội dung cấu thành, được đánh giá theo các chỉ tiêu đạt và những tỷ lệ nhất định"; "Ngoài 10 tiêu
   * chí trên, các nội dung khác theo 19 tiêu chí xây dựng nông thôn mới có áp dụng tại địa bàn thôn đều phải đạt chuẩn".
   * The page then shows the items as images, which the stored copy does not hold.
   */
  camXuyen2014: 'http://camxuyen.hatinh.gov.vn/?act=691/Kinh-te-dau-tu/Thong-tin-kinh-te/Ban-hanh-tam-thoi-Bo-tieu-chi-Khu-dan-cu-nong-thon-moi-kieu-mau/',
  /** Nông nghiệp Việt Nam, 13/08/2014 (reference §3.16.4; not read here): the same decision. */
  nongNghiep2014: 'https://nongnghiepmoitruong.vn/ha-tinh-ban-hanh-bo-tieu-chi-khu-dan-cu-kieu-mau-d129657.html',
  /** UBND xã Cẩm Thịnh: "Quyết định ban hành bộ tiêu chí khu dân cư kiểu mẫu" — a newer decision, title only (read). */
  camThinhMoiHon: 'https://camthinh.camxuyen.hatinh.gov.vn/quyet-dinh-ban-hanh-bo-tieu-chi-khu-dan-cu-kieu-mau/',
  /**
   * UBND xã Tân Hương (Đức Thọ), Góp ý - Hỏi đáp no. 346, "Các tiêu chí trong xây dựng vườn mẫu?" (read): "BCĐ xây dựng
   * nông thôn mới Hà Tĩnh đã ban hành bộ tiêu chí vườn mẫu gồm các tiêu chí sau" — criteria 1–4 with their items; the
   * answer itself stops in the middle of criterion 4 ("tỷ lệ cây xanh trong diện tích đất ở...").
   */
  tanHuongVuonMau: 'http://xatanhuong.hatinh.gov.vn/gop-y-hoi-dap/346/',
  /**
   * Hội Làm vườn Việt Nam (vacvina), "Vườn kiểu mẫu – 3. Hội Làm vườn tỉnh Hà Tĩnh là đơn vị đi đầu" (read): "Từ năm
   * 2010-2011, Hội Làm vườn tỉnh Hà Tĩnh đã được UBND tỉnh giao phối hợp với Văn phòng xây dựng NTM xây dựng, ban hành
   * 'Bộ tiêu chí vườn mẫu'".
   */
  vacvina: 'http://www.vacvina.org.vn/xem-tin-tuc/vuon-kieu-mau-3-hoi-lam-vuon-tinh-ha-tinh-la-don-vi-di-dau.html',
  /**
   * Nông thôn mới Hà Tĩnh, 16/12/2017 (reference §3.16.3 and §5.2; not read here): > 1,550 villages building KDC NTM kiểu
   * mẫu, 125 đạt chuẩn; > 6,500 gardens building vườn mẫu.
   */
  ntm2017: 'http://nongthonmoihatinh.vn/vi/news/savefile/Tin-trong-tinh/Ha-Tinh-Buoc-dau-hinh-thanh-mo-hinh-nong-thon-moi-kieu-mau-72052',
  /**
   * Nông thôn mới Hà Tĩnh, "Mê mẩn khu dân cư nông thôn kiểu mẫu ở Hà Tĩnh" (read; undated): nearly 500 villages đạt KDC
   * NTM kiểu mẫu, 1,300 gardens đạt chuẩn; "khu dân cư mẫu, vườn mẫu còn phải đảm bảo tiêu chí thu nhập".
   */
  meMan: 'http://nongthonmoi.hatinh.gov.vn/Tin-trong-tinh/Me-man-khu-dan-cu-nong-thon-kieu-mau-o-Ha-Tinh-52947.html',
  /** Dân Việt, 05/2018 (read): the environment content Hà Tĩnh applies to KDC kiểu mẫu and vườn mẫu (partial list). */
  danViet2018: 'http://danviet.vn/nha-nong/5-nam-tai-co-cau-nong-nghiep-nhung-la-co-dau-mo-loi-di-truoc-876288.html',
} as const;

/**
 * The interim decision of UBND tỉnh Hà Tĩnh (2014) issuing the Khu dân cư NTM kiểu mẫu criteria. Provenance 'partial':
 * the decision, its signer and the 10 criteria are verified; its number is not known, and the signing day is not: the
 * engine needs a full date, so `signed` is the date of the report announcing that it had just been signed (on or before).
 */
export const QD_KDC_2014: Citation = {
  decision: 'QĐ ban hành tạm thời Bộ tiêu chí KDC NTM kiểu mẫu (số hiệu chưa rõ, 2014)',
  issuer: 'UBND tỉnh Hà Tĩnh',
  signed: '2014-08-04',
  url: URLS.camXuyen2014,
  provenance: 'partial',
  note:
    'Signed by Phó Chủ tịch UBND tỉnh Lê Đình Sơn, "ban hành tạm thời" (verified, Cẩm Xuyên 04/08/2014 and Nông nghiệp Việt ' +
    'Nam 13/08/2014). Decision number not known. Signing day not known: 04/08/2014 is the date of the report saying the ' +
    'decision "vừa ký" (was just signed), so the real day is on or shortly before it. A newer Hà Tĩnh KDC kiểu mẫu decision ' +
    'exists (title only, Cẩm Thịnh): when this interim set stopped applying is not known.',
};

/** One of the 10 criteria of the KDC set: name and number verified. */
export function tieuChiKdc(n: number): CitationPatch {
  return { item: String(n), provenance: 'verified', note: 'Name and position in the list of 10 verified (Cẩm Xuyên, 04/08/2014).' };
}

/** A KDC row standing for the items of a criterion that have not been read. */
export function giuChoKdc(n: number, rest: boolean): CitationPatch {
  return {
    item: String(n),
    provenance: 'unverified',
    note:
      (rest
        ? 'Placeholder for the other items of the criterion, if any (the report shows them as images not held). If the criterion has no other item, answer true. '
        : 'Placeholder for the whole criterion: its items ("nội dung cấu thành … các chỉ tiêu đạt và những tỷ lệ nhất định") have not been read. ') +
      'Answer with the criterion as assessed under the official guidance of the VPĐP NTM tỉnh; the verdict is flagged unverified.',
  };
}

/**
 * The Bộ tiêu chí vườn mẫu issued by the Ban Chỉ đạo xây dựng NTM tỉnh Hà Tĩnh. Provenance 'partial': a commune website
 * quotes it (criteria 1–4), cut off inside criterion 4; its number and date are not known.
 */
export const BO_TIEU_CHI_VUON_MAU: Citation = {
  decision: 'Bộ tiêu chí vườn mẫu của BCĐ xây dựng NTM tỉnh Hà Tĩnh (số hiệu, ngày ban hành chưa rõ)',
  issuer: 'Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hà Tĩnh',
  signed: '2017-12-16',
  url: URLS.tanHuongVuonMau,
  provenance: 'partial',
  note:
    'The set is quoted by UBND xã Tân Hương (Q&A 346, undated), which stops inside criterion 4: ≥ 4 criteria, the total is ' +
    'not known (an income criterion is possible: "khu dân cư mẫu, vườn mẫu còn phải đảm bảo tiêu chí thu nhập"). First ' +
    'drafted 2010–2011 (vacvina); which version is quoted is not known. The signing date is NOT known: the engine needs a ' +
    'full date, and 16/12/2017 is the earliest dated report (reference §5.2) of gardens built as vườn mẫu under it — a date ' +
    'by which the set was in use, not its date of issue.',
};

/** A row of the vườn mẫu set as quoted by the Tân Hương page. */
export function noiDungVuon(code: string, note?: string): CitationPatch {
  return {
    item: code,
    url: URLS.tanHuongVuonMau,
    provenance: 'partial',
    note: `Paraphrase by a commune website of the BCĐ's set (not the official text).${note ? ` ${note}` : ''}`,
  };
}
