// A platform runs several app processes on one PostgreSQL. Two `npm start` servers (the built app,
// scripts/next-server.mjs) share a database here, and whichever answers, the rules hold: sign-in
// limits, token revocation, user changes and counted figures (caches dropped in every process
// through NOTIFY, well inside the caches' own expiry), session ending, calendar changes, gap-free tracking and
// 文号 numbering under concurrent load, and frozen tables.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, revokeToken } from '@/lib/auth/tokens';
import { freePort } from '@/lib/db/embedded';
import { setCalendarDay } from '@/lib/settings/calendar';
import { freezeReport } from '@/lib/statistics/manage-report';
import { changeRole } from '@/lib/users/manage-users';
import { createTestDb, type TestDb } from '../helpers/db';
import { signInCookie } from '../../scripts/lib/sign-in-cookie';
import { demoActors, type Actors } from '../helpers/actors';

const PASSWORD = 'test-Password-1';
let tdb: TestDb;
let a: Actors;
const procs: ChildProcess[] = [];
let A = '';
let B = '';

async function startServer(url: string): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/next-server.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url,
      NEXTAUTH_SECRET: 'two-processes',
      NEXTAUTH_URL: `http://localhost:${port}`,
      NODE_ENV: 'production',
    },
    stdio: 'ignore',
  });
  procs.push(child);
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return base;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

const signIn = signInCookie;

const me = (base: string, headers: Record<string, string>) => fetch(`${base}/api/v1/me`, { headers }).then((r) => r.status);
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

/** Registers a letter through the server at `base` (no receipt), as an API client would. */
const registerVia = (base: string, token: string, receivedOn: string, name: string, description: string) =>
  fetch(`${base}/api/v1/requests?receipt=0`, {
    method: 'POST',
    headers: { ...bearer(token), 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'letter', receivedOn, applicant: { kind: 'natural', name }, description }),
  });

