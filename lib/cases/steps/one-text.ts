// The input of the steps that take nothing but one optional free text (a note, a reviewer's
// comment): its schema and its one form field, written once.
import { z } from 'zod';
import { optionalText } from '@/lib/shared/text';
import type { FieldSpec } from './define';

function oneText<K extends string>(name: K, label: string, max: number) {
  const shape = { [name]: optionalText(label, max) } as { [P in K]: ReturnType<typeof optionalText> };
  return { data: z.object(shape), fields: [{ name, label, kind: 'text' }] satisfies FieldSpec[] as FieldSpec[] };
}

export const REVIEW_COMMENT = oneText('comment', '审核意见', 1000);
export const NOTE = oneText('note', '说明', 500);
