// Failed sign-ins are limited per account and per address, with the counters in PostgreSQL so
// that every server process sees the same numbers (rate-limiter-flexible).
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

export const LIMITS = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 };

let limiters: { account: RateLimiterPostgres; address: RateLimiterPostgres } | null = null;

function get() {
  if (!limiters) {
    // A small pool of its own: throttling must work even when the main pool is busy.
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    // An idle connection dropped by the server (restart, failover) must not take the app down.
    pool.on('error', () => {});
    const common = { storeClient: pool, storeType: 'pool', tableName: 'login_throttle', tableCreated: true, duration: LIMITS.windowSeconds, blockDuration: LIMITS.windowSeconds };
    limiters = {
      account: new RateLimiterPostgres({ ...common, keyPrefix: 'acct', points: LIMITS.perAccount }),
      address: new RateLimiterPostgres({ ...common, keyPrefix: 'addr', points: LIMITS.perAddress }),
    };
  }
  return limiters;
}

export class ThrottledError extends Error {}

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/** Refuses (before the password is checked) when the account or the address is locked out. */
export async function checkNotThrottled(login: string, address: string): Promise<void> {
  const { account, address: addr } = get();
  const [a, b] = await Promise.all([account.get(login.toLowerCase()), addr.get(address)]);
  const blocked = [a && a.consumedPoints >= LIMITS.perAccount ? a : null, b && b.consumedPoints >= LIMITS.perAddress ? b : null].filter(Boolean) as RateLimiterRes[];
  if (blocked.length) {
    const wait = Math.max(...blocked.map((r) => r.msBeforeNext));
    throw new ThrottledError(`登录失败次数过多，请 ${minutes(wait)} 分钟后再试`);
  }
}

export async function recordFailure(login: string, address: string): Promise<void> {
  const { account, address: addr } = get();
  await Promise.all([account.penalty(login.toLowerCase(), 1), addr.penalty(address, 1)]);
}

export async function recordSuccess(login: string): Promise<void> {
  await get().account.delete(login.toLowerCase());
}
