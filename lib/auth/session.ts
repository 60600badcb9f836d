// The one place that answers "who is asking?" for pages, server actions and route handlers.
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { authOptions } from './options';
import { can, isRole, type Permission, type Role } from './permissions';

export interface Actor { userId: number; role: Role; login: string; name: string; agencyId: number }

/**
 * The signed-in user, re-read from the database on every request so that disabling a user or
 * changing a role takes effect at once, not when the JWT expires.
 */
export async function getSession(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id } });
  if (!user || !user.active || !isRole(user.role)) return null;
  return { userId: user.id, role: user.role, login: user.login, name: user.name, agencyId: user.agencyId };
}

/** For pages and server actions: anonymous → sign-in page, wrong role → 403 page. */
export async function requirePermission(permission: Permission, callbackPath = '/'): Promise<Actor> {
  const actor = await getSession();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
