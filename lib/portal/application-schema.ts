// The public application form (art. 29): what the applicant must give, checked the same in the
// browser and on the server, in plain Chinese.
import { z } from 'zod';
import { text } from '@/lib/shared/text';
import { applicantFields, checkIdentity } from '@/lib/cases/applicant-schema';
import { APPLICANT_KIND_LABELS, REQUEST_KINDS } from '@/lib/cases/labels';

/** Who may apply online: the same kinds the office records. */
export const PUBLIC_KINDS = APPLICANT_KIND_LABELS;
export const PUBLIC_ID_TYPES = ['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '其他'] as const;
export const PUBLIC_DELIVERY = { post: '邮寄', email: '电子邮件', online: '网上下载', pickup: '自行领取' } as const;

export const publicApplicationSchema = z
  .object({
    agencyId: z.number({ message: '请选择受理机关' }).int().positive().optional(),
    /** To obtain information, or to have information about oneself corrected (条例 art. 41). */
    requestKind: z.enum(REQUEST_KINDS, { message: '请选择申请事项' }).optional(),
    kind: z.enum(Object.keys(PUBLIC_KINDS) as [keyof typeof PUBLIC_KINDS], { message: '请选择申请人类型' }),
    name: text('姓名或名称', 200, { required: true }),
    idType: z.enum(PUBLIC_ID_TYPES, { message: '请选择证件类型' }).optional(),
    ...applicantFields,
    description: text('所需政府信息（或要求更正的信息）的描述', 5000, { required: true, multiline: true }).refine(
      (v) => v.length >= 5,
      '请具体描述所需的政府信息（至少 5 个字）',
    ),
    formWanted: z.enum(['paper', 'electronic'], { message: '请选择获取信息的形式' }),
    deliveryWanted: z.enum(Object.keys(PUBLIC_DELIVERY) as [keyof typeof PUBLIC_DELIVERY], { message: '请选择获取信息的方式' }),
    /** The applicant suggests making the information public (条例 art. 44). */
    suggestPublish: z.boolean().optional(),
    consent: z.literal(true, { message: '请阅读并同意个人信息使用说明' }),
    /** A field people never see: a bot that fills it is told "thank you" and nothing is stored. */
    website: z.string().max(200).optional(),
    /** The proof of work (the ALTCHA widget's base64 payload), once one is asked for (challenge.ts). */
    challenge: z.string().max(4000).optional(),
  })
  .superRefine((v, ctx) => {
    checkIdentity(v, ctx, (f) => [f]);
    if (!v.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: '请填写联系电话' });
    if (v.kind === 'natural') {
      if (!v.idType) ctx.addIssue({ code: 'custom', path: ['idType'], message: '请选择证件类型' });
      if (!v.idNumber) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '请填写证件号码' });
    } else {
      if (!v.orgCode) ctx.addIssue({ code: 'custom', path: ['orgCode'], message: '请填写统一社会信用代码' });
      if (!v.contactPerson) ctx.addIssue({ code: 'custom', path: ['contactPerson'], message: '请填写联系人' });
    }
    if (v.deliveryWanted === 'email' && !v.email)
      ctx.addIssue({ code: 'custom', path: ['email'], message: '选择电子邮件方式获取的，请填写电子邮箱' });
    if (v.deliveryWanted === 'post' && !v.address)
      ctx.addIssue({ code: 'custom', path: ['address'], message: '选择邮寄的，请填写通信地址' });
  });

export type PublicApplication = z.output<typeof publicApplicationSchema>;
export type PublicApplicationInput = z.input<typeof publicApplicationSchema>;

export const PRIVACY_STATEMENT =
  '本机关收集的姓名、证件号码、联系方式等个人信息，仅用于办理您的政府信息公开申请、与您联系和送达答复，依法保存在本机关的申请办理系统中，不用于其他目的，不向第三方提供（法律、行政法规另有规定的除外）。您的证件号码和电话在查询页面上只显示部分数字。';
