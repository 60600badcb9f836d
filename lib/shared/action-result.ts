// What a server action hands back to its form: never a thrown error (that would be a 500 page).
import { asDomainError } from './errors';

export type ActionResult<T = undefined> =
  { ok: true; message: string; data?: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** The one place a thrown error becomes a form message. */
export function failure(err: unknown): ActionResult<never> {
  const e = asDomainError(err);
  if (!e) {
    console.error(err);
    return { ok: false, message: '操作失败，请稍后重试' };
  }
  if (e.fields?.length) {
    const fieldErrors: Record<string, string> = {};
    for (const f of e.fields) fieldErrors[f.field] ??= f.message;
    return { ok: false, message: Object.values(fieldErrors).join('；'), fieldErrors };
  }
  return { ok: false, message: e.message, ...(e.field ? { fieldErrors: { [e.field]: e.message } } : {}) };
}
