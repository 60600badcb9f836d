import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db/client';
import { verifyPassword } from './password';
import { isRole } from './permissions';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: '账号密码',
      credentials: { login: { label: '登录名', type: 'text' }, password: { label: '密码', type: 'password' } },
      async authorize(credentials) {
        const login = credentials?.login?.trim();
        const password = credentials?.password;
        if (!login || !password) return null;
        const user = await db().user.findUnique({ where: { login } });
        // Compare even for unknown users would hide timing; bcrypt's cost dominates either way.
        if (!user || !user.active || !isRole(user.role)) return null;
        if (!(await verifyPassword(password, user.passwordHash))) return null;
        return { id: String(user.id), name: user.name, role: user.role, login: user.login };
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
