// Sign-in through the government's unified identity service (统一身份认证平台) over OpenID Connect.
// The identity only names a user who already exists here: it is matched by one configured claim —
// the login (preferred_username by default) or the e-mail address — to an active user, and the
// user's role and office come from this app, never from the token. Nobody is created; a disabled
// user stays out; the session is the app's own (lib/auth/sessions.ts), so it ends as any other.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isRole } from './permissions';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim that names the user: `email` is matched to the user's e-mail, any other to the login. */
  claim: string;
  /** The button's words on the sign-in page. */
  label: string;
}

/** OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together turn it on; null without them. */
export function oidcConfig(env: Record<string, string | undefined> = process.env): OidcConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer: issuer.replace(/\/+$/, ''),
    clientId,
    clientSecret,
    claim: env.OIDC_MATCH_CLAIM || 'preferred_username',
    label: env.OIDC_LABEL || '统一身份认证登录',
  };
}

/** Password sign-in stays on unless PASSWORD_SIGNIN=0 — and only when another way to sign in exists. */
export function passwordSignIn(env: Record<string, string | undefined> = process.env): boolean {
  return env.PASSWORD_SIGNIN !== '0' || !oidcConfig(env);
}

/** The active user the identity's claims name, or null (no such claim, no such user, disabled). */
export async function matchOidcUser(
  db: Pick<PrismaClient, 'user'>,
  claim: string,
  claims: Record<string, unknown>,
): Promise<{ id: number; name: string; login: string; role: string } | null> {
  const value = claims[claim];
  if (typeof value !== 'string' || !value.trim() || value.length > 200) return null;
  const v = value.trim();
  const found =
    claim === 'email'
      ? // An e-mail address names a user only if it names exactly one.
        await db.user.findMany({ where: { email: { equals: v, mode: 'insensitive' } }, take: 2 })
      : await db.user.findMany({ where: { login: v }, take: 1 });
  const user = found.length === 1 ? found[0] : null;
  return user && user.active && isRole(user.role) ? { id: user.id, name: user.name, login: user.login, role: user.role } : null;
}