/** How long until `check` holds (ms), polling every 50 ms, at most `limit` ms. */
async function within(limit: number, check: () => Promise<boolean>): Promise<number> {
  const t = Date.now();
  while (Date.now() - t < limit) {
    if (await check()) return Date.now() - t;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Infinity;
}

beforeAll(async () => {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('两进程测试需要先构建（npm test 在集成测试之前运行 next build）');
  tdb = await createTestDb();
  a = await demoActors(tdb.prisma);
  [A, B] = await Promise.all([startServer(tdb.url), startServer(tdb.url)]);
}, 120_000);
afterAll(async () => {
  for (const p of procs) p.kill('SIGTERM');
  await tdb?.drop();
});

describe('two app processes on one database', () => {
  it('sign-in limits count failures whichever process took them', async () => {
    for (let i = 0; i < 5; i++) expect(await signIn(i % 2 ? A : B, 'reviewer', 'wrong-password')).toBeNull();
    // The pair (account, address) is now locked on both: even the right password is refused.
    expect(await signIn(A, 'reviewer', PASSWORD)).toBeNull();
    expect(await signIn(B, 'reviewer', PASSWORD)).toBeNull();
    expect(await tdb.prisma.signInFailure.count()).toBeGreaterThan(0);
  });

  it('a session ended on one process is refused by the other', async () => {
    const cookie = (await signIn(A, 'clerk', PASSWORD))!;
    expect(cookie).toBeTruthy();
    expect(await me(B, { cookie })).toBe(200);
    const csrf = await fetch(`${B}/api/auth/csrf`, { headers: { cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = [cookie, ...csrf.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
    await fetch(`${B}/api/auth/signout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
      body: new URLSearchParams({ csrfToken, json: 'true' }),
    });
    expect(await me(A, { cookie })).toBe(401);
  });

  it('a revoked token and a changed role are obeyed by both processes at once (NOTIFY), not after the cache expires', async () => {
    const { id, token } = await createToken(tdb.prisma, { userId: a.clerk.userId, name: '两进程' });
    expect([await me(A, bearer(token)), await me(B, bearer(token))]).toEqual([200, 200]); // both now cache it
    await revokeToken(tdb.prisma, id, null); // from "the shell": neither process made the change
    const t = await within(2_000, async () => (await me(A, bearer(token))) === 401 && (await me(B, bearer(token))) === 401);
    expect(t).toBeLessThan(2_000);

    const other = (await createToken(tdb.prisma, { userId: a.manager.userId, name: '角色' })).token;
    const reports = (base: string) => fetch(`${base}/api/v1/reports/2025`, { headers: bearer(other) }).then((r) => r.status);
    expect([await reports(A), await reports(B)]).toEqual([200, 200]);
    await changeRole(tdb.prisma, 'manager', 'clerk', null);
    expect(await within(2_000, async () => (await reports(A)) === 403 && (await reports(B)) === 403)).toBeLessThan(2_000);
    await changeRole(tdb.prisma, 'manager', 'manager', null);
  });

  it('a calendar change moves the next due date computed by either process at once', async () => {
    const token = (await createToken(tdb.prisma, { userId: a.clerk.userId, name: '日历' })).token;
    const register = async (base: string) =>
      ((await (await registerVia(base, token, '2025-09-26', '日历', '期限')).json()) as { dueOn: string }).dueOn;
    expect([await register(A), await register(B)]).toEqual(['2025-10-30', '2025-10-30']);
    await setCalendarDay(tdb.prisma, { date: '2025-10-20', work: false, name: '临时调整' }, null);
    expect(await within(2_000, async () => (await register(A)) === '2025-10-31' && (await register(B)) === '2025-10-31')).toBeLessThan(
      2_000,
    );
  });

  it("a case registered through one process counts in the other's year table at once (NOTIFY), not when its cache expires", async () => {
    const clerk = (await createToken(tdb.prisma, { userId: a.clerk.userId, name: '登记' })).token;
    const manager = (await createToken(tdb.prisma, { userId: a.manager.userId, name: '报表' })).token;
    const received = async (base: string) => {
      const r = (await fetch(`${base}/api/v1/reports/2024?format=2021`, { headers: bearer(manager) }).then((x) => x.json())) as {
        cells: Record<string, unknown>;
      };
      return JSON.stringify(r.cells['3.1']);
    };
    const before = await received(B);
    expect(await received(A)).toBe(before); // both processes now hold the table
    const res = await registerVia(A, clerk, '2024-05-06', '跨进程', '统计');
    expect(res.status).toBe(201);
    expect(await within(2_000, async () => (await received(B)) !== before && (await received(A)) === (await received(B)))).toBeLessThan(
      2_000,
    );
  });

  it('tracking numbers and 文号 stay gap-free when both processes issue at once', async () => {
    const token = (await createToken(tdb.prisma, { userId: a.clerk.userId, name: '编号' })).token;
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        fetch(`${i % 2 ? A : B}/api/v1/requests`, {
          method: 'POST',
          headers: { ...bearer(token), 'content-type': 'application/json' },
          body: JSON.stringify({
            channel: 'letter',
            receivedOn: '2026-03-02',
            applicant: { kind: 'natural', name: `并发${i}` },
            description: '编号',
          }),
        }).then(async (r) => {
          expect(r.status).toBe(201);
          return (await r.json()) as { id: number; trackingNo: string };
        }),
      ),
    );
    const numbers = created.map((c) => Number(c.trackingNo.split('-')[1])).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    // Each registration issued a receipt: their 文号 are 1…24 as well.
    const docNos = (
      await tdb.prisma.document.findMany({ where: { caseId: { in: created.map((c) => c.id) } }, select: { docNo: true } })
    ).map((d) => Number(/〔2026〕(\d+)号/.exec(d.docNo)![1]));
    expect(docNos.sort((x, y) => x - y)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('a table frozen through one process is frozen for the other, and later changes show as differences', async () => {
    const token = (await createToken(tdb.prisma, { userId: a.manager.userId, name: '报表' })).token;
    await freezeReport(tdb.prisma, a.manager.agencyId, 2025, '2021', a.manager.userId);
    const [ra, rb] = await Promise.all(
      [A, B].map((base) => fetch(`${base}/api/v1/reports/2025?format=2021`, { headers: bearer(token) }).then((r) => r.json())),
    );
    expect(ra.frozen).not.toBeNull();
    expect(rb.frozen).toEqual(ra.frozen);
    expect(rb.cells).toEqual(ra.cells);
  });
});
