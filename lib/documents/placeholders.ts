// The placeholders every template may use, and how they are filled from a case. An uploaded
// template using any other name is refused (with the names), so nothing prints blank by accident.
import { formatCn, type IsoDate } from '@/lib/shared/dates';
import { addWorkdays } from '@/lib/deadlines/count-workdays';
import type { Calendar } from '@/lib/deadlines/calendar';
import { RULES } from '@/lib/deadlines/compute-deadlines';
import type { CaseState } from '@/lib/cases/case-state';
import type { Deadlines } from '@/lib/deadlines/compute-deadlines';
import { APPLICANT_KIND_LABELS, CHANNEL_LABELS, DELIVERY_LABELS, FORM_LABELS, type ApplicantKind, type Channel, type DeliveryMethod } from '@/lib/cases/labels';

export const PLACEHOLDERS: Record<string, string> = {
  docNo: '文号', issueDate: '成文日期', agencyName: '机关名称', agencyAddress: '机关地址', agencyPhone: '联系电话', agencyPostcode: '邮政编码',
  reviewBody: '行政复议机关', court: '管辖法院', clerkName: '承办人', approverName: '审批人',
  trackingNo: '申请编号', applicantName: '申请人', applicantKindLabel: '申请人类型', idType: '证件类型', idNumber: '证件号码', phone: '申请人电话',
  applicantAddress: '申请人地址', channelLabel: '申请方式', receivedOn: '收到申请日期', description: '所需信息', formLabel: '提供形式',
  deliveryLabel: '送达方式', replyDays: '答复期限天数', dueOn: '答复期限', baseDueOn: '原答复期限', extensionDays: '延长天数',
  extensionReason: '延期理由', extensionLaw: '延期依据', correctionItems: '补正内容', correctionRequestedOn: '补正告知日期',
  correctionLimitOn: '补正期限', thirdParty: '第三方', consultationSentOn: '征求意见日期', thirdPartyDueOn: '第三方答复期限',
  feeAmount: '收费金额（元）', feeBasis: '收费依据', feeDueOn: '缴费期限', feePayment: '缴费方式', dispositionLabel: '处理结果',
  legalBasis: '法律依据', replyNote: '答复说明', items: '公开的信息（循环）', index: '序号（循环内）', name: '名称（循环内）',
};

export interface DocContext {
  agency: { name: string; address: string; phone: string; postcode: string; reviewBody: string; court: string; feePayment: string };
  row: {
    trackingNo: string; applicantName: string; applicantKind: string; idType: string; idNumber: string; phone: string; address: string; postcode: string;
    channel: string; receivedOn: IsoDate; description: string; formWanted: string; deliveryWanted: string; regime: string;
  };
  state: CaseState; deadlines: Deadlines; cal: Calendar;
  clerkName: string; approverName: string; dispositionLabel: string; docNo: string; issueDate: IsoDate;
}

const cn = (d: IsoDate | null | undefined) => (d ? formatCn(d) : '');

export function fillData(c: DocContext): Record<string, unknown> {
  const s = c.state;
  const lastCorrection = s.corrections.at(-1);
  const lastConsult = s.consultations.at(-1);
  const reply = s.reply;
  const regime = c.row.regime === '2007' ? '2007' : '2019';
  return {
    docNo: c.docNo, issueDate: cn(c.issueDate),
    agencyName: c.agency.name, agencyAddress: c.agency.address, agencyPhone: c.agency.phone, agencyPostcode: c.agency.postcode,
    reviewBody: c.agency.reviewBody || '本级人民政府或者上一级主管部门', court: c.agency.court || '有管辖权的人民法院',
    clerkName: c.clerkName, approverName: c.approverName || '政府信息公开工作机构负责人',
    trackingNo: c.row.trackingNo, applicantName: c.row.applicantName, applicantKindLabel: APPLICANT_KIND_LABELS[c.row.applicantKind as ApplicantKind] ?? '',
    idType: c.row.idType, idNumber: c.row.idNumber, phone: c.row.phone, applicantAddress: [c.row.address, c.row.postcode].filter(Boolean).join(' '),
    channelLabel: CHANNEL_LABELS[c.row.channel as Channel] ?? '', receivedOn: cn(c.row.receivedOn), description: c.row.description,
    formLabel: FORM_LABELS[(reply?.form ?? c.row.formWanted) as 'paper'] ?? '纸质', deliveryLabel: DELIVERY_LABELS[(s.delivery?.method ?? c.row.deliveryWanted) as DeliveryMethod] ?? '邮寄',
    replyDays: String(RULES[regime].replyDays), dueOn: cn(c.deadlines.dueOn), baseDueOn: cn(c.deadlines.baseDueOn),
    extensionDays: String(s.extensionDays || ''), extensionReason: s.extensionReason ?? s.pendingExtension?.reason ?? '',
    extensionLaw: regime === '2007' ? '2007年《中华人民共和国政府信息公开条例》第二十四条第二款' : '《中华人民共和国政府信息公开条例》第三十三条第二款',
    correctionItems: lastCorrection?.items ?? '', correctionRequestedOn: cn(lastCorrection?.requestedOn), correctionLimitOn: cn(lastCorrection?.limitOn),
    thirdParty: lastConsult?.party ?? '', consultationSentOn: cn(lastConsult?.sentOn),
    thirdPartyDueOn: lastConsult ? cn(addWorkdays(c.cal, lastConsult.sentOn, 15).date) : '',
    feeAmount: reply?.feeYuan ? reply.feeYuan.toFixed(2) : '', feeBasis: '按件计收或按量计收（国办函〔2020〕109号）',
    feeDueOn: cn(addWorkdays(c.cal, c.issueDate, 20).date), feePayment: c.agency.feePayment || '按本机关通知的账户缴纳',
    dispositionLabel: c.dispositionLabel, legalBasis: reply?.legalBasis ?? '', replyNote: reply?.note ?? '',
    items: (reply?.items ?? []).map((name, i) => ({ index: i + 1, name })),
  };
}
