// The one disposition table: what each final outcome of an application is — its label and the
// article it rests on (as seeded into the catalogue), its group (which sets the letter's required
// content), the regimes it exists under, the letter that carries it, its cells in the 2017 and
// 2021 year tables, the reply-form fields it needs, and whether its letter asserts a third party's
// objection. The seed migration is tested against it (tests/integration/disposition-table.test.ts).
import type { Regime } from '@/lib/deadlines/compute-deadlines';

export type DispositionGroup = 'disclose' | 'published' | 'partial' | 'deny' | 'unable' | 'noproc' | 'other' | 'abandoned' | 'rectify';
/** Reply-form fields beyond the disposition, its legal basis and the fee (which every reply has). */
type ReplyField = 'items' | 'form' | 'reasons' | 'withheld' | 'referTo' | 'overrides' | 'note';

export interface DispositionDef {
  label: string;
  article: string;
  group: DispositionGroup;
  regimes: readonly Regime[];
  /** The reply letter's kind; null when the outcome has no reply letter of its own. */
  letter: string | null;
  cell2017: string;
  cell2021: string;
  fields: readonly ReplyField[];
  /** The letter says a third party objected (art. 32), so an objection must be on file to say it. */
  assertsObjection?: boolean;
  /** A refusal (in whole or part) goes to review before suit, and its letter says so (行政复议法 art. 23). */
  reviewFirst?: boolean;
  /** Recorded by its own step (deemed abandonment, withdrawal), never by a reply. */
  byStep?: boolean;
  /** The outcome of a correction request (条例 art. 41), never of an application, and back. */
  rectify?: boolean;
}

const BOTH = ['2007', '2019'] as const;
const REFUSAL: readonly ReplyField[] = ['reasons'];
const deny = (label: string, article: string, cell2017: string, cell2021: string, letter: string, assertsObjection = false) =>
  ({
    label,
    article,
    group: 'deny',
    regimes: BOTH,
    letter,
    cell2017,
    cell2021,
    fields: REFUSAL,
    assertsObjection,
    reviewFirst: true,
  }) as const;

