/** The cookie that remembers, for a day, which hint this browser followed (only to count it). */
export const HINT_COOKIE = 'dd_hint';

export function hintToken(cookieHeader: string | null): string | undefined {
  const m = /(?:^|;\s*)dd_hint=([A-Za-z0-9_-]{1,64})(?:;|$)/.exec(cookieHeader ?? '');
  return m?.[1];
}
