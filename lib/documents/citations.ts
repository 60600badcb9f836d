// Which provision a letter cites, per regime: the 2019 Regulation for applications received from
// 2019-05-15, the 2007 one (国务院令第492号) before. Every letter takes its citations from here, so a
// 2007 case never cites a 2019 article or the reverse (a test reads every letter for it).
export type Regime = '2007' | '2019';

const LAW: Record<Regime, string> = {
  '2019': '《中华人民共和国政府信息公开条例》',
  '2007': '《中华人民共和国政府信息公开条例》（国务院令第492号）',
};

/** Before the 2019 revision the State Council's 2010 opinion filled the Regulation's gaps. */
const OPINION_2010 = '《国务院办公厅关于做好政府信息依申请公开工作的意见》（国办发〔2010〕5号）';

export type CiteKey =
  | 'correction'
  | 'extension'
  | 'consultThirdParty'
  | 'consultAgency'
  | 'consultPause'
  | 'reasons'
  | 'fee'
  | 'published'
  | 'granted'
  | 'partial'
  | 'deny'
  | 'denySecret'
  | 'denyThirdParty'
  | 'denyInternal'
  | 'denyNotGovInfo'
  | 'notHeld'
  | 'notThisAgency'
  | 'needsCreation'
  | 'unclear'
  | 'amend'
  | 'petition'
  | 'duplicate'
  | 'publication'
  | 'mass'
  | 'confirmation'
  | 'otherProcedure'
  | 'abandonedNoCorrection'
  | 'abandonedNoFee'
  | 'replyDays'
  | 'rectify';

/** [statute, provision]; a null provision cites the statute alone; a missing key has no basis in that regime. */
export const CITES: Record<Regime, Partial<Record<CiteKey, [string, string]>>> = {
  '2019': {
    correction: [LAW['2019'], '第三十条'],
    extension: [LAW['2019'], '第三十三条第二款'],
    consultThirdParty: [LAW['2019'], '第三十二条'],
    consultAgency: [LAW['2019'], '第三十四条'],
    consultPause: [LAW['2019'], '第三十三条第三款'],
    reasons: [LAW['2019'], '第三十五条'],
    fee: [LAW['2019'], '第四十二条'],
    published: [LAW['2019'], '第三十六条第（一）项'],
    granted: [LAW['2019'], '第三十六条第（二）项'],
    partial: [LAW['2019'], '第三十七条'],
    deny: [LAW['2019'], '第三十六条第（三）项'],
    denySecret: [LAW['2019'], '第十四条'],
    denyThirdParty: [LAW['2019'], '第十五条'],
    denyNotGovInfo: [LAW['2019'], '第二条'],
    denyInternal: [LAW['2019'], '第十六条'],
    notHeld: [LAW['2019'], '第三十六条第（四）项'],
    notThisAgency: [LAW['2019'], '第三十六条第（五）项'],
    needsCreation: [LAW['2019'], '第三十八条'],
    unclear: [LAW['2019'], '第三十条'],
    petition: [LAW['2019'], '第三十九条第一款'],
    duplicate: [LAW['2019'], '第三十六条第（六）项'],
    publication: [LAW['2019'], '第三十九条第二款'],
    mass: [LAW['2019'], '第三十五条'],
    confirmation: [LAW['2019'], '第二条'],
    otherProcedure: [LAW['2019'], '第三十六条第（七）项'],
    abandonedNoCorrection: [LAW['2019'], '第三十条'],
    abandonedNoFee: [LAW['2019'], '第四十二条'],
    replyDays: [LAW['2019'], '第三十三条第二款'],
    rectify: [LAW['2019'], '第四十一条'],
  },
  '2007': {
    correction: [LAW['2007'], '第二十一条第（四）项'],
    extension: [LAW['2007'], '第二十四条第二款'],
    consultThirdParty: [LAW['2007'], '第二十三条'],
    consultPause: [LAW['2007'], '第二十四条第三款'],
    fee: [LAW['2007'], '第二十七条'],
    published: [LAW['2007'], '第二十一条第（一）项'],
    granted: [LAW['2007'], '第二十一条第（一）项'],
    partial: [LAW['2007'], '第二十二条'],
    deny: [LAW['2007'], '第二十一条第（二）项'],
    denySecret: [LAW['2007'], '第十四条第四款'],
    denyNotGovInfo: [LAW['2007'], '第二条'],
    denyThirdParty: [LAW['2007'], '第十四条第四款'],
    denyInternal: [OPINION_2010, ''],
    notHeld: [LAW['2007'], '第二十一条第（三）项'],
    notThisAgency: [LAW['2007'], '第二十一条第（三）项'],
    needsCreation: [OPINION_2010, ''],
    unclear: [LAW['2007'], '第二十一条第（四）项'],
    amend: [LAW['2007'], '第二十一条第（四）项'],
    petition: [OPINION_2010, ''],
    duplicate: [OPINION_2010, ''],
    replyDays: [LAW['2007'], '第二十四条第二款'],
    rectify: [LAW['2007'], '第二十五条第二款'],
  },
};

/** "《…条例》第三十条" — the statute once, then its provision. */
export function cite(regime: Regime, key: CiteKey): string {
  const c = CITES[regime][key];
  return c ? `${c[0]}${c[1]}` : '';
}

export const hasBasis = (regime: Regime, key: CiteKey) => !!CITES[regime][key];

/** Every provision a regime's letters may cite (for the test that reads them). */
export function provisions(regime: Regime): string[] {
  return Object.values(CITES[regime])
    .map((c) => c![1])
    .filter(Boolean);
}
