// The placeholders every template may use, and how they are filled from a case. An uploaded
// template using any other name is refused (with the names). A placeholder the case has no value
// for is left missing (not ''), so the letter is refused by name instead of going out with a blank.
import { objectingParties } from '@/lib/cases/third-parties';
import { formatCn, type IsoDate } from '@/lib/shared/dates';
import type { Calendar } from '@/lib/deadlines/calendar';
import { computeDeadlines, RULES, type Deadlines } from '@/lib/deadlines/compute-deadlines';
import type { CaseState } from '@/lib/cases/case-state';
import { FEE_BASES, FEE_RATES, feeCountLabel } from '@/lib/cases/fee';
import {
  APPLICANT_KIND_LABELS,
  CHANNEL_LABELS,
  DELIVERY_LABELS,
  FORM_LABELS,
  type ApplicantKind,
  type Channel,
  type DeliveryMethod,
} from '@/lib/cases/labels';
import { xmlSafe } from '@/lib/shared/text';
import { basisFor } from './basis';
import { cite } from './citations';
import { kindById, type DocKind } from './catalog';
import { replyKindFor } from './letter-rules';
import { remedyClause, reviewBodyFor, selfName, type RemedyAgency } from './remedy';
import { handlingValues } from './handling-values';

export const PLACEHOLDERS: Record<string, string> = {
  docNo: '文号',
  issueDate: '成文日期',
  agencyName: '机关名称',
  agencyAddress: '机关地址',
  agencyPhone: '联系电话',
  agencyPostcode: '邮政编码',
  reviewBody: '行政复议机关',
  court: '管辖法院',
  remedyClause: '救济途径告知',
  basis: '法律依据（本文书引用的条款）',
  clerkName: '承办人',
  approverName: '审批人',
  trackingNo: '申请编号',
  applicantName: '申请人',
  pronoun: '称谓（您／贵单位）',
  identity: '身份证件或统一社会信用代码',
  applicantKindLabel: '申请人类型',
  idType: '证件类型',
  idNumber: '证件号码',
  phone: '申请人电话',
  applicantAddress: '申请人地址',
  channelLabel: '申请方式',
  receivedOn: '收到申请日期',
  description: '所需信息',
  formLabel: '提供形式',
  deliveryLabel: '送达方式',
  replyDays: '答复期限天数',
  dueOn: '答复期限',
  baseDueOn: '原答复期限',
  extensionDays: '延长天数',
  extensionReason: '延期理由',
  extensionLaw: '延期依据',
  correctionItems: '补正内容',
  correctionRequestedOn: '补正告知日期',
  correctionLimitOn: '补正期限',
  abandonNote: '逾期不补正的后果',
  thirdParty: '第三方',
  consultationSentOn: '征求意见日期',
  consultationAnsweredOn: '收到第三方意见日期',
  customDueOn: '合理期限',
  customReason: '确定合理期限的理由',
  feeAmount: '收费金额（元）',
  feeBasis: '计收方式',
  feeCount: '计费数量',
  feeRate: '收费标准',
  feeDueOn: '缴费期限',
  feeNoticeOn: '收费通知日期',
  feeNoticeNo: '收费通知书文号',
  receiptDueOn: '收到申请时的答复期限',
  outcomeLine: '处理结果',
  replyLine: '答复情况',
  deliveryLine: '送达情况',
  approvalOpinion: '审核意见',
  approvalSigned: '审核人和日期',
  replyLetterTitle: '答复书名称（请先出具答复书）',
  replyDocNo: '答复书文号（请先出具答复书）',
  feeNoticeServedOn: '收费通知送达日期',
  reasonsFacts: '申请数量和期间（要求说明理由时登记）',
  reasonsAnswerBy: '说明理由的期限',
  reasonsRequestedOn: '要求说明理由的日期',
  reasonsReceivedOn: '收到申请人说明理由的日期',
  reasonsReceived: '申请人说明的理由',
  reasonsOutcome: '申请人说明理由的情况',
  feePayment: '缴费方式',
  dispositionLabel: '处理结果',
  legalBasis: '承办人填写的法律依据',
  replyNote: '答复说明',
  reasons: '理由',
  withheld: '不予公开的部分',
  referText: '负责公开的机关及联系方式',
  rectifyReferText: '有权更正的机关及联系方式（更正申请转送时）',
  accessRoute: '获取途径',
  publicInterest: '决定公开的理由',
  thirdPartyStance: '第三方意见（不予公开的理由中）',
  thirdPartyRule: '第三方意见的效力（征求意见书中）',
  consultedWhom: '被征求意见的一方（第三方或有关行政机关）',
  consultedSubject: '征求意见的缘由',
  disclosedItems: '决定公开的内容',
  replySubmittedOn: '提交审核日期',
  withdrawnOn: '撤回日期',
  items: '公开的信息（循环）',
  routes: '转办的部门及内部办理期限（循环）',
  opinions: '各承办部门的拟办意见（循环）',
  lettersIssued: '已出具的文书及文号（循环）',
  evidence: '证据目录（循环）',
  routeQuestion: '转办需答复的问题',
  secrecyLine: '保密审查（审核时确认）',
  signoffLine: '领导签发',
  answerDueOn: '复议答复或应诉答辩的期限',
  noticeReceivedOn: '收到复议申请书或起诉状副本的日期',
  index: '序号（循环内）',
  name: '名称（循环内）',
};

