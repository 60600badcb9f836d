// One applicant schema for the clerk's intake form, the API and the public form at /apply: the same
// field formats and the same checks of the identity numbers (a 居民身份证 number with a wrong check
// digit, a 13-digit number or a 4-digit postcode is refused at the counter as it is online). What
// each form must contain differs (the public form asks for more, a letter may lack a phone number),
// so required fields are added by each schema; the formats and checks live only here.
import { z } from 'zod';
import { optionalText } from '@/lib/shared/text';
import { validCreditCode, validResidentId } from './identity-checks';

const upper = (v: string) => v.toUpperCase();

export const applicantFields = {
  idNumber: optionalText('证件号码', 40)
    .transform(upper)
    .refine((v) => /^[0-9A-Z()（）-]*$/.test(v), '证件号码只能包含字母、数字和括号'),
  orgCode: optionalText('统一社会信用代码', 18).transform(upper),
  contactPerson: optionalText('联系人', 60),
  phone: optionalText('联系电话', 40).refine((v) => v === '' || /^[0-9+\-() 转]{6,}$/.test(v), '联系电话格式不正确'),
  email: optionalText('电子邮箱', 120).refine((v) => v === '' || z.email().safeParse(v).success, '电子邮箱格式不正确'),
  address: optionalText('通信地址', 300),
  postcode: optionalText('邮政编码', 10).refine((v) => /^(\d{6})?$/.test(v), '邮政编码为 6 位数字'),
};

interface Identity {
  kind: string;
  idType?: string | null;
  idNumber?: string;
  orgCode?: string;
}

/**
 * The check characters of what was given: a 居民身份证 number (GB 11643) for a person, a
 * 统一社会信用代码 (GB 32100) for an organisation. `at` maps each field to its place in the form.
 */
export function checkIdentity(v: Identity, ctx: z.RefinementCtx, at: (field: 'idNumber' | 'orgCode') => (string | number)[]) {
  if (v.kind === 'natural' && v.idNumber && (v.idType || '居民身份证') === '居民身份证' && !validResidentId(v.idNumber))
    ctx.addIssue({ code: 'custom', path: at('idNumber'), message: '居民身份证号码不正确（应为 18 位，校验位相符）' });
  if (v.kind !== 'natural' && v.orgCode && !validCreditCode(v.orgCode))
    ctx.addIssue({ code: 'custom', path: at('orgCode'), message: '统一社会信用代码不正确（应为 18 位，校验位相符）' });
}
