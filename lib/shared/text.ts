// Text fields accept what people type (including line breaks in long fields) and nothing that
// would corrupt a document or a log: control characters are refused with a message.
import { z } from 'zod';
import { isIsoDate } from '@/lib/shared/dates';

/** C0 controls other than tab and line breaks, and DEL. */
export function hasControlChars(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

export function text(label: string, max: number, { required = false, multiline = false } = {}) {
  let s = z.string({ message: `${label}须为文字` }).trim().max(max, `${label}不超过 ${max} 个字符`)
    .refine((v) => !hasControlChars(v), `${label}含有不可见的控制字符`)
    .refine((v) => multiline || !/[\r\n]/.test(v), `${label}不能换行`);
  if (required) s = s.refine((v) => v.length > 0, `请填写${label}`);
  return s;
}

export const optionalText = (label: string, max: number) => text(label, max).optional().default('');

export const isoDate = (label: string) =>
  z.string({ message: `${label}须为日期（YYYY-MM-DD）` }).refine(isIsoDate, `${label}不是有效日期（YYYY-MM-DD）`);