/** Placeholders that may legitimately be empty (the sentence reads whole without them). */
const MAY_BE_EMPTY = new Set([
  'replyNote',
  'abandonNote',
  'idNumber',
  'idType',
  'phone',
  'applicantAddress',
  'agencyPostcode',
  'clerkName',
]);

export interface DocContext {
  kind: DocKind;
  agency: RemedyAgency & { address: string; phone: string; postcode: string; feePayment: string };
  row: {
    trackingNo: string;
    applicantName: string;
    applicantKind: string;
    idType: string;
    idNumber: string;
    phone: string;
    address: string;
    postcode: string;
    orgCode: string;
    contactPerson: string;
    channel: string;
    receivedOn: IsoDate;
    description: string;
    formWanted: string;
    deliveryWanted: string;
    regime: string;
  };
  state: CaseState;
  deadlines: Deadlines;
  cal: Calendar;
  party: string;
  reviewFirst: boolean;
  clerkName: string;
  approverName: string;
  dispositionLabel: string;
  /** The timeline's steps with who took them (the 审批单's chain); empty where unknown. */
  actors?: { type: string; data: unknown; name: string }[];
  docNo: string;
  issueDate: IsoDate;
}

const cn = (d: IsoDate | null | undefined) => (d ? formatCn(d) : '');
/** A quotation ends inside its own marks without a full stop of its own: “…方案”的. */
const quoted = (s: string) => s.replace(/[。．.；;，,\s]+$/u, '');

