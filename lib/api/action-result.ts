// What a server action hands back to its form: never a thrown error (that would be a 500 page).
import { ZodError } from 'zod';

export type ActionResult<T = undefined> =
  | { ok: true; message: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

export function failure(err: unknown, known: (e: unknown) => string | null = () => null): ActionResult<never> {
  if (err instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of err.issues) fieldErrors[issue.path.join('.')] ??= issue.message;
    return { ok: false, message: Object.values(fieldErrors).join('；'), fieldErrors };
  }
  const message = known(err);
  if (message) return { ok: false, message };
  console.error(err);
  return { ok: false, message: '操作失败，请稍后重试' };
}
