// 当场答复 (条例 art. 33¶1): an application made in person that the office answers there and then.
// Only answers that give the information or point to it can be given at the counter — already
// public (where to get it), provided on the spot, or held by another office (which one); anything
// that refuses, needs a third party or a department goes the written way. The reply, its delivery
// and the close are one step on the day of receipt, recorded by the clerk at the counter; the
// 当场答复记录 the applicant signs is printed from it.
import { z } from 'zod';
import { text, optionalText } from '@/lib/shared/text';
import { defineStep, firstProblem } from './define';
import { dispositionDef } from '../dispositions';

export const COUNTER_DISPOSITIONS = ['published', 'granted', 'not_this_agency'] as const;

const counterData = z.object({
  disposition: z.enum(COUNTER_DISPOSITIONS, { message: '当场答复只能是：已主动公开（告知途径）、当场提供、非本机关掌握（告知机关）' }),
  /** What was said or handed over at the counter, as the record states it. */
  answer: text('当场答复的内容', 2000, { required: true, multiline: true }),
  items: z
    .array(text('提供的信息', 500, { required: true }))
    .max(50, '提供的信息不超过 50 项')
    .default([]),
  referToName: optionalText('负责公开的机关', 100),
  referToContact: optionalText('该机关联系方式', 200),
  secrecyReviewed: z.boolean().default(false),
});

export const counterReply = defineStep({
  label: '当场答复',
  permission: 'cases.work',
  from: ['open'],
  data: counterData,
  fields: [
    {
      name: 'disposition',
      label: '答复类型',
      kind: 'select',
      required: true,
      options: COUNTER_DISPOSITIONS.map((c) => [c, dispositionDef(c)!.label]),
    },
    { name: 'answer', label: '当场答复的内容', kind: 'textarea', required: true },
    { name: 'items', label: '当场提供的信息（每行一项）', kind: 'lines' },
    { name: 'referToName', label: '负责公开的机关（非本机关掌握时填写）', kind: 'text' },
    { name: 'referToContact', label: '该机关联系方式', kind: 'text' },
    { name: 'secrecyReviewed', label: '已对当场提供的信息进行保密审查（条例第十七条）', kind: 'checkbox' },
  ],
  confirm: '确认已当场答复？案件将办结。',
  applicationOnly: true,
  // 当场: the day the application was handed over, before anything else was done on it.
  canStart: (s, _a, on, ctx) =>
    firstProblem(
      ctx.channel !== undefined && ctx.channel !== 'in_person' && '只有当面提出的申请才能当场答复',
      on !== s.receivedOn && '只有收到申请的当天才能当场答复',
      (s.corrections.length > 0 || s.consultations.length > 0 || s.routes.length > 0 || !!s.reply) && '案件已开始书面办理，不能再当场答复',
    ),
  check: (_s, d) =>
    firstProblem(
      d.disposition === 'granted' && d.items.length === 0 && '请列出当场提供的信息',
      d.disposition === 'granted' && !d.secrecyReviewed && '当场提供信息前须进行保密审查（条例第十七条）',
      d.disposition === 'not_this_agency' && !d.referToName && '请填写负责公开该信息的机关（第三十六条第（五）项）',
    ),
  apply: (next, d, on, by) => {
    next.reply = {
      disposition: d.disposition,
      legalBasis: `《中华人民共和国政府信息公开条例》第三十三条第一款、${dispositionDef(d.disposition)!.article}`,
      items: d.items,
      form: 'paper',
      note: d.answer,
      referTo: d.referToName ? { name: d.referToName, contact: d.referToContact } : null,
      submittedOn: on,
      by,
    };
    next.counter = true;
    // No written reply was approved (approvedOn stays empty): no reply letter follows from the file;
    // the signed record is the act.
    next.secrecyReviewedOn = d.secrecyReviewed ? on : null;
    next.delivery = { method: 'pickup', postalTrackingNo: '', on };
    next.disposition = d.disposition;
    next.closedOn = on;
    next.status = 'closed';
  },
  summary: (d, label) =>
    `${label(d.disposition)}；${d.answer}${d.items.length ? `；当场提供：${d.items.join('、')}` : ''}${d.referToName ? `；告知向${d.referToName}申请` : ''}`,
});
