// Sessions that really end. The signed cookie only carries a session id; every request checks its
// row (not ended, not expired, user active). Ending rows is how sign-out, "sign out everywhere",
// password resets and changes, and disabling a user take effect at once.
import crypto from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { first, qb, sql } from '@/lib/db/kysely';
import { isRole } from './permissions';
import type { TokenActor } from './tokens';

type Db = Pick<PrismaClient, 'userSession' | '$queryRawUnsafe'>;

export interface SessionActor extends TokenActor {
  sessionId: string;
  mustChangePassword: boolean;
}

export async function startSession(db: Db, userId: number, maxAgeSeconds: number, address: string): Promise<string> {
  const id = crypto.randomBytes(24).toString('base64url');
  await db.userSession.create({
    data: { id, userId, expiresAt: new Date(Date.now() + maxAgeSeconds * 1000), address: address.slice(0, 64) },
  });
  return id;
}

export async function endSession(db: Db, id: string, reason: string): Promise<void> {
  await db.userSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date(), endReason: reason } });
}

/** Ends every open session of a user, except `keep` (the one changing its own password). */
export async function endUserSessions(db: Db, userId: number, reason: string, keep?: string): Promise<number> {
  const r = await db.userSession.updateMany({
    where: { userId, endedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { endedAt: new Date(), endReason: reason },
  });
  return r.count;
}

/** The signed-in user behind a session id, or null when the session has ended for any reason. */
export async function sessionActor(db: Db, id: string): Promise<SessionActor | null> {
  const u = await first(
    db,
    qb
      .selectFrom('user_session as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .select(['u.id', 'u.role', 'u.login', 'u.name', 'u.agency_id', 'u.department_id', 'u.must_change_password'])
      .where('s.id', '=', id)
      .where('s.ended_at', 'is', null)
      .where('s.expires_at', '>', sql<Date>`now()`)
      .where('u.active', '=', true),
  );
  if (!u || !isRole(u.role)) return null;
  return {
    userId: u.id,
    role: u.role,
    login: u.login,
    name: u.name,
    agencyId: u.agency_id,
    departmentId: u.department_id,
    sessionId: id,
    mustChangePassword: u.must_change_password,
  };
}
