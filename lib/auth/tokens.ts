// API tokens: random secrets shown once; only their SHA-256 is stored (a fast hash is enough for
// 192 bits of randomness, and lets us look a token up by its hash).
import crypto from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isRole, type Role } from './permissions';
import { first, qb } from '@/lib/db/kysely';
import { announce } from '@/lib/db/change-feed';
import { audit } from '@/lib/audit/audit';

const PREFIX = 'ddk_';

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export async function createToken(db: PrismaClient, input: { userId: number; name: string; issuedById?: number | null }) {
  const secret = PREFIX + crypto.randomBytes(24).toString('base64url');
  const row = await db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: {
        userId: input.userId,
        name: input.name,
        issuedById: input.issuedById ?? null,
        prefix: secret.slice(0, 10),
        tokenHash: hashToken(secret),
      },
    });
    await audit(tx, {
      actorId: input.issuedById ?? null,
      action: 'token.create',
      target: `user:${input.userId}`,
      detail: { tokenId: token.id, name: input.name },
    });
    return token;
  });
  return { id: row.id, token: secret };
}

/** `agencyId`: an admin revokes only their own office's tokens (the shell, any). */
export async function revokeToken(db: PrismaClient, tokenId: number, actorId: number | null, agencyId?: number) {
  return db
    .$transaction(async (tx) => {
      const res = await tx.apiToken.updateMany({
        where: { id: tokenId, revokedAt: null, ...(agencyId === undefined ? {} : { user: { agencyId } }) },
        data: { revokedAt: new Date() },
      });
      if (res.count) {
        await audit(tx, { actorId, action: 'token.revoke', target: `token:${tokenId}` });
        await announce(tx, 'tokens');
      }
      return res.count > 0;
    })
    .finally(forgetTokenActors);
}

export interface TokenActor {
  userId: number;
  role: Role;
  login: string;
  name: string;
  agencyId: number;
  /** A handler's department (null for other roles). */
  departmentId: number | null;
}

// Automation sends many requests a second with one token: its answer is reused for a few seconds.
// Every process forgets it at once when a token is revoked or a user changed anywhere (NOTIFY,
// lib/db/change-feed.ts); CACHE_MS bounds the staleness if that channel is ever down.
const CACHE_MS = 5_000;
// On globalThis: Next bundles route handlers and server actions separately, each with its own
// module instances, and a revocation in one must clear the cache the other reads.
const g = globalThis as unknown as { ddTokenCache?: Map<string, { at: number; actor: TokenActor | null }> };
const cache = (g.ddTokenCache ??= new Map());

export function forgetTokenActors(): void {
  cache.clear();
}

/** The active user a bearer token acts as, or null for unknown, revoked or disabled. */
export async function actorForToken(db: PrismaClient, token: string): Promise<TokenActor | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const key = hashToken(token);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.actor;
  const actor = await lookupToken(db, key);
  if (cache.size > 10_000) cache.clear();
  cache.set(key, { at: Date.now(), actor });
  return actor;
}

async function lookupToken(db: PrismaClient, tokenHash: string): Promise<TokenActor | null> {
  // Every API call starts here, so it is one indexed query, written out.
  const row = await first(
    db,
    qb
      .selectFrom('api_token as t')
      .innerJoin('app_user as u', 'u.id', 't.user_id')
      .select(['t.id', 't.last_used_at', 'u.id as user_id', 'u.role', 'u.login', 'u.name', 'u.agency_id', 'u.department_id', 'u.active'])
      .select((eb) => [eb('t.revoked_at', 'is not', null).as('revoked'), 'u.must_change_password as must_change'])
      .where('t.token_hash', '=', tokenHash),
  );
  // While the user must choose a new password (a reset, an initial one), their tokens don't work.
  if (!row || row.revoked || !row.active || row.must_change || !isRole(row.role)) return null;
  // Record use at most once a minute, fire-and-forget: a usage timestamp must not slow down,
  // serialize or fail busy automation.
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return {
    userId: row.user_id,
    role: row.role,
    login: row.login,
    name: row.name,
    agencyId: row.agency_id,
    departmentId: row.department_id,
  };
}

export function listTokens(db: PrismaClient, agencyId?: number) {
  return db.apiToken.findMany({
    where: agencyId === undefined ? {} : { user: { agencyId } },
    orderBy: { id: 'desc' },
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      user: { select: { login: true, name: true } },
    },
  });
}

/** The office's active users a token may be issued for, by login. */
export const tokenUsers = (db: PrismaClient, agencyId: number) =>
  db.user.findMany({ where: { active: true, agencyId }, orderBy: { login: 'asc' }, select: { login: true, name: true } });

/** Issues a token for one of the office's active users named by login; null when there is none. */
export async function createTokenFor(db: PrismaClient, agencyId: number, login: string, name: string, issuedById: number) {
  const user = await db.user.findFirst({ where: { login, agencyId } });
  if (!user || !user.active) return null;
  return createToken(db, { userId: user.id, name, issuedById });
}
