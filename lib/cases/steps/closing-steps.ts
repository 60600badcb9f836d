// Ending a case without a delivered reply: the applicant withdraws, or is deemed to have abandoned
// the application (no correction by the limit, art. 30; no fee within 20 working days, art. 42 and
// 国办函〔2020〕109号).
import { z } from 'zod';
import { FEE_PAYMENT_WORKDAYS } from '@/lib/deadlines/compute-deadlines';
import { formatCn, type IsoDate } from '@/lib/shared/dates';
import type { CaseState } from '../case-state';
import { defineStep, type StepContext } from './define';
import { feeLimitOf, feeOpen } from './fee-steps';
import { NOTE } from './one-text';

const NOT_CLOSED = ['open', 'correction', 'consulting', 'review', 'approved'] as const;

function noCorrectionProblem(s: CaseState, on: IsoDate): string | null {
  const last = s.corrections.at(-1);
  if (s.status !== 'correction' || !last) return '只有等待补正的案件才能因逾期不补正视为放弃';
  return on <= last.limitOn ? `补正期限（${formatCn(last.limitOn)}）尚未届满，不能视为放弃` : null;
}

function noFeeProblem(s: CaseState, on: IsoDate, ctx: StepContext): string | null {
  if (s.status !== 'approved' || !s.reply?.feeYuan) return '只有收取信息处理费、尚未送达答复的案件才能因逾期未缴费视为放弃';
  const settled = feeOpen(s); // paid or waived
  if (settled) return settled;
  const limit = feeLimitOf(s, ctx);
  if (!limit) return '收费通知尚未送达申请人：缴费期限自申请人收到收费通知次日起计算，请先登记收费通知送达';
  return on <= limit ? `缴费期限（收到收费通知次日起${FEE_PAYMENT_WORKDAYS}个工作日，至${formatCn(limit)}）尚未届满，不能视为放弃` : null;
}

export const withdrawn = defineStep({
  label: '申请人撤回',
  permission: 'cases.work',
  from: NOT_CLOSED,
  ...NOTE,
  confirm: '确认申请人已撤回？案件将办结。',
  apply: (next, _d, on) => {
    next.withdrawnOn = on;
    next.disposition = 'other';
    next.closedOn = on;
    next.status = 'closed';
  },
  summary: (d) => d.note,
});

export const abandoned = defineStep({
  label: '视为放弃申请',
  permission: 'cases.work',
  from: ['correction', 'approved'],
  data: z.object({ reason: z.enum(['no_correction', 'no_fee'], { message: '请选择视为放弃的原因（逾期不补正或逾期未缴费）' }) }),
  fields: [
    {
      name: 'reason',
      label: '原因',
      kind: 'select',
      options: [
        ['no_correction', '逾期不补正'],
        ['no_fee', '逾期未缴纳信息处理费'],
      ],
    },
  ],
  confirm: '确认视为放弃申请？案件将办结。',
  // Deemed abandonment exists since the 2019 Regulation (arts. 30, 42).
  canStart: (s, _a, on, ctx) =>
    s.regime === '2007'
      ? '视为放弃申请是2019年《条例》的规定，本案适用2007年《条例》'
      : s.status === 'correction'
        ? noCorrectionProblem(s, on)
        : noFeeProblem(s, on, ctx),
  check: (s, d, on, ctx) => (d.reason === 'no_correction' ? noCorrectionProblem(s, on) : noFeeProblem(s, on, ctx)),
  apply: (next, d, on) => {
    next.disposition = d.reason === 'no_correction' ? 'abandoned_no_correction' : 'abandoned_no_fee';
    next.closedOn = on;
    next.status = 'closed';
  },
  summary: (d) => (d.reason === 'no_fee' ? '逾期未缴纳信息处理费' : '逾期不补正'),
});
