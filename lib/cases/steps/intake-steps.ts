// Steps while the application is being worked out: correction (art. 30) and consultation (art. 32).
import { z } from 'zod';
import { addWorkdays } from '@/lib/deadlines/count-workdays';
import { RULES } from '@/lib/deadlines/compute-deadlines';
import { formatCn } from '@/lib/shared/dates';
import { isoDate, optionalText, text } from '@/lib/shared/text';
import { defineStep, firstProblem, limitProblem } from './define';
import { NOTE } from './one-text';

const due = (d: { resultingDueOn?: string | null }) => (d.resultingDueOn ? `答复期限：${formatCn(d.resultingDueOn)}` : '');

export const correctionRequested = defineStep({
  label: '发出补正告知',
  permission: 'cases.work',
  applicationOnly: true,
  from: ['open'],
  data: z.object({
    items: text('需补正的内容', 2000, { required: true, multiline: true }),
    limitOn: isoDate('补正期限'),
    lateReason: optionalText('逾期告知的原因', 500),
  }),
  fields: [
    { name: 'items', label: '需补正的内容', kind: 'textarea', required: true },
    { name: 'limitOn', label: '补正期限', kind: 'date', required: true },
    { name: 'lateReason', label: '逾期告知的原因（超过收到申请后7个工作日时填写）', kind: 'text' },
  ],
  // Art. 30: the office tells the applicant once, in one notice, everything to correct.
  canStart: (s) => (s.regime === '2019' && s.corrections.length > 0 ? '补正应一次性告知（《条例》第三十条），本案已发出过补正告知' : null),
  check: (s, d, on, ctx) => {
    const days = RULES[s.regime].correctionNoticeDays;
    const noticeDue = days ? addWorkdays(ctx.calendar, s.receivedOn, days).date : null;
    return firstProblem(
      limitProblem('补正期限', d.limitOn, on),
      noticeDue &&
        on > noticeDue &&
        !d.lateReason &&
        `补正告知应在收到申请之日起${days}个工作日内（${formatCn(noticeDue)}前）发出；已逾期，如仍需补正请填写逾期告知的原因`,
    );
  },
  apply: (next, d, on) => {
    next.corrections.push({ requestedOn: on, limitOn: d.limitOn, items: d.items, late: !!d.lateReason });
    next.status = 'correction';
  },
  summary: (d) => `补正内容：${d.items}；补正期限：${formatCn(d.limitOn)}${d.lateReason ? `；逾期告知，原因：${d.lateReason}` : ''}`,
});

export const correctionReceived = defineStep({
  label: '收到补正',
  permission: 'cases.work',
  from: ['correction'],
  ...NOTE,
  apply: (next, _d, on) => {
    const i = next.corrections.length - 1;
    if (i >= 0) next.corrections[i] = { ...next.corrections[i], receivedOn: on };
    next.status = 'open';
  },
  summary: (d) => [d.note, due(d)].filter(Boolean).join('；'),
});

export const consultationSent = defineStep({
  label: '发出征求意见',
  permission: 'cases.work',
  applicationOnly: true,
  from: ['open'],
  data: z.object({
    party: text('征求意见对象', 200, { required: true }),
    partyKind: z.enum(['third_party', 'agency'], { message: '征求意见对象类型须为第三方或共同制作机关' }).default('third_party'),
  }),
  fields: [
    { name: 'party', label: '征求意见对象', kind: 'text', required: true },
    {
      name: 'partyKind',
      label: '对象类型',
      kind: 'select',
      options: [
        ['third_party', '第三方'],
        ['agency', '共同制作机关'],
      ],
    },
  ],
  apply: (next, d, on) => {
    next.consultations.push({ sentOn: on, party: d.party, partyKind: d.partyKind });
    next.status = 'consulting';
  },
  summary: (d) => [`对象：${d.party}`, due(d)].filter(Boolean).join('；'),
});

export const consultationAnswered = defineStep({
  label: '收到征求意见答复',
  permission: 'cases.work',
  from: ['consulting'],
  data: z.object({
    objection: z.boolean({ message: '请说明第三方是否反对公开' }).default(false),
    note: optionalText('答复摘要', 1000),
  }),
  fields: [
    { name: 'objection', label: '第三方反对公开', kind: 'checkbox' },
    { name: 'note', label: '答复摘要', kind: 'text' },
  ],
  apply: (next, d, on) => {
    const i = next.consultations.length - 1;
    if (i >= 0) next.consultations[i] = { ...next.consultations[i], answeredOn: on, objection: d.objection };
    next.status = 'open';
  },
  summary: (d) => [d.objection ? '第三方反对公开' : '第三方未反对', d.note, due(d)].filter(Boolean).join('；'),
});
