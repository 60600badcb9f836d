// The eleven classes of documents and their kinds (DOMAIN.md §Documents), with the default text of
// each. A kind's text is data: the default .docx templates are built from it, and an office can
// replace any of them with its own .docx using the same placeholders (see placeholders.ts). Which
// provision a letter cites comes from citations.ts, its remedy clause from remedy.ts, and when it
// may be issued and with which date from letter-rules.ts.
import type { CiteKey } from './citations';
import type { Para } from './docx-writer';
import type { RemedyKind } from './remedy';

export interface DocKind {
  id: string;
  cls: number;
  name: string;
  title: string;
  to: 'applicant' | 'thirdParty' | 'internal';
  body: string[];
  /** The provisions {basis} cites, in order (one statute named once). */
  cite?: CiteKey[];
  remedy: RemedyKind;
  slip?: string[];
}

export const CLASS_NAMES: Record<number, string> = {
  1: '登记与回执',
  2: '补正告知书',
  3: '说明理由告知书',
  4: '延期答复告知书',
  5: '征求意见',
  6: '收费通知书',
  7: '公开答复书',
  8: '部分公开答复书',
  9: '不予公开答复书',
  10: '无法提供答复书',
  11: '不予处理、终止类告知书',
  12: '更正申请告知书',
};

const OPENING = '本机关于{receivedOn}收到{pronoun}要求获取“{description}”的政府信息公开申请（编号：{trackingNo}）。';
const ITEMS = ['{#items}', '{index}. {name}', '{/items}'];
const DELIVERY = '本答复以{deliveryLabel}方式送达。';
const REASONS = '具体理由：{reasons}';

// A reply to the applicant: each carries the remedy clause of a reply.
const reply = (cls: number, id: string, name: string, title: string, cite: CiteKey[], body: string[]): DocKind => ({
  id,
  cls,
  name,
  title,
  to: 'applicant',
  remedy: 'reply',
  cite,
  body,
});
const deny = (id: string, reason: string, name: string, specific: CiteKey) =>
  reply(
    9,
    `reply_deny_${id}`,
    `不予公开答复书（${name}）`,
    '政府信息不予公开告知书',
    [specific, 'deny'],
    [OPENING, `经审查，{pronoun}申请获取的政府信息${reason}。根据{basis}的规定，本机关决定不予公开。`, REASONS, DELIVERY],
  );
const unable = (id: string, name: string, text: string, cite: CiteKey, extra: string[] = []) =>
  reply(10, `unable_${id}`, `无法提供答复书（${name}）`, '政府信息公开申请答复书', [cite], [OPENING, text, ...extra, DELIVERY]);
const noProcess = (id: string, name: string, text: string, cite: CiteKey[]) =>
  reply(11, `noproc_${id}`, `不予处理告知书（${name}）`, '政府信息公开申请不予处理告知书', cite, [OPENING, text, REASONS, DELIVERY]);
// A request to correct information about the applicant (条例 art. 41; 2007: art. 25¶2): its three answers.
const RECTIFY_OPENING = '本机关于{receivedOn}收到{pronoun}要求更正“{description}”的政府信息更正申请（编号：{trackingNo}）。';
const rectify = (id: string, name: string, title: string, body: string[]) =>
  reply(12, `rectify_${id}`, name, title, ['rectify'], [RECTIFY_OPENING, ...body, DELIVERY]);
const internal = (id: string, name: string, title: string, body: string[]): DocKind => ({
  id,
  cls: 1,
  name,
  title,
  to: 'internal',
  remedy: null,
  body,
});

