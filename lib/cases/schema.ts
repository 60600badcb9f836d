// The intake schema: the browser form and the server (UI and API) validate with the same rules.
import { z } from 'zod';
import { APPLICANT_KINDS, CHANNELS, DELIVERY_METHODS, FORMS, REQUEST_KINDS } from './labels';
import { legalReceiptDate } from './receipt-date';
import { isoDate, optionalText, text } from '@/lib/shared/text';
import { applicantFields, checkIdentity } from './applicant-schema';
import { todayInChina } from '@/lib/shared/dates';

/** The Regulation took effect on 2008-05-01; nothing can have been received before it. */
export const EARLIEST_RECEIPT = '2008-05-01';

const optionalDate = (label: string) =>
  isoDate(label)
    .nullish()
    .or(z.literal('').transform(() => null));

const applicantSchema = z
  .object({
    kind: z.enum(APPLICANT_KINDS, { message: '申请人类型无效' }),
    name: text('申请人姓名或名称', 200, { required: true }),
    idType: optionalText('证件类型', 40),
    ...applicantFields,
  })
  .superRefine((v, ctx) => checkIdentity(v, ctx, (f) => [f]));

export const intakeSchema = z
  .object({
    channel: z.enum(CHANNELS, { message: '申请渠道无效' }),
    /** An application, or a request to correct information about the applicant (条例 art. 41). */
    requestKind: z.enum(REQUEST_KINDS, { message: '申请类型无效' }).optional().default('application'),
    receivedOn: optionalDate('收到申请日期'),
    submittedOn: optionalDate('提交日期'),
    arrivedOn: optionalDate('签收日期'),
    confirmedOn: optionalDate('确认日期'),
    ordinaryMail: z.boolean().optional().default(false),
    applicant: applicantSchema,
    description: text('所需信息的描述', 5000, { required: true, multiline: true }),
    formWanted: z.enum(FORMS, { message: '获取形式无效' }).optional().default('paper'),
    // Absent: the way the application came in (deliveryForChannel).
    deliveryWanted: z.enum(DELIVERY_METHODS, { message: '获取方式无效' }).optional(),
    topic: optionalText('主题', 50),
    /** The applicant suggests making the information public (条例 art. 44). */
    suggestPublish: z.boolean().optional().default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    const today = todayInChina();
    for (const f of ['receivedOn', 'submittedOn', 'arrivedOn', 'confirmedOn'] as const) {
      const d = v[f];
      if (d && d > today) ctx.addIssue({ code: 'custom', path: [f], message: '日期不能晚于今天' });
      if (d && d < EARLIEST_RECEIPT) ctx.addIssue({ code: 'custom', path: [f], message: '日期不能早于《条例》施行日 2008-05-01' });
    }
    const hasChannelDates = v.submittedOn || v.arrivedOn || v.confirmedOn;
    if (v.receivedOn && !hasChannelDates) return;
    const derived = legalReceiptDate(v);
    if ('error' in derived) {
      ctx.addIssue({
        code: 'custom',
        path: v.receivedOn ? ['receivedOn'] : [derived.field],
        message: v.receivedOn ? `${derived.error}（或只填写 receivedOn）` : derived.error,
      });
    } else if (v.receivedOn && v.receivedOn !== derived.receivedOn) {
      ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: `收到申请日期应为 ${derived.receivedOn}（按渠道日期推算）` });
    }
  });

export type IntakeInput = z.input<typeof intakeSchema>;
export type Intake = z.output<typeof intakeSchema>;

export function receiptDateOf(v: Intake): string {
  if (v.receivedOn) return v.receivedOn;
  const d = legalReceiptDate(v);
  if ('error' in d) throw new Error(d.error);
  return d.receivedOn;
}
