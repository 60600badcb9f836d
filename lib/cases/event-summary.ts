// One line of plain Chinese per timeline event, from the data it carries.
import { formatCn } from '@/lib/deadlines/dates';
import { DELIVERY_LABELS, OUTCOME_LABELS, type DeliveryMethod, type Outcome } from './labels';

export function summarizeEvent(type: string, data: Record<string, unknown>, dispositionLabel: (code: string) => string): string {
  const s = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : '');
  const due = s('resultingDueOn') ? `答复期限：${formatCn(s('resultingDueOn'))}` : '';
  switch (type) {
    case 'registered': return due;
    case 'calendar_recomputed': return `${s('from') ? `原期限 ${formatCn(s('from'))}；` : ''}${due}`;
    case 'receipt_issued': return `编号 ${s('trackingNo')}`;
    case 'correction_requested': return `补正内容：${s('items')}；补正期限：${formatCn(s('limitOn'))}`;
    case 'correction_received': return [s('note'), due].filter(Boolean).join('；');
    case 'consultation_sent': return `对象：${s('party')}；${due}`;
    case 'consultation_answered': return [data.objection ? '第三方反对公开' : '第三方未反对', s('note'), due].filter(Boolean).join('；');
    case 'extension_requested': return `申请延长 ${data.workingDays} 个工作日：${s('reason')}`;
    case 'extension_approved': case 'custom_deadline_approved': return [s('comment'), due].filter(Boolean).join('；');
    case 'extension_refused': case 'custom_deadline_refused': case 'reply_approved': return s('comment');
    case 'custom_deadline_requested': return `拟定期限 ${formatCn(s('dueOn'))}：${s('reason')}`;
    case 'reply_submitted': return `${dispositionLabel(s('disposition'))}；依据：${s('legalBasis')}${Array.isArray(data.items) && data.items.length ? `；公开：${(data.items as string[]).join('、')}` : ''}`;
    case 'reply_returned': return `退回意见：${s('comment')}`;
    case 'delivered': return `${DELIVERY_LABELS[s('method') as DeliveryMethod] ?? s('method')}${s('postalTrackingNo') ? `，单号 ${s('postalTrackingNo')}` : ''}`;
    case 'document_issued': return `${s('name')} ${s('docNo')}${Number(data.version) > 1 ? `（第 ${data.version} 版）` : ''}`;
    case 'fee_paid': return `缴纳信息处理费 ${data.amountYuan} 元`;
    case 'abandoned': return data.reason === 'no_fee' ? '逾期未缴纳信息处理费' : '逾期不补正';
    case 'review_filed': return s('body');
    case 'suit_filed': return `${data.afterReview ? '经复议后起诉' : '直接起诉'}${s('court') ? `，${s('court')}` : ''}`;
    case 'review_decided': case 'suit_decided': return OUTCOME_LABELS[s('outcome') as Outcome] ?? '';
    default: return s('note');
  }
}