export const KINDS: DocKind[] = [
  internal('register_form', '申请登记表', '政府信息公开申请登记表', [
    '申请编号：{trackingNo}',
    '申请人：{applicantName}（{applicantKindLabel}）',
    '{identity}',
    '联系电话：{phone}',
    '通信地址：{applicantAddress}',
    '申请方式：{channelLabel}',
    '收到申请日期：{receivedOn}',
    '所需信息：{description}',
    '获取形式：{formLabel}；获取方式：{deliveryLabel}',
    '答复期限：{dueOn}',
    '登记人：{clerkName}',
    '处理结果：{outcomeLine}',
    '答复：{replyLine}',
    '送达：{deliveryLine}',
  ]),
  {
    id: 'receipt',
    cls: 1,
    name: '申请接收回执',
    title: '政府信息公开申请接收回执',
    to: 'applicant',
    remedy: null,
    cite: ['replyDays'],
    body: [
      '本机关于{receivedOn}收到{pronoun}通过{channelLabel}方式提出的政府信息公开申请，所需信息为“{description}”，编号为{trackingNo}。',
      '本机关将依照{basis}的规定，在{replyDays}个工作日内（即{receiptDueOn}前）作出答复；需要补正、征求意见或者延长答复期限的，将另行书面告知。',
      '如有疑问，请与本机关联系（电话：{agencyPhone}），查询时请提供申请编号。',
    ],
  },
  {
    id: 'in_person_receipt',
    cls: 1,
    name: '当面申请签收单',
    title: '政府信息公开申请当面签收单',
    to: 'applicant',
    remedy: null,
    body: [
      '今收到{applicantName}当面提交的政府信息公开申请，所需信息为“{description}”，编号为{trackingNo}，收到日期为{receivedOn}。',
      '本机关将在{replyDays}个工作日内（即{receiptDueOn}前）作出答复。',
      '受理人：{clerkName}（签名）____________　　　日期：{receivedOn}',
      '申请人签收：____________　　　日期：____________',
    ],
  },
  internal('approval_form', '答复审批单（呈批单）', '政府信息公开申请答复审批单', [
    '申请编号：{trackingNo}',
    '申请人：{applicantName}（{applicantKindLabel}）',
    '收到申请日期：{receivedOn}；答复期限：{dueOn}',
    '所需信息：{description}',
    '拟答复类型：{dispositionLabel}',
    '法律依据：{legalBasis}',
    '承办人：{clerkName}　　提交日期：{replySubmittedOn}',
    '承办部门意见：',
    '{#opinions}',
    '{index}. {name}',
    '{/opinions}',
    '审核意见：{approvalOpinion}',
    '审核人：{approvalSigned}',
    '保密审查：{secrecyLine}',
    '签发：{signoffLine}',
  ]),
  // Internal handling (issue 30): the routing slip, the departments' opinions side by side (会签),
  // and the drafts of the office's answers to a review and a suit — internal, without a 文号.
  internal('routing_slip', '转办单', '政府信息公开申请转办单', [
    '申请编号：{trackingNo}',
    '申请人：{applicantName}（{applicantKindLabel}）',
    '收到申请日期：{receivedOn}；法定答复期限：{dueOn}',
    '所需信息：{description}',
    '需答复的问题：{routeQuestion}',
    '承办部门及内部办理期限：',
    '{#routes}',
    '{index}. {name}',
    '{/routes}',
    '请承办部门签收后在内部办理期限内提出拟办意见（予以公开、部分公开、不予公开等，并附拟公开的信息）；不属于本部门职责的，请说明理由退回。',
    '转办人：{clerkName}',
    '签收人：____________　　签收日期：____________',
  ]),
  internal('countersign_record', '会签意见表', '政府信息公开申请会签意见表', [
    '申请编号：{trackingNo}',
    '所需信息：{description}',
    '各承办部门意见：',
    '{#opinions}',
    '{index}. {name}',
    '{/opinions}',
    '公开办意见：____________________________　　经办人：{clerkName}',
  ]),
  internal('review_answer', '行政复议答复书（草稿）', '行政复议答复书（草稿）', [
    '草稿：本答复书由系统根据案卷生成，请补充、核对后定稿，于{answerDueOn}前提交行政复议机构。',
    '被申请人：{agencyName}，地址：{agencyAddress}。',
    '申请人{applicantName}不服本机关对其政府信息公开申请（编号：{trackingNo}）的答复，向{reviewBody}申请行政复议，本机关于{noticeReceivedOn}收到行政复议申请书副本。现答复如下：',
    '一、事实',
    '本机关于{receivedOn}收到申请人要求获取“{description}”的政府信息公开申请。本机关作出并送达的文书：',
    '{#lettersIssued}',
    '{index}. {name}',
    '{/lettersIssued}',
    '{deliveryLine}。',
    '二、理由和依据',
    '本机关的答复类型为{dispositionLabel}，依据为{legalBasis}。本机关在法定期限内作出答复，程序合法。',
    '综上，请求行政复议机关依法维持本机关作出的政府信息公开答复。',
    '三、证据目录',
    '{#evidence}',
    '{index}. {name}',
    '{/evidence}',
  ]),
  internal('suit_defence', '行政应诉答辩状（草稿）', '行政诉讼答辩状（草稿）', [
    '草稿：本答辩状由系统根据案卷生成，请补充、核对后定稿，于{answerDueOn}前连同证据和依据提交人民法院。',
    '答辩人：{agencyName}，地址：{agencyAddress}。',
    '原告{applicantName}诉本机关政府信息公开一案（申请编号：{trackingNo}），本机关于{noticeReceivedOn}收到起诉状副本。现答辩如下：',
    '一、事实',
    '本机关于{receivedOn}收到原告要求获取“{description}”的政府信息公开申请。本机关作出并送达的文书：',
    '{#lettersIssued}',
    '{index}. {name}',
    '{/lettersIssued}',
    '{deliveryLine}。',
    '二、理由和依据',
    '本机关的答复类型为{dispositionLabel}，依据为{legalBasis}。本机关在法定期限内作出答复，认定事实清楚，适用法律正确，程序合法。',
    '综上，请求人民法院依法驳回原告的诉讼请求。',
    '三、证据目录',
    '{#evidence}',
    '{index}. {name}',
    '{/evidence}',
  ]),
  internal('delivery_receipt', '送达回证', '送达回证', [
    '受送达人：{applicantName}',
    '送达文书：{replyLetterTitle}（{replyDocNo}，申请编号{trackingNo}）',
    '送达方式：{deliveryLabel}　　送达地址：{applicantAddress}',
    '送达人：____________　　送达日期：____________',
    '受送达人签收：____________　　签收日期：____________',
    '（邮寄送达的，以邮件签收日期为送达日期；电子送达的，以电子数据到达日期为送达日期）',
  ]),
  {
    id: 'correction_notice',
    cls: 2,
    name: '补正告知书',
    title: '政府信息公开申请补正告知书',
    to: 'applicant',
    remedy: null,
    cite: ['correction'],
    body: [
      OPENING,
      '经审查，{pronoun}的申请内容不够明确，本机关无法确定{pronoun}所需的政府信息。根据{basis}的规定，请{pronoun}对申请作出如下补正：',
      '{correctionItems}',
      '请于{correctionLimitOn}前将补正后的申请提交本机关。答复期限自本机关收到补正后的申请之日起重新计算。{abandonNote}',
    ],
  },
  {
    id: 'reasons_notice',
    cls: 3,
    name: '说明理由告知书',
    title: '政府信息公开申请说明理由告知书',
    to: 'applicant',
    remedy: null,
    cite: ['reasons'],
    body: [
      OPENING,
      '经统计，{reasonsFacts}，数量、频次明显超过合理范围。根据{basis}的规定，请{pronoun}于{reasonsAnswerBy}前向本机关说明理由。本机关认为理由合理的，将确定延迟答复的合理期限并告知{pronoun}；认为理由不合理的，将告知{pronoun}不予处理。',
    ],
  },
  {
    id: 'custom_deadline_notice',
    cls: 3,
    name: '延迟答复合理期限告知书',
    title: '政府信息公开申请延迟答复告知书',
    to: 'applicant',
    remedy: null,
    cite: ['reasons'],
    body: [
      OPENING,
      '经统计，{reasonsFacts}，数量、频次明显超过合理范围。本机关于{reasonsRequestedOn}请{pronoun}说明理由，{pronoun}于{reasonsReceivedOn}说明：“{reasonsReceived}”。经审查，该理由合理，但本机关无法在规定期限内答复，原因是：{customReason}。根据{basis}的规定，本机关确定延迟答复的合理期限，将于{customDueOn}前作出答复。',
    ],
  },
  {
    id: 'extension_notice',
    cls: 4,
    name: '延期答复告知书',
    title: '政府信息公开延期答复告知书',
    to: 'applicant',
    remedy: null,
    cite: ['extension'],
    body: [
      OPENING,
      '因{extensionReason}，本机关不能在{baseDueOn}前作出答复。根据{basis}的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{extensionDays}个工作日，本机关将于{dueOn}前作出答复。',
    ],
  },
  {
    id: 'consult_third_party',
    cls: 5,
    name: '征求意见书（第三方）',
    title: '政府信息公开征求第三方意见书',
    to: 'thirdParty',
    remedy: null,
    cite: ['consultThirdParty'],
    body: [
      '本机关于{receivedOn}收到{applicantName}提出的政府信息公开申请（编号：{trackingNo}），所申请的“{description}”涉及贵方，公开后可能损害贵方的合法权益。',
      '根据{basis}的规定，现书面征求贵方意见。请于收到本意见书之日起15个工作日内提出意见并将回执寄回本机关。{thirdPartyRule}',
    ],
    slip: [
      '——————————　回　执　——————————',
      '关于编号{trackingNo}的政府信息公开申请，本方意见：□同意公开　　□不同意公开',
      '理由：________________________________',
      '第三方（签章）：____________　　日期：____________',
    ],
  },
  {
    id: 'consult_agency',
    cls: 5,
    name: '征求意见函（共同制作机关）',
    title: '政府信息公开征求意见函',
    to: 'thirdParty',
    remedy: null,
    cite: ['consultAgency'],
    body: [
      '本机关于{receivedOn}收到{applicantName}提出的政府信息公开申请（编号：{trackingNo}），所申请的“{description}”系本机关与贵机关共同制作。',
      '根据{basis}的规定，现征求贵机关意见，请于收到本函之日起15个工作日内函复本机关；逾期未提出意见的，视为同意公开。',
    ],
  },
  {
    id: 'consult_notice_applicant',
    cls: 5,
    name: '征求意见告知书（申请人）',
    title: '政府信息公开征求意见告知书',
    to: 'applicant',
    remedy: null,
    cite: ['consultPause'],
    body: [
      OPENING,
      // A co-producing agency (art. 34) is 有关行政机关, never 第三方.
      '因{pronoun}申请的政府信息{consultedSubject}，本机关已于{consultationSentOn}书面征求{consultedWhom}意见。根据{basis}的规定，征求{consultedWhom}意见所需时间不计算在答复期限内。本机关将在收到{consultedWhom}意见或征求意见期限届满后及时作出答复。',
    ],
  },
  {
    id: 'consult_confirmation',
    cls: 5,
    name: '征求意见确认函（第三方）',
    title: '政府信息公开征求意见确认函',
    to: 'thirdParty',
    remedy: null,
    cite: ['consultThirdParty'],
    body: [
      '贵方关于{applicantName}申请公开“{description}”（编号：{trackingNo}）的意见，本机关已于{consultationAnsweredOn}收到。本机关将依照{basis}的规定研究处理，作出决定后将书面告知贵方。',
    ],
  },
  {
    id: 'disclosure_notice_third_party',
    cls: 5,
    name: '依申请公开告知书（第三方）',
    title: '依申请公开政府信息告知书',
    to: 'thirdParty',
    remedy: 'decision',
    cite: ['consultThirdParty'],
    body: [
      '本机关于{consultationSentOn}就{applicantName}申请公开的“{description}”（编号：{trackingNo}）征求贵方意见，贵方不同意公开。',
      '经审查，本机关认为不公开可能对公共利益造成重大影响，根据{basis}的规定，决定不采纳贵方意见，予以公开。决定公开的内容：{disclosedItems}。',
      '决定公开的理由：{publicInterest}',
    ],
  },
  {
    id: 'third_party_outcome',
    cls: 5,
    name: '告知第三方处理结果',
    title: '告知第三方处理结果书',
    to: 'thirdParty',
    remedy: null,
    cite: ['consultThirdParty'],
    body: [
      '本机关于{consultationSentOn}就{applicantName}申请公开的“{description}”（编号：{trackingNo}）征求贵方意见，贵方不同意公开。',
      '经审查，根据{basis}的规定，本机关对涉及贵方的信息决定不予公开。特此告知。',
    ],
  },
  {
    id: 'fee_notice',
    cls: 6,
    name: '收费通知书',
    title: '政府信息公开信息处理费收费通知书',
    to: 'applicant',
    remedy: null,
    cite: ['fee'],
    body: [
      OPENING,
      '{pronoun}申请公开政府信息的数量、频次明显超过合理范围。根据{basis}和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费。',
      '计收方式：{feeBasis}；计费数量：{feeCount}；收费标准：{feeRate}；应缴金额：人民币{feeAmount}元。',
      '请自收到本通知次日起20个工作日内缴纳，缴费方式：{feePayment}。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。本机关收到{pronoun}缴纳的费用后，向{pronoun}送达答复；缴费期间不计算在答复期限内。',
    ],
  },
  {
    id: 'reply_granted',
    cls: 7,
    name: '公开答复书（予以公开）',
    title: '政府信息公开申请答复书',
    to: 'applicant',
    remedy: 'reply',
    cite: ['granted'],
    body: [
      OPENING,
      '经审查，{pronoun}申请获取的政府信息属于公开范围。根据{basis}的规定，本机关决定予以公开，现提供如下：',
      ...ITEMS,
      '提供形式：{formLabel}。{replyNote}',
      DELIVERY,
    ],
  },
  {
    id: 'reply_published',
    cls: 7,
    name: '公开答复书（已主动公开）',
    title: '政府信息公开申请答复书',
    to: 'applicant',
    remedy: 'reply',
    cite: ['published'],
    body: [
      OPENING,
      '经审查，{pronoun}申请获取的政府信息已经主动公开。根据{basis}的规定，现告知{pronoun}获取该政府信息的方式和途径：{accessRoute}',
      DELIVERY,
    ],
  },
  {
    id: 'reply_partial',
    cls: 8,
    name: '部分公开答复书',
    title: '政府信息部分公开告知书',
    to: 'applicant',
    remedy: 'reply',
    cite: ['partial'],
    body: [
      OPENING,
      '经审查，{pronoun}申请获取的政府信息中，{withheld}不应当公开，理由是：{reasons}。根据{basis}的规定，本机关对能够作区分处理的部分予以公开，现提供如下：',
      ...ITEMS,
      '提供形式：{formLabel}。{replyNote}',
      DELIVERY,
    ],
  },
  deny('state_secret', '属于国家秘密', '国家秘密', 'denySecret'),
  deny('law', '属于法律、行政法规禁止公开的信息', '法律法规禁止公开', 'denySecret'),
  deny('security', '公开后可能危及国家安全、公共安全、经济安全、社会稳定', '三安全一稳定', 'denySecret'),
  deny('trade_secret', '涉及商业秘密，{thirdPartyStance}', '商业秘密', 'denyThirdParty'),
  deny('privacy', '涉及个人隐私，{thirdPartyStance}', '个人隐私', 'denyThirdParty'),
  deny('internal', '属于人事管理、后勤管理、内部工作流程等方面的内部事务信息', '内部事务信息', 'denyInternal'),
  deny(
    'process',
    '属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息',
    '过程性信息',
    'denyInternal',
  ),
  deny('enforcement', '属于行政执法案卷信息', '行政执法案卷', 'denyInternal'),
  deny('not_gov_info', '不属于《中华人民共和国政府信息公开条例》所指的政府信息', '非政府信息', 'denyNotGovInfo'),
  unable(
    'not_held',
    '信息不存在',
    '经检索查找，本机关未制作或者获取{pronoun}所申请的政府信息。根据{basis}的规定，告知{pronoun}该政府信息不存在。检索情况：{reasons}',
    'notHeld',
  ),
  unable(
    'not_this_agency',
    '非本机关',
    '经审查，{pronoun}申请获取的政府信息不属于本机关负责公开。根据{basis}的规定，告知如下：{referText}',
    'notThisAgency',
    [REASONS], // art. 36(5): the reason as well as the responsible agency
  ),
  unable(
    'needs_creation',
    '需另行制作',
    '经审查，本机关没有{pronoun}所申请的现成信息，需要对现有政府信息进行加工、分析方能形成。根据{basis}的规定，本机关不予提供。具体理由：{reasons}',
    'needsCreation',
  ),
  unable(
    'unclear',
    '补正后仍不明确',
    '本机关于{correctionRequestedOn}向{pronoun}发出补正告知，{pronoun}补正后的申请内容仍不明确，本机关无法确定{pronoun}所需的政府信息。根据{basis}的规定，本机关无法提供。具体理由：{reasons}',
    'unclear',
  ),
  unable(
    'amend',
    '告知作出更改补充',
    '经审查，{pronoun}的申请内容不明确。根据{basis}的规定，请{pronoun}对申请作出更改、补充：{reasons}',
    'amend',
  ),
  noProcess(
    'petition',
    '信访举报投诉',
    '经审查，{pronoun}的申请实际是以政府信息公开申请的形式进行信访、投诉、举报等活动。根据{basis}的规定，本机关不作为政府信息公开申请处理，请{pronoun}通过相应渠道提出。',
    ['petition'],
  ),
  noProcess(
    'duplicate',
    '重复申请',
    // Whether the earlier application was answered or is still being handled is in the reasons.
    '经审查，{pronoun}已就相同内容提出过政府信息公开申请。根据{basis}的规定，本机关不予重复处理。',
    ['duplicate'],
  ),
  noProcess(
    'publication',
    '公开出版物',
    '经审查，{pronoun}申请获取的是公开出版物。根据{basis}的规定，请{pronoun}通过公开出版物的发行渠道获取。',
    ['publication'],
  ),
  noProcess(
    'mass',
    '大量反复申请',
    '经统计，{reasonsFacts}，数量、频次明显超过合理范围。本机关于{reasonsRequestedOn}请{pronoun}说明理由，{reasonsOutcome}根据{basis}的规定，本机关不予处理。',
    ['mass'],
  ),
  noProcess(
    'confirmation',
    '要求确认或重新出具',
    // Art. 2: what the Regulation opens is information already made or obtained and kept; a request
    // to confirm, certify or re-issue what the applicant already holds asks for a new act instead.
    '经审查，{pronoun}的申请系要求本机关确认或者重新出具{pronoun}已获取的信息，所要求的不是本机关在履行行政管理职能过程中制作或者获取的、以一定形式记录、保存的现有信息。根据{basis}的规定，该申请不属于政府信息公开申请，本机关不予处理。',
    ['confirmation'],
  ),
  {
    id: 'abandoned_no_correction',
    cls: 11,
    name: '视为放弃申请告知书（逾期不补正）',
    title: '视为放弃政府信息公开申请告知书',
    to: 'applicant',
    remedy: 'reply',
    cite: ['abandonedNoCorrection'],
    body: [
      OPENING,
      '本机关于{correctionRequestedOn}向{pronoun}发出补正告知，补正期限至{correctionLimitOn}，{pronoun}无正当理由逾期未补正。根据{basis}的规定，视为{pronoun}放弃申请，本机关不再处理该政府信息公开申请。',
    ],
  },
  {
    id: 'abandoned_no_fee',
    cls: 11,
    name: '视为放弃申请告知书（逾期未缴费）',
    title: '视为放弃政府信息公开申请告知书',
    to: 'applicant',
    remedy: 'reply',
    cite: ['abandonedNoFee'],
    body: [
      OPENING,
      '本机关于{feeNoticeOn}向{pronoun}发出《政府信息公开信息处理费收费通知书》（{feeNoticeNo}），{pronoun}于{feeNoticeServedOn}收到该通知，至{feeDueOn}未缴纳信息处理费。根据{basis}和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，视为{pronoun}放弃申请，本机关不再处理该政府信息公开申请。',
    ],
  },
  {
    id: 'other_procedure',
    cls: 11,
    name: '其他途径办理告知书',
    title: '政府信息公开申请告知书',
    to: 'applicant',
    remedy: 'reply',
    cite: ['otherProcedure'],
    body: [
      OPENING,
      '经审查，{pronoun}申请获取的信息属于法律、行政法规对信息的获取有特别规定的情形。根据{basis}的规定，请{pronoun}依照有关法律、行政法规的规定办理。',
      REASONS,
      DELIVERY,
    ],
  },
  {
    id: 'withdrawal_confirmation',
    cls: 11,
    name: '撤回申请确认书（终止办理）',
    title: '政府信息公开申请终止办理告知书',
    to: 'applicant',
    remedy: null,
    body: [OPENING, '{pronoun}于{withdrawnOn}撤回该申请。本机关终止办理该政府信息公开申请。'],
  },
  rectify('done', '更正告知书（予以更正）', '政府信息更正告知书', [
    '经审查，{pronoun}提供的证据能够证明本机关提供的与{pronoun}自身相关的政府信息记录不准确。根据{basis}的规定，本机关已予以更正。更正的内容如下：',
    ...ITEMS,
  ]),
  rectify('refused', '不予更正告知书', '政府信息不予更正告知书', [
    '经审查，{pronoun}未能提供证据证明该政府信息记录不准确，或者要求更正的内容不属于本机关提供的与{pronoun}自身相关的政府信息。根据{basis}的规定，本机关决定不予更正。',
    REASONS,
  ]),
  rectify('referred', '转送告知书（无权更正）', '政府信息更正申请转送告知书', [
    '经审查，该政府信息不属于本机关的更正权限范围。根据{basis}的规定，{rectifyReferText}',
  ]),
];