export const DISPOSITIONS = {
  published: {
    label: '已主动公开，告知获取方式和途径',
    article: '第三十六条第（一）项',
    group: 'published',
    regimes: BOTH,
    letter: 'reply_published',
    cell2017: '3.3.1',
    cell2021: '3.3.1',
    fields: ['note'],
  },
  granted: {
    label: '予以公开',
    article: '第三十六条第（二）项',
    group: 'disclose',
    regimes: BOTH,
    letter: 'reply_granted',
    cell2017: '3.3.2',
    cell2021: '3.3.1',
    fields: ['items', 'form', 'overrides', 'note'],
  },
  partial: {
    label: '部分公开（区分处理）',
    article: '第三十七条',
    group: 'partial',
    regimes: BOTH,
    letter: 'reply_partial',
    cell2017: '3.3.3',
    cell2021: '3.3.2',
    fields: ['items', 'form', 'withheld', 'reasons', 'overrides', 'note'],
    reviewFirst: true,
  },
  deny_state_secret: deny('不予公开：国家秘密', '第十四条', '3.3.4.1', '3.3.3.1', 'reply_deny_state_secret'),
  deny_law: deny('不予公开：其他法律行政法规禁止公开', '第十四条', '3.3.4.6', '3.3.3.2', 'reply_deny_law'),
  deny_security: deny('不予公开：危及国家安全、公共安全、经济安全、社会稳定', '第十四条', '3.3.4.4', '3.3.3.3', 'reply_deny_security'),
  deny_trade_secret: deny('不予公开：商业秘密（保护第三方合法权益）', '第十五条', '3.3.4.2', '3.3.3.4', 'reply_deny_trade_secret', true),
  deny_privacy: deny('不予公开：个人隐私（保护第三方合法权益）', '第十五条', '3.3.4.3', '3.3.3.4', 'reply_deny_privacy', true),
  deny_internal: deny('不予公开：内部事务信息', '第十六条第一款', '3.3.4.5', '3.3.3.5', 'reply_deny_internal'),
  deny_process: deny('不予公开：过程性信息', '第十六条第二款', '3.3.4.6', '3.3.3.6', 'reply_deny_process'),
  deny_enforcement: deny('不予公开：行政执法案卷', '第十六条第二款', '3.3.4.6', '3.3.3.7', 'reply_deny_enforcement'),
  deny_not_gov_info: deny('不予公开：不是《条例》所指政府信息', '2007年《条例》第二条', '3.3.4.5', '3.3.3.5', 'reply_deny_not_gov_info'),
  other_procedure: {
    label: '按工商、不动产登记等专门法律办理（告知通过其他途径）',
    article: '第三十六条第（七）项',
    group: 'other',
    regimes: ['2019'],
    letter: 'other_procedure',
    cell2017: '3.3.8',
    cell2021: '3.3.3.8',
    fields: REFUSAL,
  },
  not_held: unable('无法提供：本机关不掌握 / 信息不存在', '第三十六条第（四）项', '3.3.6', '3.3.4.1', 'unable_not_held'),
  not_this_agency: {
    ...unable('无法提供：不属于本机关公开，告知负责机关', '第三十六条第（五）项', '3.3.5', '3.3.4.1', 'unable_not_this_agency'),
    fields: ['reasons', 'referTo'],
  },
  needs_creation: unable('无法提供：没有现成信息，需另行制作', '第三十八条', '3.3.6', '3.3.4.2', 'unable_needs_creation'),
  unclear_after_correction: unable('无法提供：补正后申请内容仍不明确', '第三十条', '3.3.7', '3.3.4.3', 'unable_unclear'),
  amend_requested: {
    ...unable('告知作出更改补充（2007年条例下的答复）', '2007年《条例》第二十一条第（四）项', '3.3.7', '3.3.6.1', 'unable_amend'),
    regimes: ['2007'],
  },
  petition: noproc('不予处理：信访、举报、投诉类', '第三十九条第一款', '3.3.5.1', 'noproc_petition', BOTH),
  duplicate: noproc('不予处理：重复申请', '第三十六条第（六）项', '3.3.5.2', 'noproc_duplicate', BOTH),
  publication: noproc('不予处理：要求提供公开出版物', '第三十九条第二款', '3.3.5.3', 'noproc_publication'),
  mass: noproc('不予处理：无正当理由大量、频繁申请', '第三十五条', '3.3.5.4', 'noproc_mass'),
  confirmation: noproc('不予处理：要求确认或重新出具已获取信息', '第二条', '3.3.5.5', 'noproc_confirmation'),
  abandoned_no_correction: abandoned('视为放弃：逾期不补正', '第三十条', '3.3.7', '3.3.6.1', 'abandoned_no_correction'),
  abandoned_no_fee: abandoned('视为放弃：逾期未缴纳信息处理费', '第四十二条', '3.3.8', '3.3.6.2', 'abandoned_no_fee'),
  // 更正申请 (条例 art. 41; 2007年条例 art. 25¶2): counted outside table 三, so no cell of either table.
  rectified: rectify('予以更正', 'rectify_done', ['items']),
  rectify_refused: rectify('不予更正', 'rectify_refused', REFUSAL),
  rectify_referred: rectify('无权更正：转送有权更正的机关并告知申请人', 'rectify_referred', ['referTo']),
  other: {
    label: '其他处理（含申请人撤回）',
    article: '',
    group: 'other',
    regimes: BOTH,
    letter: null,
    cell2017: '3.3.8',
    cell2021: '3.3.6.3',
    fields: ['note'],
  },
} satisfies Record<string, DispositionDef>;

function unable(label: string, article: string, cell2017: string, cell2021: string, letter: string): DispositionDef {
  return { label, article, group: 'unable', regimes: BOTH, letter, cell2017, cell2021, fields: REFUSAL };
}
// The 2007 Regulation has no 不予处理 for publications, mass or confirmation requests.
function noproc(label: string, article: string, cell2021: string, letter: string, regimes: readonly Regime[] = ['2019']): DispositionDef {
  return { label, article, group: 'noproc', regimes, letter, cell2017: '3.3.8', cell2021, fields: REFUSAL };
}
function rectify(label: string, letter: string, fields: readonly ReplyField[]): DispositionDef {
  return { label, article: '第四十一条', group: 'rectify', regimes: BOTH, letter, cell2017: '', cell2021: '', fields, rectify: true };
}
function abandoned(label: string, article: string, cell2017: string, cell2021: string, letter: string): DispositionDef {
  return { label, article, group: 'abandoned', regimes: ['2019'], letter, cell2017, cell2021, fields: [], byStep: true };
}

