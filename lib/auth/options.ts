import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db/client';
import { verifyPassword } from './password';
import { isRole, type Role } from './permissions';
import { checkNotThrottled, recordFailure, recordSuccess } from './throttle';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: '账号密码',
      credentials: { login: { label: '登录名', type: 'text' }, password: { label: '密码', type: 'password' } },
      async authorize(credentials, req) {
        const login = credentials?.login?.trim().slice(0, 100);
        const password = credentials?.password;
        if (!login || !password) return null;
        const forwarded = req?.headers?.['x-forwarded-for'];
        const address = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0].trim() || 'local';
        // Thrown messages reach the sign-in form; returning null means "wrong login or password".
        await checkNotThrottled(login, address);
        const user = await db().user.findUnique({ where: { login } });
        const ok = !!user && user.active && isRole(user.role) && (await verifyPassword(password, user.passwordHash));
        if (!ok || !user) {
          await recordFailure(login, address);
          return null;
        }
        await recordSuccess(login);
        return { id: String(user.id), name: user.name, role: user.role as Role, login: user.login };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = Number(user.id);
        token.role = user.role;
        token.login = user.login;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.userId, role: token.role, login: token.login };
      return session;
    },
  },
};
