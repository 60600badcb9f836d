// Failed sign-ins, counted in PostgreSQL so every server process sees the same numbers. Three
// counters, chosen so a stranger can't lock anyone out:
//  - account + address: 5 failures in 15 minutes lock that pair (the attacker's own address);
//  - address: 30 failures in 15 minutes lock the address, whatever logins it tries;
//  - account, from anywhere: after 10 failures each further attempt waits progressively longer
//    (2, 4, 8 … at most 60 seconds) — but only attempts from an address that has itself failed
//    for this account recently. A sign-in from a clean address is always checked, so failures
//    from rotating addresses can't keep the real user out (round three's hostile test did, 15 of
//    15 tries); a guesser gets one guess per fresh address before the slow-down covers it too.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { execute, qb, rows } from '@/lib/db/kysely';
import { DomainError } from '@/lib/shared/errors';

export const LIMITS = { perPair: 5, perAddress: 30, accountFree: 10, maxDelaySeconds: 60, windowSeconds: 15 * 60 };

export class ThrottledError extends DomainError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

type Db = Pick<PrismaClient, '$queryRawUnsafe' | '$executeRawUnsafe'>;
const keys = (login: string, address: string) => {
  const l = login.toLowerCase().slice(0, 100);
  return { pair: `pair:${l}:${address}`, addr: `addr:${address}`, acct: `acct:${l}` };
};
const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

export function accountDelaySeconds(failures: number): number {
  return failures < LIMITS.accountFree ? 0 : Math.min(2 ** (failures - LIMITS.accountFree + 1), LIMITS.maxDelaySeconds);
}

/** Refuses (before the password is checked) while the pair or the address is locked, or the account must wait. */
export async function checkNotThrottled(db: Db, login: string, address: string, now = new Date()): Promise<void> {
  const k = keys(login, address);
  const found = await rows(
    db,
    qb
      .selectFrom('sign_in_failure')
      .select(['key', 'failures', 'first_at', 'last_at'])
      .where('key', 'in', [k.pair, k.addr, k.acct])
      .where('first_at', '>', new Date(now.getTime() - LIMITS.windowSeconds * 1000)),
  );
  const row = (key: string) => found.find((r) => r.key === key);
  for (const [key, limit] of [
    [k.pair, LIMITS.perPair],
    [k.addr, LIMITS.perAddress],
  ] as const) {
    const r = row(key);
    if (r && r.failures >= limit)
      throw new ThrottledError(
        `登录失败次数过多，请 ${minutes(r.first_at.getTime() + LIMITS.windowSeconds * 1000 - now.getTime())} 分钟后再试`,
      );
  }
  const acct = row(k.acct);
  const wait = acct && row(k.pair) ? acct.last_at.getTime() + accountDelaySeconds(acct.failures) * 1000 - now.getTime() : 0;
  if (wait > 0) throw new ThrottledError(`该账号近期登录失败较多，请 ${Math.ceil(wait / 1000)} 秒后再试`);
}

/** Counts one failure under `key` within a window; a counter older than the window starts again from one. */
export async function countFailure(db: Db, key: string, windowSeconds: number, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - windowSeconds * 1000);
  await execute(
    db,
    qb
      .insertInto('sign_in_failure')
      .values({ key, failures: 1, first_at: now, last_at: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => {
          const fresh = eb('sign_in_failure.first_at', '>', since);
          return {
            failures: eb
              .case()
              .when(fresh)
              .then(eb('sign_in_failure.failures', '+', 1))
              .else(1)
              .end(),
            first_at: eb.case().when(fresh).then(eb.ref('sign_in_failure.first_at')).else(now).end(),
            last_at: now,
          };
        }),
      ),
  );
}

/** Failures counted under `key` within the window. */
export async function recentFailures(db: Db, key: string, windowSeconds: number, now = new Date()): Promise<number> {
  const found = await rows(
    db,
    qb
      .selectFrom('sign_in_failure')
      .select('failures')
      .where('key', '=', key)
      .where('first_at', '>', new Date(now.getTime() - windowSeconds * 1000)),
  );
  return found[0]?.failures ?? 0;
}

export async function recordFailure(db: Db, login: string, address: string, now = new Date()): Promise<void> {
  for (const key of Object.values(keys(login, address))) await countFailure(db, key, LIMITS.windowSeconds, now);
}

/** A successful sign-in clears the account's counters (not the address's: it may be shared). */
export async function recordSuccess(db: Db, login: string, address: string): Promise<void> {
  const k = keys(login, address);
  await execute(db, qb.deleteFrom('sign_in_failure').where('key', 'in', [k.pair, k.acct]));
}
