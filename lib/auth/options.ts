import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db/client';
import { clientAddress } from './client-address';
import { verifyPassword } from './password';
import { isRole } from './permissions';
import { matchOidcUser, oidcConfig, passwordSignIn, type OidcConfig } from './oidc';
import { endSession, startSession } from './sessions';
import { checkNotThrottled, recordFailure, recordSuccess, ThrottledError } from './throttle';

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

// Unknown and disabled users are checked against this hash too, so the answer takes as long as
// for a real account and timing doesn't tell which logins exist.
const DUMMY_HASH = '$2b$10$uHqkKul4hCpL27VLpltrLeF1vlzrkwKKHBHw9LLH4.Ajo7sh50B7G';

const header = (h: Record<string, unknown> | undefined, name: string) => {
  const v = h?.[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? String(v[0]) : null;
};

/** The app is served over TLS (NEXTAUTH_URL is https): then every cookie is Secure (__Secure- names). */
const secureCookies = () => (process.env.NEXTAUTH_URL ?? '').startsWith('https://');

// next-auth drops a profile without an id before the signIn callback could word the refusal.
const UNMATCHED = 'unmatched';

/** The identity service as next-auth's provider `oidc`: discovery, PKCE and state, the ID token checked. */
function oidcProvider(c: OidcConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: 'oidc',
    name: c.label,
    type: 'oauth',
    wellKnown: `${c.issuer}/.well-known/openid-configuration`,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    authorization: { params: { scope: 'openid profile email' } },
    idToken: true,
    checks: ['pkce', 'state', 'nonce'],
    // The user this identity names here, or UNMATCHED, which the signIn callback turns away.
    async profile(claims) {
      const user = await matchOidcUser(db(), c.claim, claims);
      return user
        ? { id: String(user.id), name: user.name, login: user.login, role: user.role, sid: '' }
        : { id: UNMATCHED, role: '', login: '', sid: '' };
    },
  };
}

const oidc = oidcConfig();

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureCookies(),
  // Errors of the identity service's round trip come back to the sign-in page, which words them.
  pages: { signIn: '/login', error: '/login' },
  providers: [...(oidc ? [oidcProvider(oidc)] : []), ...(passwordSignIn() ? [passwordProvider()] : [])],
  callbacks: {
    signIn({ user, account }) {
      if (account?.provider === 'oidc' && user.id === UNMATCHED) return '/login?error=OidcNoUser';
      return true;
    },
    async jwt({ token, user, account }) {
      if (user) {
        token.userId = Number(user.id);
        // The identity service's sign-in opens the app's own session here (the password's opens it in authorize).
        token.sid = account?.provider === 'oidc' ? await startSession(db(), Number(user.id), SESSION_MAX_AGE_SECONDS, 'oidc') : user.sid;
      }
      return token;
    },
    // The browser learns nothing from /api/auth/session beyond its name: who is signed in, with
    // which role, is read from the database on every request (lib/auth/session.ts).
    session({ session }) {
      return { expires: session.expires, user: { name: session.user?.name ?? null } } as typeof session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await endSession(db(), token.sid, 'sign_out').catch((e) => console.error(e));
    },
  },
};

function passwordProvider() {
  return CredentialsProvider({
    name: '账号密码',
    credentials: { login: { label: '登录名', type: 'text' }, password: { label: '密码', type: 'password' } },
    async authorize(credentials, req) {
      const login = credentials?.login?.trim().slice(0, 100);
      const password = credentials?.password?.slice(0, 200);
      if (!login || !password) return null;
      const headers = req?.headers as Record<string, unknown> | undefined;
      const address = clientAddress(header(headers, 'x-dd-peer'), header(headers, 'x-forwarded-for'));
      // Thrown messages reach the sign-in form: only our own, never a database's.
      try {
        await checkNotThrottled(db(), login, address);
        const user = await db().user.findUnique({ where: { login } });
        const usable = !!user && user.active && isRole(user.role);
        const matches = await verifyPassword(password, usable ? user.passwordHash : DUMMY_HASH);
        if (!usable || !matches) {
          await recordFailure(db(), login, address);
          return null;
        }
        await recordSuccess(db(), login, address);
        const sid = await startSession(db(), user.id, SESSION_MAX_AGE_SECONDS, address);
        return { id: String(user.id), name: user.name, role: user.role as never, login: user.login, sid };
      } catch (err) {
        if (err instanceof ThrottledError) throw err;
        console.error(err);
        throw new Error('登录暂时无法完成，请稍后再试');
      }
    },
  });
}
