// The reply: submitted by a clerk, approved or returned by someone else, delivered; and the
// information processing fee (art. 42) it may set.
import { z } from 'zod';
import { formatCn } from '@/lib/shared/dates';
import { optionalText, text } from '@/lib/shared/text';
import { DELIVERY_LABELS, DELIVERY_METHODS, type DeliveryMethod } from '../labels';
import { defineStep, firstProblem, type StepActor } from './define';
import type { CaseState } from '../case-state';

export const money = z.number({ message: '金额须为数字' }).nonnegative('金额不能为负').max(1_000_000, '金额过大').multipleOf(0.01, '金额最多两位小数');

/** Dispositions recorded by their own step, not by a reply. */
const NOT_BY_REPLY = new Set(['abandoned_no_correction', 'abandoned_no_fee']);
/** Dispositions that exist only under one regime (the 2007 Regulation's "告知作出更改补充"). */
export const REGIME_ONLY: Record<string, '2007' | '2019'> = { amend_requested: '2007' };

const notOwnReply = (s: CaseState, actor: StepActor) =>
  s.reply?.by != null && s.reply.by === actor.userId ? '不能审核自己提交的答复，须由其他审核人办理' : null;

export const replySubmitted = defineStep({
  label: '提交答复送审',
  permission: 'cases.work',
  from: ['open'],
  data: z.object({
    disposition: z.string({ message: '请选择答复类型' }).min(1, '请选择答复类型').max(60, '答复类型无效'),
    legalBasis: text('法律依据', 1000, { required: true, multiline: true }),
    items: z.array(text('公开的信息', 500, { required: true }), { message: '公开的信息须为列表' }).max(200, '公开的信息不超过 200 项').default([]),
    form: z.enum(['paper', 'electronic'], { message: '提供形式须为纸质或电子' }).default('paper'),
    feeYuan: money.optional().nullable(),
    note: optionalText('说明', 2000),
  }),
  fields: [
    { name: 'disposition', label: '答复类型', kind: 'select', required: true },
    { name: 'legalBasis', label: '法律依据', kind: 'textarea', required: true },
    { name: 'items', label: '公开的信息（每行一项）', kind: 'lines' },
    { name: 'form', label: '提供形式', kind: 'select', options: [['paper', '纸质'], ['electronic', '电子']] },
    { name: 'feeYuan', label: '信息处理费（元，无则留空）', kind: 'money' },
    { name: 'note', label: '说明', kind: 'textarea' },
  ],
  check: (s, d, _on, ctx) => firstProblem(
    NOT_BY_REPLY.has(d.disposition) && '视为放弃申请请使用"视为放弃申请"操作',
    ctx.dispositions && !ctx.dispositions.has(d.disposition) && '该答复类型不在处理结果目录中',
    REGIME_ONLY[d.disposition] && REGIME_ONLY[d.disposition] !== s.regime &&
      (s.regime === '2019' ? '"告知作出更改补充"是2007年《条例》下的答复，本案适用2019年《条例》' : '该答复类型仅适用于2019年《条例》'),
    d.disposition === 'unclear_after_correction' && !s.corrections.some((c) => c.receivedOn) && '本案没有收到补正的记录，不能答复"补正后申请内容仍不明确"',
  ),
  apply: (next, d, on, by) => {
    next.reply = { ...d, submittedOn: on, by };
    next.status = 'review';
  },
  summary: (d, label) => `${label(d.disposition)}；依据：${d.legalBasis}${d.items.length ? `；公开：${d.items.join('、')}` : ''}`,
});

export const replyReturned = defineStep({
  label: '退回答复',
  permission: 'cases.review',
  from: ['review'],
  data: z.object({ comment: text('退回意见', 1000, { required: true, multiline: true }) }),
  fields: [{ name: 'comment', label: '退回意见', kind: 'textarea', required: true }],
  canStart: (s, actor) => notOwnReply(s, actor),
  apply: (next, d, on) => {
    next.lastReturn = { comment: d.comment, on };
    next.status = 'open';
  },
  summary: (d) => `退回意见：${d.comment}`,
});

export const replyApproved = defineStep({
  label: '审核通过答复',
  permission: 'cases.review',
  from: ['review'],
  data: z.object({ comment: optionalText('审核意见', 1000) }),
  fields: [{ name: 'comment', label: '审核意见', kind: 'text' }],
  confirm: '确认审核通过该答复？通过后即可送达。',
  canStart: (s, actor) => notOwnReply(s, actor),
  apply: (next, _d, on) => {
    next.approvedOn = on;
    next.status = 'approved';
  },
  summary: (d) => d.comment,
});

export const delivered = defineStep({
  label: '送达',
  permission: 'cases.work',
  from: ['approved'],
  data: z.object({
    method: z.enum(DELIVERY_METHODS, { message: '送达方式无效' }),
    postalTrackingNo: optionalText('邮件单号', 40),
  }),
  fields: [
    { name: 'method', label: '送达方式', kind: 'select', options: Object.entries(DELIVERY_LABELS) },
    { name: 'postalTrackingNo', label: '邮件单号', kind: 'text' },
  ],
  confirm: '确认已送达？案件将办结。',
  apply: (next, d, on) => {
    next.delivery = { method: d.method, postalTrackingNo: d.postalTrackingNo, on };
    next.disposition = next.reply?.disposition ?? null;
    next.closedOn = on;
    next.status = 'closed';
  },
  summary: (d) => `${DELIVERY_LABELS[d.method as DeliveryMethod] ?? d.method}${d.postalTrackingNo ? `，单号 ${d.postalTrackingNo}` : ''}`,
});

export const feePaid = defineStep({
  label: '登记缴纳信息处理费',
  permission: 'cases.work',
  from: ['approved', 'closed'],
  data: z.object({ amountYuan: money.refine((v) => v > 0, '缴费金额须大于 0') }),
  fields: [{ name: 'amountYuan', label: '缴费金额（元）', kind: 'money', required: true }],
  // Art. 42: a fee exists only where an approved reply set one.
  canStart: (s) => firstProblem(
    !s.reply?.feeYuan && '本案答复未收取信息处理费，无需登记缴费',
    !s.approvedOn && '收费的答复尚未审核通过',
    s.feePaid && `已于${formatCn(s.feePaid.on)}登记缴费`,
  ),
  check: (s, d) => (s.reply?.feeYuan && Math.abs(d.amountYuan - s.reply.feeYuan) > 0.001 ? `缴费金额须与收费通知一致（${s.reply.feeYuan} 元）` : null),
  apply: (next, d, on) => { next.feePaid = { amountYuan: d.amountYuan, on }; },
  summary: (d) => `缴纳信息处理费 ${d.amountYuan} 元`,
});
