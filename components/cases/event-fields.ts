// The small form each case action shows. The rules behind them (roles, states, validation) are in
// lib/cases/events.ts; this only says which inputs to draw.
import type { EventType } from '@/lib/cases/events';
import { DELIVERY_LABELS, OUTCOME_LABELS } from '@/lib/cases/labels';

export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'lines' | 'money';
  options?: [string, string][];
  required?: boolean;
}

const outcome: FieldSpec = { name: 'outcome', label: '结果', kind: 'select', options: Object.entries(OUTCOME_LABELS) };

export const EVENT_FIELDS: Record<EventType, FieldSpec[]> = {
  correction_requested: [{ name: 'items', label: '需补正的内容', kind: 'textarea', required: true }, { name: 'limitOn', label: '补正期限', kind: 'date', required: true }],
  correction_received: [{ name: 'note', label: '说明', kind: 'text' }],
  consultation_sent: [
    { name: 'party', label: '征求意见对象', kind: 'text', required: true },
    { name: 'partyKind', label: '对象类型', kind: 'select', options: [['third_party', '第三方'], ['agency', '共同制作机关']] },
  ],
  consultation_answered: [{ name: 'objection', label: '第三方反对公开', kind: 'checkbox' }, { name: 'note', label: '答复摘要', kind: 'text' }],
  extension_requested: [{ name: 'workingDays', label: '延长工作日数', kind: 'number', required: true }, { name: 'reason', label: '延期理由', kind: 'textarea', required: true }],
  extension_approved: [{ name: 'comment', label: '审核意见', kind: 'text' }],
  extension_refused: [{ name: 'comment', label: '审核意见', kind: 'text', required: true }],
  custom_deadline_requested: [{ name: 'dueOn', label: '确定的答复期限', kind: 'date', required: true }, { name: 'reason', label: '理由', kind: 'textarea', required: true }],
  custom_deadline_approved: [{ name: 'comment', label: '审核意见', kind: 'text' }],
  custom_deadline_refused: [{ name: 'comment', label: '审核意见', kind: 'text', required: true }],
  reply_submitted: [
    { name: 'disposition', label: '答复类型', kind: 'select', required: true },
    { name: 'legalBasis', label: '法律依据', kind: 'textarea', required: true },
    { name: 'items', label: '公开的信息（每行一项）', kind: 'lines' },
    { name: 'form', label: '提供形式', kind: 'select', options: [['paper', '纸质'], ['electronic', '电子']] },
    { name: 'feeYuan', label: '信息处理费（元，无则留空）', kind: 'money' },
    { name: 'note', label: '说明', kind: 'textarea' },
  ],
  reply_returned: [{ name: 'comment', label: '退回意见', kind: 'textarea', required: true }],
  reply_approved: [{ name: 'comment', label: '审核意见', kind: 'text' }],
  delivered: [
    { name: 'method', label: '送达方式', kind: 'select', options: Object.entries(DELIVERY_LABELS) },
    { name: 'postalTrackingNo', label: '邮件单号', kind: 'text' },
  ],
  fee_paid: [{ name: 'amountYuan', label: '缴费金额（元）', kind: 'money', required: true }],
  withdrawn: [{ name: 'note', label: '说明', kind: 'text' }],
  abandoned: [{ name: 'reason', label: '原因', kind: 'select', options: [['no_correction', '逾期不补正'], ['no_fee', '逾期未缴纳信息处理费']] }],
  review_filed: [{ name: 'body', label: '复议机关', kind: 'text' }],
  review_decided: [outcome],
  suit_filed: [{ name: 'afterReview', label: '经复议后起诉', kind: 'checkbox' }, { name: 'court', label: '法院', kind: 'text' }],
  suit_decided: [outcome],
};

/** Final or outward-facing steps ask once for confirmation. */
export const CONFIRM: Partial<Record<EventType, string>> = {
  reply_approved: '确认审核通过该答复？通过后即可送达。',
  extension_approved: '确认同意延期？',
  custom_deadline_approved: '确认同意该合理期限？',
  delivered: '确认已送达？案件将办结。',
  withdrawn: '确认申请人已撤回？案件将办结。',
  abandoned: '确认视为放弃申请？案件将办结。',
};
