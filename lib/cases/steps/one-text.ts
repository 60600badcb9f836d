// The input of the steps that take nothing but one free text (a note, a reviewer's comment, a
// reason): its schema and its one form field, written once.
import { z } from 'zod';
import { optionalText, text } from '@/lib/shared/text';
import type { FieldSpec } from './define';

function oneText<K extends string>(name: K, label: string, max: number) {
  const shape = { [name]: optionalText(label, max) } as { [P in K]: ReturnType<typeof optionalText> };
  return { data: z.object(shape), fields: [{ name, label, kind: 'text' }] satisfies FieldSpec[] as FieldSpec[] };
}

/** A step whose one input is a required text: a refusal's reason, a return's comment. */
export function requiredText<K extends string>(name: K, label: string, max: number, { multiline = false, fieldLabel = label } = {}) {
  const shape = { [name]: text(label, max, { required: true, multiline }) } as { [P in K]: ReturnType<typeof text> };
  const field: FieldSpec = { name, label: fieldLabel, kind: multiline ? 'textarea' : 'text', required: true };
  return { data: z.object(shape), fields: [field] };
}

export const REVIEW_COMMENT = oneText('comment', '审核意见', 1000);
export const NOTE = oneText('note', '说明', 500);