export function fillData(c: DocContext): Record<string, unknown> {
  const s = c.state;
  const r = c.row;
  const lastCorrection = s.corrections.at(-1);
  const consult = s.consultations.findLast((x) => !c.party || x.party === c.party);
  const reply = s.reply;
  const regime = r.regime === '2007' ? '2007' : '2019';
  const org = r.applicantKind !== 'natural';
  const pron = org ? '贵单位' : '您';
  const rr = s.reasonsRequest;
  const replyKind = replyKindFor(s.reply?.disposition);
  const replyIssued = replyKind && s.issued[replyKind] ? { ...s.issued[replyKind], title: kindById(replyKind)?.title ?? '' } : null;
  const values: Record<string, unknown> = {
    docNo: c.docNo,
    issueDate: cn(c.issueDate),
    agencyName: c.agency.name,
    agencyAddress: c.agency.address,
    agencyPhone: c.agency.phone,
    agencyPostcode: c.agency.postcode,
    reviewBody: reviewBodyFor(c.agency),
    court: c.agency.court || '有管辖权的人民法院',
    remedyClause: remedyClause(c.kind.remedy, c.agency, {
      reviewFirst: c.reviewFirst,
      partial: reply?.disposition === 'partial',
      issueDate: c.issueDate,
      self: selfName(c.kind.title),
      pronoun: pron,
    }),
    basis: basisFor(c.kind, regime),
    clerkName: c.clerkName,
    approverName: c.approverName || '本机关负责人',
    trackingNo: r.trackingNo,
    applicantName: r.applicantName,
    pronoun: pron,
    identity: org
      ? `统一社会信用代码：${r.orgCode || '（未提供）'}；联系人：${r.contactPerson || '（未提供）'}`
      : `证件：${[r.idType, r.idNumber].filter(Boolean).join(' ') || '（未提供）'}`,
    applicantKindLabel: APPLICANT_KIND_LABELS[r.applicantKind as ApplicantKind] ?? '',
    idType: r.idType,
    idNumber: r.idNumber,
    phone: r.phone,
    applicantAddress: [r.address, r.postcode].filter(Boolean).join(' '),
    channelLabel: CHANNEL_LABELS[r.channel as Channel] ?? '',
    receivedOn: cn(r.receivedOn),
    description: quoted(r.description),
    formLabel: FORM_LABELS[(reply?.form ?? r.formWanted) as 'paper'],
    deliveryLabel: DELIVERY_LABELS[(s.delivery?.method ?? r.deliveryWanted) as DeliveryMethod],
    replyDays: String(RULES[regime].replyDays),
    dueOn: cn(c.deadlines.dueOn),
    baseDueOn: cn(c.deadlines.baseDueOn),
    extensionDays: s.extensionDays ? String(s.extensionDays) : '',
    extensionReason: quoted(s.extensionReason ?? ''),
    // What an answer (or silence) means, by the regime: 2019 art. 32; 2007 art. 23 (an objection binds).
    thirdPartyRule:
      regime === '2019'
        ? '逾期未提出意见的，由本机关依照有关规定决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的内容和理由书面告知贵方。'
        : '第三方不同意公开的，本机关不予公开；但本机关认为不公开可能对公共利益造成重大影响的，应当予以公开，并将决定公开的政府信息内容和理由书面通知贵方。',
    extensionLaw: cite(regime, 'extension'),
    correctionItems: lastCorrection?.items ?? '',
    correctionRequestedOn: cn(lastCorrection?.requestedOn),
    correctionLimitOn: cn(lastCorrection?.limitOn),
    abandonNote: regime === '2019' ? '无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。' : '',
    thirdParty: c.party || consult?.party || '',
    consultationSentOn: cn(consult?.sentOn),
    consultedWhom: consult?.partyKind === 'agency' ? '有关行政机关' : '第三方',
    consultedSubject: consult?.partyKind === 'agency' ? '系本机关与其他行政机关共同制作' : '涉及第三方合法权益',
    consultationAnsweredOn: cn(consult?.answeredOn),
    customDueOn: cn(s.customDueOn),
    customReason: s.customReason ?? s.pendingCustom?.reason ?? '',
    feeAmount: reply?.feeYuan ? reply.feeYuan.toFixed(2) : '',
    feeBasis: reply?.fee ? FEE_BASES[reply.fee.basis] : '',
    feeCount: reply?.fee ? feeCountLabel(reply.fee.basis, reply.fee.count) : '',
    feeRate: reply?.fee ? FEE_RATES[reply.fee.basis] : '',
    // The last day to pay runs from the notice's service (109号), never from the letter or the approval.
    feeDueOn: cn(c.deadlines.feePaymentDueOn),
    feeNoticeOn: cn(s.issued.fee_notice?.on),
    // A receipt states the deadline as it stood on receipt: re-issued later, it still says that.
    receiptDueOn: cn(computeDeadlines(c.cal, { receivedOn: s.receivedOn }).dueOn),
    outcomeLine: s.closedOn ? `${c.dispositionLabel || '已办结'}（${cn(s.closedOn)}办结）` : '尚未办结',
    replyLine: s.approvedOn
      ? `${c.dispositionLabel}，${cn(s.approvedOn)}审核通过${replyIssued ? `，${replyIssued.docNo}` : ''}`
      : '尚未答复',
    deliveryLine: s.delivery
      ? `${cn(s.delivery.on)}以${DELIVERY_LABELS[s.delivery.method as DeliveryMethod] ?? '其他'}方式送达${s.delivery.postalTrackingNo ? `（邮件单号${s.delivery.postalTrackingNo}）` : ''}`
      : '尚未送达',
    approvalOpinion: s.approvedOn ? '同意' : '________________________________',
    approvalSigned: s.approvedOn ? `${c.approverName || '（审核人）'}　　日期：${cn(s.approvedOn)}` : '____________　　日期：____________',
    replyLetterTitle: replyIssued ? replyIssued.title : '',
    replyDocNo: replyIssued?.docNo ?? '',
    feeNoticeNo: s.issued.fee_notice?.docNo ?? '',
    feeNoticeServedOn: cn(s.feeNoticeServedOn),
    reasonsFacts: rr ? `${pron}于${cn(rr.periodFrom)}至${cn(rr.periodTo)}期间向本机关提出政府信息公开申请${rr.count}件` : '',
    reasonsAnswerBy: cn(rr?.answerBy),
    reasonsRequestedOn: cn(rr?.on),
    reasonsReceivedOn: cn(s.reasonsAnswer?.on),
    reasonsReceived: s.reasonsAnswer?.content ?? '',
    reasonsOutcome: s.reasonsAnswer
      ? `${pron}于${cn(s.reasonsAnswer.on)}说明：“${s.reasonsAnswer.content}”。经审查，该理由不合理。`
      : rr
        ? `说明理由的期限至${cn(rr.answerBy)}届满，${pron}未说明理由。`
        : '',
    feePayment: c.agency.feePayment || '按本机关通知的账户缴纳',
    dispositionLabel: c.dispositionLabel,
    legalBasis: reply?.legalBasis ?? '',
    replyNote: reply?.note ?? '',
    reasons: reply?.reasons ?? '',
    withheld: reply?.withheld ?? '',
    accessRoute: reply?.note ?? '',
    publicInterest: reply?.publicInterest ?? '',
    // A refusal says the third party objected only when an objection is on file (art. 32);
    // otherwise it gives the ground of art. 15 (2007: no consent of the right holder) alone.
    thirdPartyStance: objectingParties(s).length
      ? '第三方不同意公开，且不公开不会对公共利益造成重大影响'
      : regime === '2019'
        ? '公开会对第三方合法权益造成损害'
        : '未经权利人同意公开',
    referText: reply?.referTo
      ? `该政府信息由${reply.referTo.name}负责公开${reply.referTo.contact ? `，联系方式：${reply.referTo.contact}` : ''}。`
      : reply?.referUnknown
        ? '经核查，本机关无法确定负责公开该政府信息的行政机关。'
        : '',
    // Art. 41: the request goes on to the office that may correct it, and the applicant is told where.
    rectifyReferText: reply?.referTo
      ? `本机关已将${pron}的更正申请转送${reply.referTo.name}处理，特此告知。${reply.referTo.contact ? `该机关联系方式：${reply.referTo.contact}。` : ''}`
      : '',
    disclosedItems: (reply?.items ?? []).join('、'),
    replySubmittedOn: cn(reply?.submittedOn),
    withdrawnOn: cn(s.withdrawnOn),
    items: (reply?.items ?? []).map((name, i) => ({ index: i + 1, name: xmlSafe(name) })),
    ...handlingValues(c),
  };
  // Unknown to the case → missing, so the render refuses it by name (never a silent blank).
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'string') values[k] = v === '' && !MAY_BE_EMPTY.has(k) ? undefined : xmlSafe(v);
  }
  return values;
}
