// After the case: administrative review (行政复议) and suit (行政诉讼), counted in the year table.
import { z } from 'zod';
import { optionalText } from '@/lib/shared/text';
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from '../labels';
import type { CaseState } from '../case-state';
import { defineStep, firstProblem } from './define';

const outcome = z.object({ outcome: z.enum(OUTCOMES, { message: '结果须为维持、纠错、其他或尚未审结' }) });
const outcomeField = { name: 'outcome', label: '结果', kind: 'select' as const, options: Object.entries(OUTCOME_LABELS) };
const pending = (s: CaseState, kind: 'review' | 'suit') => s.appeals.findLastIndex((a) => a.kind === kind && a.outcome === 'pending');
const notBeforeClosing = (s: CaseState, on: string, what: string) => (s.closedOn && on < s.closedOn ? `${what}日期不能早于办结日期` : null);

function decide(next: CaseState, kind: 'review' | 'suit', result: Outcome, on: string) {
  const i = pending(next, kind);
  if (i >= 0) next.appeals[i] = { ...next.appeals[i], outcome: result, decidedOn: result === 'pending' ? null : on };
}

export const reviewFiled = defineStep({
  label: '登记行政复议',
  permission: 'cases.work',
  from: ['closed'],
  appeal: true,
  data: z.object({ body: optionalText('复议机关', 200) }),
  fields: [{ name: 'body', label: '复议机关', kind: 'text' }],
  canStart: (s, _a, on) => notBeforeClosing(s, on, '复议'),
  apply: (next, _d, on) => {
    next.appeals.push({ kind: 'review', afterReview: false, filedOn: on, outcome: 'pending', decidedOn: null });
  },
  summary: (d) => d.body,
});

/** Recording the outcome of the latest pending review or suit. */
const decided = (kind: 'review' | 'suit', label: string, noneLeft: string, filedWord: string) =>
  defineStep({
    label,
    permission: 'cases.work',
    from: ['closed'],
    appeal: true,
    data: outcome,
    fields: [outcomeField],
    canStart: (s, _a, on) => {
      const i = pending(s, kind);
      return firstProblem(i < 0 && noneLeft, i >= 0 && on < s.appeals[i].filedOn && `结果日期不能早于${filedWord}日期`);
    },
    apply: (next, d, on) => decide(next, kind, d.outcome, on),
    summary: (d) => OUTCOME_LABELS[d.outcome] ?? '',
  });

export const reviewDecided = decided('review', '登记复议结果', '没有尚未审结的行政复议', '复议申请');

export const suitFiled = defineStep({
  label: '登记行政诉讼',
  permission: 'cases.work',
  from: ['closed'],
  appeal: true,
  data: z.object({ afterReview: z.boolean({ message: '请说明是否经复议后起诉' }), court: optionalText('法院', 200) }),
  fields: [
    { name: 'afterReview', label: '经复议后起诉', kind: 'checkbox' },
    { name: 'court', label: '法院', kind: 'text' },
  ],
  canStart: (s, _a, on) => notBeforeClosing(s, on, '起诉'),
  check: (s, d) => (d.afterReview && !s.appeals.some((a) => a.kind === 'review') ? '没有登记行政复议，不能登记为复议后起诉' : null),
  apply: (next, d, on) => {
    next.appeals.push({ kind: 'suit', afterReview: d.afterReview, filedOn: on, outcome: 'pending', decidedOn: null });
  },
  summary: (d) => `${d.afterReview ? '经复议后起诉' : '直接起诉'}${d.court ? `，${d.court}` : ''}`,
});

export const suitDecided = decided('suit', '登记诉讼结果', '没有尚未审结的行政诉讼', '起诉');
