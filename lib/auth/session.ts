// The one place that answers "who is asking?" for pages, server actions and route handlers.
import 'server-only';
import { getToken } from 'next-auth/jwt';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { can, type Permission, type Role } from './permissions';
import { sessionActor } from './sessions';
import { PAGE_PERMISSIONS, type StaffPage } from './pages';

export interface Actor {
  userId: number;
  role: Role;
  login: string;
  name: string;
  agencyId: number;
  /** A handler's department: they see only the cases routed to it (lib/cases/case-scope.ts). */
  departmentId?: number | null;
  sessionId?: string;
  mustChangePassword?: boolean;
}

/**
 * The signed-in user. The cookie only names a session; its row and the user are read from the
 * database on every request (once per request), so sign-out, a password reset, disabling a user
 * or changing a role take effect at once, not when the cookie expires.
 */
export const getSession = cache(async (): Promise<Actor | null> => {
  const [h, c] = await Promise.all([headers(), cookies()]);
  const req = { headers: Object.fromEntries(h.entries()), cookies: Object.fromEntries(c.getAll().map((x) => [x.name, x.value])) };
  const token = await getToken({ req: req as never, secret: process.env.NEXTAUTH_SECRET }).catch(() => null);
  return typeof token?.sid === 'string' ? sessionActor(db(), token.sid) : null;
});

/** Pages a user who must first choose a new password may still open. */
const PASSWORD_PAGE = '/account';

/** For pages and server actions: anonymous → sign-in page, wrong role → 403 page. */
/** The actor allowed to open this staff page (its permission from PAGE_PERMISSIONS); `path` is where sign-in returns. */
export function requirePage(page: StaffPage, path: string = page): Promise<Actor> {
  return requirePermission(PAGE_PERMISSIONS[page], path);
}

export async function requirePermission(permission: Permission, callbackPath = '/'): Promise<Actor> {
  const actor = await getSession();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (actor.mustChangePassword && permission !== 'account.self') redirect(`${PASSWORD_PAGE}?required=1`);
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
