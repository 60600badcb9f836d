// Every step of a case is an event. This table says, for each event type, who may record it, in
// which states it makes sense, what it carries, and (in case-state.ts) what it changes.
import { z } from 'zod';
import type { Role } from '@/lib/auth/permissions';
import { DELIVERY_METHODS, OUTCOMES, type CaseStatus } from './labels';
import { isoDate, optionalText, text } from './text';

const money = z.number({ message: '金额须为数字' }).nonnegative('金额不能为负').max(1_000_000, '金额过大').multipleOf(0.01, '金额最多两位小数');

export const EVENT_DATA = {
  correction_requested: z.object({
    items: text('需补正的内容', 2000, { required: true, multiline: true }),
    limitOn: isoDate('补正期限'),
  }),
  correction_received: z.object({ note: optionalText('说明', 500) }),
  consultation_sent: z.object({
    party: text('征求意见对象', 200, { required: true }),
    partyKind: z.enum(['third_party', 'agency'], { message: '征求意见对象类型无效' }).default('third_party'),
  }),
  consultation_answered: z.object({
    objection: z.boolean({ message: '请说明第三方是否反对公开' }).default(false),
    note: optionalText('答复摘要', 1000),
  }),
  extension_requested: z.object({
    workingDays: z.number({ message: '延长天数须为数字' }).int('延长天数须为整数').min(1, '延长天数至少 1 天'),
    reason: text('延期理由', 1000, { required: true, multiline: true }),
  }),
  extension_approved: z.object({ comment: optionalText('审核意见', 1000) }),
  extension_refused: z.object({ comment: text('审核意见', 1000, { required: true }) }),
  custom_deadline_requested: z.object({
    dueOn: isoDate('确定的答复期限'),
    reason: text('理由（第三十五条）', 1000, { required: true, multiline: true }),
  }),
  custom_deadline_approved: z.object({ comment: optionalText('审核意见', 1000) }),
  custom_deadline_refused: z.object({ comment: text('审核意见', 1000, { required: true }) }),
  reply_submitted: z.object({
    disposition: z.string({ message: '请选择答复类型' }).min(1, '请选择答复类型').max(60),
    legalBasis: text('法律依据', 1000, { required: true, multiline: true }),
    items: z.array(text('公开的信息', 500, { required: true }), { message: '公开的信息须为列表' }).max(200, '公开的信息不超过 200 项').default([]),
    form: z.enum(['paper', 'electronic'], { message: '提供形式无效' }).default('paper'),
    feeYuan: money.optional().nullable(),
    note: optionalText('说明', 2000),
  }),
  reply_returned: z.object({ comment: text('退回意见', 1000, { required: true, multiline: true }) }),
  reply_approved: z.object({ comment: optionalText('审核意见', 1000) }),
  delivered: z.object({
    method: z.enum(DELIVERY_METHODS, { message: '送达方式无效' }),
    postalTrackingNo: optionalText('邮件单号', 40),
  }),
  fee_paid: z.object({ amountYuan: money.refine((v) => v > 0, '缴费金额须大于 0') }),
  withdrawn: z.object({ note: optionalText('说明', 500) }),
  abandoned: z.object({ reason: z.enum(['no_correction', 'no_fee'], { message: '放弃原因须为 no_correction 或 no_fee' }) }),
  review_filed: z.object({ body: optionalText('复议机关', 200) }),
  review_decided: z.object({ outcome: z.enum(OUTCOMES, { message: '结果须为 upheld、corrected、other 或 pending' }) }),
  suit_filed: z.object({ afterReview: z.boolean({ message: 'afterReview 须为 true 或 false' }), court: optionalText('法院', 200) }),
  suit_decided: z.object({ outcome: z.enum(OUTCOMES, { message: '结果须为 upheld、corrected、other 或 pending' }) }),
} as const;

export type EventType = keyof typeof EVENT_DATA;
export const EVENT_TYPES = Object.keys(EVENT_DATA) as EventType[];
export type EventData<T extends EventType> = z.output<(typeof EVENT_DATA)[T]>;

const RUNNING: CaseStatus[] = ['open', 'consulting'];
const NOT_CLOSED: CaseStatus[] = ['open', 'correction', 'consulting', 'review', 'approved'];

export const EVENT_RULES: Record<EventType, { label: string; roles: Role[]; from: CaseStatus[] }> = {
  correction_requested: { label: '发出补正告知', roles: ['clerk'], from: ['open'] },
  correction_received: { label: '收到补正', roles: ['clerk'], from: ['correction'] },
  consultation_sent: { label: '发出征求意见', roles: ['clerk'], from: ['open'] },
  consultation_answered: { label: '收到征求意见答复', roles: ['clerk'], from: ['consulting'] },
  extension_requested: { label: '申请延期', roles: ['clerk'], from: RUNNING },
  extension_approved: { label: '同意延期', roles: ['reviewer'], from: RUNNING },
  extension_refused: { label: '不同意延期', roles: ['reviewer'], from: RUNNING },
  custom_deadline_requested: { label: '申请确定合理期限（第三十五条）', roles: ['clerk'], from: RUNNING },
  custom_deadline_approved: { label: '同意合理期限', roles: ['reviewer'], from: RUNNING },
  custom_deadline_refused: { label: '不同意合理期限', roles: ['reviewer'], from: RUNNING },
  reply_submitted: { label: '提交答复送审', roles: ['clerk'], from: ['open'] },
  reply_returned: { label: '退回答复', roles: ['reviewer'], from: ['review'] },
  reply_approved: { label: '审核通过答复', roles: ['reviewer'], from: ['review'] },
  delivered: { label: '送达', roles: ['clerk'], from: ['approved'] },
  fee_paid: { label: '登记缴纳信息处理费', roles: ['clerk'], from: [...NOT_CLOSED, 'closed'] },
  withdrawn: { label: '申请人撤回', roles: ['clerk'], from: NOT_CLOSED },
  abandoned: { label: '视为放弃申请', roles: ['clerk'], from: NOT_CLOSED },
  review_filed: { label: '登记行政复议', roles: ['clerk'], from: ['closed'] },
  review_decided: { label: '登记复议结果', roles: ['clerk'], from: ['closed'] },
  suit_filed: { label: '登记行政诉讼', roles: ['clerk'], from: ['closed'] },
  suit_decided: { label: '登记诉讼结果', roles: ['clerk'], from: ['closed'] },
};

/** Labels for events the system records itself. */
export const SYSTEM_EVENT_LABELS: Record<string, string> = {
  registered: '登记申请',
  receipt_issued: '出具申请接收回执',
  details_edited: '修改申请信息',
  assigned: '分派承办人',
  calendar_recomputed: '节假日调整，重新计算期限',
  imported: '从台账导入',
  document_issued: '出具文书',
};

export function eventLabel(type: string): string {
  return (EVENT_RULES as Record<string, { label: string }>)[type]?.label ?? SYSTEM_EVENT_LABELS[type] ?? type;
}

export function isEventType(t: unknown): t is EventType {
  return typeof t === 'string' && t in EVENT_DATA;
}