export const kindById = (id: string) => KINDS.find((k) => k.id === id);

/** The paragraphs of a kind's default template. */
export function defaultParagraphs(k: DocKind): Para[] {
  const to = k.to === 'applicant' ? '{applicantName}：' : k.to === 'thirdParty' ? '{thirdParty}：' : '';
  const plain = (t: string) =>
    k.to === 'internal' || t.startsWith('{#') || t.startsWith('{/') || t.startsWith('{index}') || t === '{identity}';
  return [
    { kind: 'title', text: k.title },
    ...(k.to === 'internal' ? [] : [{ kind: 'docNo' as const, text: '{docNo}' }]),
    { kind: 'blank', text: '' },
    ...(to ? [{ kind: 'addressee' as const, text: to }] : []),
    ...k.body.map((text) => ({ kind: (plain(text) ? 'plain' : 'body') as Para['kind'], text })),
    ...(k.remedy ? [{ kind: 'body' as const, text: '{remedyClause}' }] : []),
    // The signature block stays on the page of the last lines, with room for the seal (GB/T 9704).
    { kind: 'sealSpace', text: '' },
    { kind: 'signature', text: '{agencyName}' },
    { kind: 'date', text: '{issueDate}' },
    ...(k.to === 'internal' ? [] : [{ kind: 'note' as const, text: '（联系人：{clerkName}　联系电话：{agencyPhone}）' }]),
    ...(k.slip ?? []).map((text) => ({ kind: 'slip' as const, text })),
  ];
}
