// Sign-in throttling that strangers can't turn against a user, and sessions that really end.
import { describe, expect, it } from 'vitest';
import { endSession, sessionActor, startSession } from '@/lib/auth/sessions';
import { accountDelaySeconds, checkNotThrottled, LIMITS, recordFailure, recordSuccess, ThrottledError } from '@/lib/auth/throttle';
import { changeOwnPassword, resetPassword, setUserActive, signOutEverywhere } from '@/lib/users/manage-users';
import { demoForFile } from '../helpers/actors';

const { tdb, a } = demoForFile();

describe('sign-in throttling', () => {
  it('locks the account+address pair after 5 failures, but not the account from elsewhere', async () => {
    const db = tdb.prisma;
    for (let i = 0; i < LIMITS.perPair; i++) {
      await checkNotThrottled(db, 'clerk', '203.0.113.5');
      await recordFailure(db, 'clerk', '203.0.113.5');
    }
    await expect(checkNotThrottled(db, 'clerk', '203.0.113.5')).rejects.toThrow(/登录失败次数过多，请 1[0-5] 分钟后再试/);
    await expect(checkNotThrottled(db, 'CLERK', '203.0.113.5')).rejects.toThrow(ThrottledError);
    // The real user, at the office, is not locked out by a stranger's five guesses.
    await expect(checkNotThrottled(db, 'clerk', '10.1.2.3')).resolves.toBeUndefined();
  });

  it('slows an account down after 10 failures from anywhere, for addresses that failed it themselves, never a clean one', async () => {
    const db = tdb.prisma;
    const t0 = new Date('2026-11-27T02:00:00Z');
    for (let i = 0; i < 12; i++) await recordFailure(db, 'reviewer', `198.51.100.${i}`, t0);
    expect([accountDelaySeconds(9), accountDelaySeconds(10), accountDelaySeconds(12), accountDelaySeconds(40)]).toEqual([0, 2, 8, 60]);
    // An address that guessed wrong for this account waits …
    await expect(checkNotThrottled(db, 'reviewer', '198.51.100.3', new Date(t0.getTime() + 1000))).rejects.toThrow(/请 7 秒后再试/);
    await expect(checkNotThrottled(db, 'reviewer', '198.51.100.3', new Date(t0.getTime() + 8_000))).resolves.toBeUndefined();
    // … the real user at a clean address does not.
    await expect(checkNotThrottled(db, 'reviewer', '10.9.9.9', new Date(t0.getTime() + 1000))).resolves.toBeUndefined();
    await recordSuccess(db, 'reviewer', '10.9.9.9');
    await expect(checkNotThrottled(db, 'reviewer', '198.51.100.3', new Date(t0.getTime() + 1000))).resolves.toBeUndefined();
  });

  it('locks an address after 30 failures whatever logins it tries, and takes any address text', async () => {
    const db = tdb.prisma;
    for (let i = 0; i < LIMITS.perAddress; i++) await recordFailure(db, `nobody${i}`, '192.0.2.9');
    await expect(checkNotThrottled(db, 'manager', '192.0.2.9')).rejects.toThrow(ThrottledError);
    const long = 'x'.repeat(300) + '\u4e00';
    await recordFailure(db, 'manager', long);
    await expect(checkNotThrottled(db, 'manager', long)).resolves.toBeUndefined();
  });
});

describe('sessions', () => {
  const open = (userId: number) => startSession(tdb.prisma, userId, 3600, '127.0.0.1');

  it('ends one session at sign-out and all of them with "sign out everywhere"', async () => {
    const [s1, s2] = [await open(a.clerk.userId), await open(a.clerk.userId)];
    await endSession(tdb.prisma, s1, 'sign_out');
    expect(await sessionActor(tdb.prisma, s1)).toBeNull();
    expect(await sessionActor(tdb.prisma, s2)).toMatchObject({ userId: a.clerk.userId, role: 'clerk' });
    await signOutEverywhere(tdb.prisma, a.clerk.userId);
    expect(await sessionActor(tdb.prisma, s2)).toBeNull();
  });

  it('ends every session on disable, and re-enabling brings none back', async () => {
    const s = await open(a.manager.userId);
    await setUserActive(tdb.prisma, 'manager', false, a.admin.userId);
    expect(await sessionActor(tdb.prisma, s)).toBeNull();
    await setUserActive(tdb.prisma, 'manager', true, a.admin.userId);
    expect(await sessionActor(tdb.prisma, s)).toBeNull();
  });

  it('ends sessions on an admin reset and makes the user choose a password; a change keeps only the current session', async () => {
    const before = await open(a.reviewer.userId);
    await resetPassword(tdb.prisma, 'reviewer', 'Reset-pass-2026', a.admin.userId);
    expect(await sessionActor(tdb.prisma, before)).toBeNull();
    const current = await open(a.reviewer.userId);
    const other = await open(a.reviewer.userId);
    const change = (was: string, confirm: string) =>
      changeOwnPassword(tdb.prisma, a.reviewer.userId, { current: was, next: 'Mine-pass-2026', confirm }, current);
    expect(await sessionActor(tdb.prisma, current)).toMatchObject({ mustChangePassword: true });
    await expect(change('wrong-one-1', 'Mine-pass-2026')).rejects.toThrow('当前密码不正确');
    await expect(change('Reset-pass-2026', 'Other-2026x')).rejects.toThrow('两次输入的新密码不一致');
    await change('Reset-pass-2026', 'Mine-pass-2026');
    expect(await sessionActor(tdb.prisma, current)).toMatchObject({ mustChangePassword: false });
    expect(await sessionActor(tdb.prisma, other)).toBeNull();
  });

  it('refuses an expired session', async () => {
    const s = await startSession(tdb.prisma, a.admin.userId, -1, '127.0.0.1');
    expect(await sessionActor(tdb.prisma, s)).toBeNull();
  });
});

describe('the sign-in form itself', () => {
  async function authorize() {
    process.env.DATABASE_URL = tdb.url;
    const { authOptions } = await import('@/lib/auth/options');
    const provider = authOptions.providers[0] as unknown as {
      options: { authorize: (c: Record<string, string>, r: unknown) => Promise<unknown> };
    };
    return (login: string, password: string, peer: string) =>
      provider.options.authorize({ login, password }, { headers: { 'x-dd-peer': peer, 'x-forwarded-for': '6.6.6.6' } });
  }

  it('takes as long for an unknown login as for a real one (the hash is always checked)', async () => {
    const auth = await authorize();
    const time = async (login: string, i: number) => {
      const t = performance.now();
      await auth(login, 'wrong-password-1', `10.7.0.${i}`);
      return performance.now() - t;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 8; i++) {
      known.push(await time('admin', i));
      unknown.push(await time(`ghost${i}`, i + 100));
    }
    // bcrypt at cost 10 takes tens of milliseconds; skipping it for unknown users would answer in a few.
    // The fastest of each (not the median) is compared: a busy machine only ever adds time.
    expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...known) * 0.6);
  });

  it('starts a session row on success and never passes a database error to the form', async () => {
    const auth = await authorize();
    await resetPassword(tdb.prisma, 'clerk', 'Known-pass-2026', a.admin.userId);
    const user = (await auth('clerk', 'Known-pass-2026', '10.8.0.1')) as { sid: string };
    expect(await sessionActor(tdb.prisma, user.sid)).toMatchObject({ login: 'clerk', mustChangePassword: true });
    // The address comes from the connection; a forged X-Forwarded-For of 300 characters changes nothing.
    await expect(auth('clerk', 'wrong-password-1', '10.8.0.2'.padEnd(300, '9'))).resolves.toBeNull();
  });
});
