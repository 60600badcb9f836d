// Text fields accept what people type (including line breaks in long fields) and nothing that
// would corrupt a document or a log: control characters are refused with a message.
import { z } from 'zod';
import { isIsoDate } from '@/lib/shared/dates';

/**
 * C0 controls other than tab and line breaks, DEL, the non-characters U+FFFE/U+FFFF and lone
 * surrogates: none can be in an XML document, so none may reach a letter (.docx is XML).
 */
export function hasControlChars(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffe || c === 0xffff) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      if (!(i + 1 < v.length && v.charCodeAt(i + 1) >= 0xdc00 && v.charCodeAt(i + 1) <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** The same characters removed (for text stored before they were refused). */
export function xmlSafe(v: string): string {
  return v.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

/**
 * Whether anything a reader can see is left once format characters (zero-width spaces and joiners,
 * direction marks), spaces of every kind and blank-looking letters (Hangul fillers, the blank
 * braille pattern) are taken out: a name of those alone would print as nothing.
 */
function hasVisibleText(v: string): boolean {
  return v.replace(/[\p{Cf}\p{Z}\s\u115f\u1160\u3164\uffa0\u2800]/gu, '').length > 0;
}

export function text(label: string, max: number, { required = false, multiline = false } = {}) {
  let s = z
    .string({ message: `${label}须为文字` })
    .trim()
    .max(max, `${label}不超过 ${max} 个字符`)
    .refine((v) => !hasControlChars(v), `${label}含有不可见的控制字符`)
    .refine((v) => multiline || !/[\r\n]/.test(v), `${label}不能换行`);
  if (required)
    s = s.refine((v) => v.length > 0, `请填写${label}`).refine((v) => !v || hasVisibleText(v), `${label}不能只有空白或不可见字符`);
  return s;
}

export const optionalText = (label: string, max: number) => text(label, max).optional().default('');

export const isoDate = (label: string) =>
  z.string({ message: `${label}须为日期（YYYY-MM-DD）` }).refine(isIsoDate, `${label}不是有效日期（YYYY-MM-DD）`);

/** Text from a query or a search box, with control characters (a NUL byte) taken out and a length cap. */
export const cleanQuery = (v: string | null | undefined, max: number) =>
  (v ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, max);
