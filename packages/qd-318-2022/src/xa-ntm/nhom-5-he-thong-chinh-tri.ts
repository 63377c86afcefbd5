// QĐ 318/QĐ-TTg, Phụ lục I — V. HỆ THỐNG CHÍNH TRỊ (tiêu chí 18–19)
import { atLeast, criterion, indicator, input, isTrue } from '@tieuchi/core';
import { pl1, tieuChi, URLS } from '../sources.js';

export const nhomV = [
  criterion(18, { vi: 'Hệ thống chính trị và tiếp cận pháp luật', en: 'Political system and access to law', group: 'V', source: tieuChi(18) }, [
    indicator('18.1', {
      vi: 'Cán bộ, công chức xã đạt chuẩn',
      en: 'Commune officials and civil servants meet the standards',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('18.1', { provenance: 'unverified', note: 'Reported form; threshold "Đạt".' }),
    }),
    indicator('18.2', {
      vi: 'Đảng bộ, chính quyền xã được xếp loại chất lượng "hoàn thành tốt nhiệm vụ" trở lên',
      en: 'The commune Party committee and government are rated "performed their tasks well" or better',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('18.2', { provenance: 'unverified', note: 'Reported form; threshold "Đạt".' }),
    }),
    indicator('18.3', {
      vi: 'Tổ chức chính trị - xã hội của xã được xếp loại chất lượng "hoàn thành tốt nhiệm vụ" trở lên',
      en: 'Share of the commune’s socio-political organisations rated "performed their tasks well" or better',
      input: input.percent(),
      rule: atLeast(100),
      source: pl1('18.3', { provenance: 'unverified', note: 'Reported form; 100% commonly reported.' }),
    }),
    indicator('18.4', {
      vi: 'Tổ chức xây dựng xã đạt chuẩn tiếp cận pháp luật',
      en: 'The commune is built to the access-to-law standard',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('18.4', { provenance: 'unverified', note: 'Reported form; threshold "Đạt".' }),
    }),
    indicator('18.5', {
      vi:
        'Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình; phòng chống xâm hại trẻ em; bảo vệ và hỗ trợ trẻ em có hoàn cảnh ' +
        'đặc biệt; bảo vệ và hỗ trợ người dễ bị tổn thương trong các lĩnh vực gia đình và đời sống xã hội',
      en:
        'Gender equality and prevention of domestic violence; prevention of child abuse; protection and support of children in ' +
        'special circumstances and of vulnerable people in family and social life',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('18.5', { provenance: 'unverified', note: 'Reported form; threshold "Đạt".' }),
    }),
    indicator('18.6', {
      vi:
        'Có kế hoạch và triển khai kế hoạch bồi dưỡng kiến thức về xây dựng nông thôn mới cho người dân, đào tạo nâng cao năng lực ' +
        'cộng đồng gắn với nâng cao hiệu quả hoạt động của Ban phát triển thôn',
      en:
        'A plan to train residents in new-rural development and build community capacity, tied to more effective village ' +
        'development boards, is adopted and carried out',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('18.6', { provenance: 'unverified', note: 'Reported form; threshold "Đạt".' }),
    }),
  ]),

  criterion(19, { vi: 'Quốc phòng và An ninh', en: 'Defence and security', group: 'V', source: tieuChi(19) }, [
    indicator('19.1', {
      vi: 'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quốc phòng',
      en: 'A "strong and widespread" militia is built and the defence targets are met',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('19.1', { provenance: 'unverified', note: 'Reported form; threshold "Đạt".' }),
    }),
    indicator('19.2', {
      vi: 'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên',
      en: 'The commune meets the standard of security, social order and peace',
      input: input.boolean(),
      rule: isTrue(),
      source: pl1('19.2', {
        provenance: 'unverified',
        url: URLS.chiTieu192,
        note:
          'Code 19.2 verified (Tuyên Quang NTM portal; Cà Mau PBGDPL); wording unverified (in use since QĐ 1980): no prolonged mass ' +
          'complaints, no serious crimes, crime and social evils contained or reduced compared with the previous year. Threshold "Đạt".',
      }),
    }),
  ]),
] as const;
