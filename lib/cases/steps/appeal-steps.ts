// After the case: administrative review (行政复议) and suit (行政诉讼), counted in the year table.
import { z } from 'zod';
import { isoDate, optionalText } from '@/lib/shared/text';
import { formatCn } from '@/lib/shared/dates';
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

// The day the office received the copy of the review application or of the complaint: its answer
// is due from it (lib/deadlines/appeal-answer.ts). Optional, as a ledger often lacks it.
const noticeReceivedOn = isoDate('收到副本日期').optional();
const noticeProblem = (on: string, received: string | undefined) =>
  received && received < on ? '收到副本日期不能早于复议申请或起诉日期' : null;

export const reviewFiled = defineStep({
  label: '登记行政复议',
  permission: 'cases.work',
  from: ['closed'],
  appeal: true,
  data: z.object({ body: optionalText('复议机关', 200), noticeReceivedOn }),
  fields: [
    { name: 'body', label: '复议机关', kind: 'text' },
    { name: 'noticeReceivedOn', label: '收到复议申请书副本日期（据此计算答复期限）', kind: 'date' },
  ],
  canStart: (s, _a, on) => notBeforeClosing(s, on, '复议'),
  check: (_s, d, on, ctx) =>
    firstProblem(noticeProblem(on, d.noticeReceivedOn), !!d.noticeReceivedOn && d.noticeReceivedOn > ctx.today && '收到副本日期晚于今天'),
  apply: (next, d, on) => {
    next.appeals.push({
      kind: 'review',
      afterReview: false,
      filedOn: on,
      outcome: 'pending',
      decidedOn: null,
      noticeReceivedOn: d.noticeReceivedOn ?? null,
      answeredOn: null,
    });
  },
  summary: (d) => [d.body, d.noticeReceivedOn ? `${formatCn(d.noticeReceivedOn)}收到复议申请书副本` : ''].filter(Boolean).join('，'),
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
  data: z.object({ afterReview: z.boolean({ message: '请说明是否经复议后起诉' }), court: optionalText('法院', 200), noticeReceivedOn }),
  fields: [
    { name: 'afterReview', label: '经复议后起诉', kind: 'checkbox' },
    { name: 'court', label: '法院', kind: 'text' },
    { name: 'noticeReceivedOn', label: '收到起诉状副本日期（据此计算答辩期限）', kind: 'date' },
  ],
  canStart: (s, _a, on) => notBeforeClosing(s, on, '起诉'),
  check: (s, d, on, ctx) =>
    firstProblem(
      d.afterReview && !s.appeals.some((a) => a.kind === 'review') && '没有登记行政复议，不能登记为复议后起诉',
      noticeProblem(on, d.noticeReceivedOn),
      !!d.noticeReceivedOn && d.noticeReceivedOn > ctx.today && '收到副本日期晚于今天',
    ),
  apply: (next, d, on) => {
    next.appeals.push({
      kind: 'suit',
      afterReview: d.afterReview,
      filedOn: on,
      outcome: 'pending',
      decidedOn: null,
      noticeReceivedOn: d.noticeReceivedOn ?? null,
      answeredOn: null,
    });
  },
  summary: (d) =>
    `${d.afterReview ? '经复议后起诉' : '直接起诉'}${d.court ? `，${d.court}` : ''}${d.noticeReceivedOn ? `，${formatCn(d.noticeReceivedOn)}收到起诉状副本` : ''}`,
});

export const suitDecided = decided('suit', '登记诉讼结果', '没有尚未审结的行政诉讼', '起诉');

/** The latest review or suit whose copy was received and not yet answered. */
const unanswered = (s: CaseState, kind: 'review' | 'suit') =>
  s.appeals.findLastIndex((a) => a.kind === kind && a.noticeReceivedOn && !a.answeredOn);

/** That the 行政复议答复书 or the 行政诉讼答辩状 went in (its due date: lib/deadlines/appeal-answer.ts). */
const answered = (kind: 'review' | 'suit', label: string, paper: string) =>
  defineStep({
    label,
    permission: 'cases.work',
    from: ['closed'],
    appeal: true,
    data: optionalNote,
    fields: [{ name: 'note', label: '说明', kind: 'text' }],
    canStart: (s, _a, on) => {
      const i = unanswered(s, kind);
      return firstProblem(
        i < 0 && `没有待提交${paper}的${kind === 'review' ? '行政复议' : '行政诉讼'}（须先登记收到副本日期）`,
        i >= 0 && on < s.appeals[i].noticeReceivedOn! && `提交日期不能早于收到副本日期`,
      );
    },
    apply: (next, _d, on) => {
      const i = unanswered(next, kind);
      if (i >= 0) next.appeals[i] = { ...next.appeals[i], answeredOn: on };
    },
    summary: (d) => d.note,
  });

const optionalNote = z.object({ note: optionalText('说明', 500) });
export const reviewAnswered = answered('review', '提交行政复议答复书', '答复书');
export const suitAnswered = answered('suit', '提交行政应诉答辩状', '答辩状');
