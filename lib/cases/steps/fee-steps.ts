// The information processing fee after the reply is approved (国办函〔2020〕109号): the notice is
// issued (a letter; replay notes it in `issued`), served — the applicant then has 20 working
// days from the next day to pay, and that wait is not counted against the reply deadline — and the
// fee is paid, or waived by a reviewer with a reason. Unpaid past the period: closing-steps.ts.
import { z } from 'zod';
import { FEE_PAYMENT_WORKDAYS, feePaymentDueOn } from '@/lib/deadlines/compute-deadlines';
import { formatCn, type IsoDate } from '@/lib/shared/dates';
import type { CaseState } from '../case-state';
import { defineStep, firstProblem, type StepContext } from './define';
import { requiredText } from './one-text';

const money = z
  .number({ message: '金额须为数字' })
  .nonnegative('金额不能为负')
  .max(1_000_000, '金额过大')
  .multipleOf(0.01, '金额最多两位小数');

/** The last day to pay, once the notice reached the applicant. */
export function feeLimitOf(s: CaseState, ctx: StepContext): IsoDate | null {
  return s.feeNoticeServedOn ? feePaymentDueOn(ctx.calendar, s.feeNoticeServedOn).date : null;
}

/** Why there is no fee to act on: none set, not approved, already paid or waived (null: one is due). */
export const feeOpen = (s: CaseState) =>
  firstProblem(
    !s.reply?.feeYuan && '本案答复未收取信息处理费',
    !s.approvedOn && '收费的答复尚未审核通过',
    s.feePaid && `已于${formatCn(s.feePaid.on)}登记缴费`,
    s.feeWaived && `已于${formatCn(s.feeWaived.on)}决定免收`,
  );

export const feeNoticeServed = defineStep({
  label: '登记收费通知送达',
  permission: 'cases.work',
  applicationOnly: true,
  from: ['approved'],
  data: z.object({}),
  fields: [],
  canStart: (s, _a, on) => {
    const notice = s.issued.fee_notice;
    return firstProblem(
      feeOpen(s),
      !notice && '请先出具收费通知书',
      s.feeNoticeServedOn && `已登记收费通知于${formatCn(s.feeNoticeServedOn)}送达`,
      notice && on < notice.on && `送达日期早于收费通知书的日期（${formatCn(notice.on)}）`,
    );
  },
  apply: (next, _d, on) => {
    next.feeNoticeServedOn = on;
  },
  summary: () => `申请人自次日起${FEE_PAYMENT_WORKDAYS}个工作日内缴费，其间不计入答复期限`,
});

export const feePaid = defineStep({
  label: '登记缴纳信息处理费',
  permission: 'cases.work',
  from: ['approved', 'closed'],
  data: z.object({ amountYuan: money.refine((v) => v > 0, '缴费金额须大于 0') }),
  fields: [{ name: 'amountYuan', label: '缴费金额（元）', kind: 'money', required: true }],
  // Art. 42: a fee exists only where an approved reply set one, and is paid on its notice.
  canStart: (s) => firstProblem(feeOpen(s), !s.issued.fee_notice && '尚未出具收费通知书'),
  check: (s, d) =>
    s.reply?.feeYuan && Math.abs(d.amountYuan - s.reply.feeYuan) > 0.001 ? `缴费金额须与收费通知一致（${s.reply.feeYuan} 元）` : null,
  apply: (next, d, on) => {
    next.feePaid = { amountYuan: d.amountYuan, on };
  },
  summary: (d) => `缴纳信息处理费 ${d.amountYuan} 元`,
});

export const feeWaived = defineStep({
  label: '免收信息处理费',
  permission: 'cases.review',
  from: ['approved'],
  ...requiredText('reason', '免收理由', 1000, { multiline: true }),
  confirm: '确认免收信息处理费？答复可随即送达。',
  canStart: (s) => feeOpen(s),
  apply: (next, d, on) => {
    next.feeWaived = { on, reason: d.reason };
  },
  summary: (d) => `免收理由：${d.reason}`,
});
