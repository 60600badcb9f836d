// Art. 35 as a procedure: when an applicant's requests clearly exceed a reasonable number or
// frequency, the office asks them to state their reasons (with the facts and a time to answer),
// records what they answer — or lets the time pass — and only then either sets a reasonable later
// deadline (reasons accepted, deadline-steps.ts) or declines to process (不予处理, reasons not
// reasonable or none given). Neither outcome may be recorded without this history.
import { z } from 'zod';
import { formatCn, type IsoDate } from '@/lib/shared/dates';
import { isoDate } from '@/lib/shared/text';
import type { CaseState } from '../case-state';
import { defineStep, firstProblem, limitProblem } from './define';
import { requiredText } from './one-text';

const RUNNING = ['open', 'consulting'] as const;

export const reasonsRequested = defineStep({
  label: '要求申请人说明理由（第三十五条）',
  permission: 'cases.work',
  from: RUNNING,
  data: z.object({
    count: z.number({ message: '申请件数须为数字' }).int('申请件数须为整数').min(2, '申请件数至少 2 件').max(100_000, '申请件数过大'),
    periodFrom: isoDate('统计期间起'),
    periodTo: isoDate('统计期间止'),
    answerBy: isoDate('说明理由的期限'),
  }),
  fields: [
    { name: 'count', label: '申请人在统计期间内提出的申请件数', kind: 'number', required: true },
    { name: 'periodFrom', label: '统计期间起', kind: 'date', required: true },
    { name: 'periodTo', label: '统计期间止', kind: 'date', required: true },
    { name: 'answerBy', label: '请申请人在此日期前说明理由', kind: 'date', required: true },
  ],
  applicationOnly: true,
  canStart: (s) =>
    firstProblem(
      s.regime === '2007' && '要求说明理由是2019年《条例》第三十五条的规定，本案适用2007年《条例》',
      s.reasonsRequest && '本案已要求申请人说明理由',
    ),
  check: (_s, d, on) =>
    firstProblem(
      d.periodFrom > d.periodTo && '统计期间的起始日期晚于终止日期',
      d.periodTo > on && '统计期间不能晚于本步骤日期',
      limitProblem('说明理由的期限', d.answerBy, on),
    ),
  apply: (next, d, on) => {
    next.reasonsRequest = { on, count: d.count, periodFrom: d.periodFrom, periodTo: d.periodTo, answerBy: d.answerBy };
  },
  summary: (d) => `${formatCn(d.periodFrom)}至${formatCn(d.periodTo)}期间申请${d.count}件；请于${formatCn(d.answerBy)}前说明理由`,
});

export const reasonsReceived = defineStep({
  label: '收到申请人说明的理由',
  permission: 'cases.work',
  from: RUNNING,
  ...requiredText('content', '申请人说明的理由', 2000, { multiline: true, fieldLabel: '申请人说明的理由（照录）' }),
  canStart: (s) => firstProblem(!s.reasonsRequest && '本案没有要求申请人说明理由', s.reasonsAnswer && '已登记申请人说明的理由'),
  apply: (next, d, on) => {
    next.reasonsAnswer = { on, content: d.content };
  },
  summary: (d) => `申请人说明：${d.content}`,
});

/** Why the art. 35 outcome `what` can't be recorded on `on` (null: the history supports it). */
export function reasonsHistoryProblem(s: CaseState, on: IsoDate, what: 'custom' | 'mass'): string | null {
  const r = s.reasonsRequest;
  if (!r) return '须先要求申请人说明理由（第三十五条），并登记其说明或等待说明期限届满';
  if (what === 'custom') return s.reasonsAnswer ? null : '申请人尚未说明理由：确定延迟答复的合理期限须以申请人说明的理由合理为前提';
  if (s.reasonsAnswer || on > r.answerBy) return null;
  return `申请人说明理由的期限（${formatCn(r.answerBy)}）尚未届满，且尚未收到其说明`;
}
