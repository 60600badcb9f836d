// Signs in over HTTP as a browser would (next-auth's CSRF token, then the credentials callback) and
// returns the session cookie, or null when the sign-in was refused. Used by the benchmark and the
// two-process and proxy tests.
export async function signInCookie(
  base: string,
  login: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<string | null> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, login, password, json: 'true' }),
  });
  // Over https the cookie carries the __Secure- prefix (NEXTAUTH_URL https://…).
  const session = res.headers.getSetCookie().find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  return session ? session.split(';')[0] : null;
}
