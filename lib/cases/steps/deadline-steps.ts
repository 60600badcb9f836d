// Steps that move the reply deadline: the extension (art. 33¶2) and the art. 35 reasonable
// deadline. Each is requested by a clerk and decided by someone else.
import { z } from 'zod';
import { formatCn } from '@/lib/shared/dates';
import { isoDate, text } from '@/lib/shared/text';
import { RULES } from '@/lib/deadlines/compute-deadlines';
import { deadlinesOf, type CaseState } from '../case-state';
import { defineStep, firstProblem, limitProblem, type StepActor, type StepContext } from './define';
import { reasonsHistoryProblem } from './reasons-steps';
import { REVIEW_COMMENT, requiredText } from './one-text';

const RUNNING = ['open', 'consulting'] as const;
// A request made before the reply was submitted can still be decided while the reply is in review.
const DECIDING = ['open', 'consulting', 'review'] as const;
const due = (d: { resultingDueOn?: string | null }) => (d.resultingDueOn ? `答复期限：${formatCn(d.resultingDueOn)}` : '');

/** Art. 33¶2: an extension is asked for and granted before the original deadline passes. */
function pastOriginalDeadline(s: CaseState, on: string, ctx: StepContext, what: string): string | null {
  const base = deadlinesOf(ctx.calendar, s).baseDueOn;
  return base && on > base
    ? `原答复期限（${formatCn(base)}）已过，不能再${what}（《条例》第三十三条第二款：延长须在期限届满前决定）`
    : null;
}

// The two requests a reviewer decides: a longer time (art. 33) and a reasonable time (art. 35).
const PENDING = { extension: ['pendingExtension', '延期申请'], custom: ['pendingCustom', '合理期限申请'] } as const;
type Pending = keyof typeof PENDING;

/** Why the reviewer can't decide the request now: there is none, or it is their own. */
function awaitingDecision(s: CaseState, actor: StepActor, which: Pending): string | null {
  const [key, what] = PENDING[which];
  const by = s[key]?.by;
  return firstProblem(
    !s[key] && `没有等待审核的${what}`,
    by != null && by === actor.userId && `不能审核自己提出的${what}，须由其他审核人办理`,
  );
}

/** Refusing a request: a comment is required, and the deadline stays as it was. */
const refusal = (label: string, which: Pending) =>
  defineStep({
    label,
    permission: 'cases.review',
    from: DECIDING,
    ...requiredText('comment', '审核意见', 1000),
    canStart: (s, actor) => awaitingDecision(s, actor, which),
    apply: (next) => {
      next[PENDING[which][0]] = null;
    },
    summary: (d) => d.comment,
  });

export const extensionRequested = defineStep({
  label: '申请延期',
  permission: 'cases.work',
  applicationOnly: true,
  from: RUNNING,
  data: z.object({
    workingDays: z.number({ message: '延长天数须为数字' }).int('延长天数须为整数').min(1, '延长天数至少 1 天').max(366, '延长天数过大'),
    reason: text('延期理由', 1000, { required: true, multiline: true }),
  }),
  fields: [
    { name: 'workingDays', label: '延长工作日数', kind: 'number', required: true },
    { name: 'reason', label: '延期理由', kind: 'textarea', required: true },
  ],
  canStart: (s, _a, on, ctx) =>
    firstProblem(
      s.pendingExtension && '已有延期申请等待审核',
      s.extensionDays > 0 && '本案已延期一次，不能再次延期',
      pastOriginalDeadline(s, on, ctx, '申请延期'),
    ),
  check: (s, d) => {
    const max = RULES[s.regime].maxExtension;
    return d.workingDays > max ? `延长期限最长 ${max} 个工作日` : null;
  },
  apply: (next, d, on, by) => {
    next.pendingExtension = { workingDays: d.workingDays, reason: d.reason, on, by };
  },
  summary: (d) => `申请延长 ${d.workingDays} 个工作日：${d.reason}`,
});

export const extensionApproved = defineStep({
  label: '同意延期',
  permission: 'cases.review',
  from: DECIDING,
  ...REVIEW_COMMENT,
  confirm: '确认同意延期？',
  canStart: (s, actor, on, ctx) => firstProblem(awaitingDecision(s, actor, 'extension'), pastOriginalDeadline(s, on, ctx, '同意延期')),
  apply: (next, _d, on) => {
    if (!next.pendingExtension) return;
    next.extensionDays = next.pendingExtension.workingDays;
    next.extensionReason = next.pendingExtension.reason;
    next.extensionApprovedOn = on;
    next.pendingExtension = null;
  },
  summary: (d) => [d.comment, due(d)].filter(Boolean).join('；'),
});

export const extensionRefused = refusal('不同意延期', 'extension');

export const customDeadlineRequested = defineStep({
  label: '申请确定合理期限（第三十五条）',
  permission: 'cases.work',
  applicationOnly: true,
  from: RUNNING,
  data: z.object({
    dueOn: isoDate('确定的答复期限'),
    reason: text('无法在规定期限内答复的原因', 1000, { required: true, multiline: true }),
  }),
  fields: [
    { name: 'dueOn', label: '确定的答复期限', kind: 'date', required: true },
    { name: 'reason', label: '申请人理由合理，但无法在规定期限内答复的原因', kind: 'textarea', required: true },
  ],
  canStart: (s, _a, on) =>
    firstProblem(
      s.regime === '2007' && '确定延迟答复的合理期限是2019年《条例》第三十五条的规定，本案适用2007年《条例》',
      s.pendingCustom && '已有合理期限申请等待审核',
      reasonsHistoryProblem(s, on, 'custom'),
    ),
  check: (_s, d, on) => limitProblem('合理期限', d.dueOn, on),
  apply: (next, d, on, by) => {
    next.pendingCustom = { dueOn: d.dueOn, reason: d.reason, on, by };
  },
  summary: (d) => `拟定期限 ${formatCn(d.dueOn)}：${d.reason}`,
});

export const customDeadlineApproved = defineStep({
  label: '同意合理期限',
  permission: 'cases.review',
  from: DECIDING,
  ...REVIEW_COMMENT,
  confirm: '确认同意该合理期限？',
  canStart: (s, actor) => awaitingDecision(s, actor, 'custom'),
  apply: (next, _d, on) => {
    if (!next.pendingCustom) return;
    next.customDueOn = next.pendingCustom.dueOn;
    next.customApprovedOn = on;
    next.customReason = next.pendingCustom.reason;
    next.pendingCustom = null;
  },
  summary: (d) => [d.comment, due(d)].filter(Boolean).join('；'),
});

export const customDeadlineRefused = refusal('不同意合理期限', 'custom');