export type DispositionCode = keyof typeof DISPOSITIONS;
export const DISPOSITION_CODES = Object.keys(DISPOSITIONS) as DispositionCode[];

export const dispositionDef = (code: string | null | undefined): DispositionDef | null =>
  code && Object.hasOwn(DISPOSITIONS, code) ? DISPOSITIONS[code as DispositionCode] : null;

const dispositionGroup = (code: string): DispositionGroup => dispositionDef(code)?.group ?? 'other';

/** Whether the disposition exists under this regime (e.g. 告知作出更改补充 only under 2007). */
export const appliesUnder = (code: string, regime: Regime) => !!dispositionDef(code)?.regimes.includes(regime);

/** A refusal, in whole or in part, or an answer that gives nothing, must say why. */
export const needsReasons = (code: string) => !!dispositionDef(code)?.fields.includes('reasons');

/** Information is provided (in whole or in part): copies, fees 按量, overriding a third party. */
export const discloses = (code: string) => ['disclose', 'partial'].includes(dispositionGroup(code));

/** Every disposition that releases information (予以公开, 部分公开): what art. 44 can make public. */
export const GRANTING_DISPOSITIONS = Object.keys(DISPOSITIONS).filter(discloses);

/** Deemed abandonment (arts. 30, 42): the case ends without the reply being given. */
export const isAbandonment = (code: string | null | undefined) => dispositionDef(code)?.group === 'abandoned';

/** Whether this outcome belongs to a correction request (条例 art. 41) rather than an application. */
export const isRectifyOutcome = (code: string | null | undefined) => !!dispositionDef(code)?.rectify;

/** Why this outcome can't end a request of this kind (an application's outcome on a correction request, or back). */
export function kindProblem(code: string, rectification: boolean): string | null {
  if (!dispositionDef(code) || isRectifyOutcome(code) === rectification) return null;
  return rectification
    ? '更正申请的处理结果只能是：予以更正、不予更正、转送有权更正的机关（第四十一条）'
    : '该处理结果只适用于更正申请，政府信息公开申请请选择公开申请的答复类型';
}

/** The dispositions a reply may carry under this regime, for an application or a correction request. */
export const replyDispositions = (regime: Regime, kind: 'application' | 'rectification' = 'application') =>
  DISPOSITION_CODES.filter(
    (c) => !dispositionDef(c)!.byStep && appliesUnder(c, regime) && isRectifyOutcome(c) === (kind === 'rectification'),
  );

const FORM_FIELDS: Record<ReplyField, string[]> = {
  items: ['items'],
  form: ['form'],
  reasons: ['reasons'],
  withheld: ['withheld'],
  referTo: ['referToName', 'referToContact', 'referUnknown'],
  overrides: ['overrides', 'publicInterest'],
  note: ['note'],
};

/** The reply form's words for a request to correct information (更正申请), where they differ from an application's. */
export const RECTIFY_FIELD_LABELS: Record<string, string> = {
  disposition: '处理结果',
  items: '已更正的内容（每行一项）',
  reasons: '不予更正的理由',
  referToName: '有权更正的机关',
  referToContact: '该机关联系方式',
};

/**
 * The reply form's fields for each disposition a case under `regime` may carry: its own, plus the
 * disposition, legal basis and (2019: art. 42) the fee, which every reply has.
 */
export function replyFormFields(regime: Regime, kind: 'application' | 'rectification' = 'application'): Record<string, string[]> {
  // No information processing fee on a correction: 国办函〔2020〕109号 charges for providing information.
  const always = [
    'disposition',
    'legalBasis',
    ...(regime === '2019' && kind === 'application' ? ['feeBasis', 'feeCount', 'feeSplitNote'] : []),
  ];
  return Object.fromEntries(
    replyDispositions(regime, kind).map((c) => [c, [...always, ...dispositionDef(c)!.fields.flatMap((f) => FORM_FIELDS[f])]]),
  );
}
