// A Prisma read whose connection dies under it (PostgreSQL restarting, a failover) is tried once
// more on a fresh connection; a write is not (it may have committed) — issue 31, point 2. The read
// is held on a lock, its server process terminated, and the lock released.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../helpers/db';
import { demoActors } from '../helpers/actors';

let tdb: TestDb;
let locker: pg.Client;
beforeAll(async () => {
  tdb = await createTestDb();
  await demoActors(tdb.prisma);
  locker = new pg.Client({ connectionString: tdb.url });
  await locker.connect();
});
afterAll(async () => {
  await locker?.end();
  await tdb?.drop();
});

/** Runs `op` while app_user is locked, terminates the backend waiting for the lock, then releases it. */
async function cutWhileWaiting<T>(op: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  await locker.query('BEGIN; LOCK TABLE app_user IN ACCESS EXCLUSIVE MODE');
  const running = op().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  let pid: number | undefined;
  for (let i = 0; i < 100 && !pid; i++) {
    const r = await locker.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid() AND datname = current_database()",
    );
    pid = r.rows[0]?.pid;
    if (!pid) await new Promise((done) => setTimeout(done, 20));
  }
  expect(pid).toBeTruthy();
  await locker.query('SELECT pg_terminate_backend($1)', [pid]);
  await new Promise((done) => setTimeout(done, 200));
  await locker.query('COMMIT');
  return running;
}

it('answers a read whose connection was cut, from a fresh connection', async () => {
  const r = await cutWhileWaiting(() => tdb.prisma.user.findMany({ select: { login: true } }));
  expect(r.ok, r.ok ? '' : String(r.error)).toBe(true);
  if (r.ok) expect(r.value.map((u) => u.login)).toContain('clerk');
});

it('does not repeat a write whose connection was cut', async () => {
  const r = await cutWhileWaiting(() => tdb.prisma.user.updateMany({ where: { login: 'clerk' }, data: { name: '改名' } }));
  expect(r.ok).toBe(false);
  expect((await tdb.prisma.user.findUniqueOrThrow({ where: { login: 'clerk' } })).name).not.toBe('改名');
});
