import { revalidatePath } from 'next/cache';

/** What a form's server action answers once its change is stored: the page redrawn, and a message. */
export function saved(path: string, message = '已保存') {
  revalidatePath(path);
  return { ok: true as const, message };
}
