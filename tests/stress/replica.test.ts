// A primary and a streaming replica (Debian's PostgreSQL, started here), the app given both: the
// year tables and exports read the replica — counted in the replica's own pg_stat_statements — and
// still count a case registered a moment before; a replica that can't catch up (replay paused) or
// is stopped changes nothing for users: the primary answers, /api/health says why (issue 31, point 1).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '@/lib/db/embedded';
import { serverNodeFlags } from '../../scripts/lib/server-flags';
import { waitForOk } from '../helpers/app-server';
import { signInCookie } from '../../scripts/lib/sign-in-cookie';
import { debianPgBin, startPrimary, startReplica, type Cluster } from '../helpers/debian-postgres';
import { numberedApplication, prepareDatabase } from '../helpers/own-database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-replica-'));
const servers: Cluster[] = [];
let app: ChildProcess | undefined;
afterAll(() => {
  app?.kill('SIGKILL');
  for (const s of servers) {
    try {
      s.stop();
    } catch {
      // already stopped by the test
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

async function query<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<R>(text)).rows;
  } finally {
    await c.end();
  }
}

it('reads year tables and exports from a caught-up replica, the primary otherwise, and says so', async () => {
  expect(fs.existsSync('.next/BUILD_ID'), 'run `next build` first (npm test does)').toBe(true);
  const bin = debianPgBin();
  expect(bin, "Debian's postgresql package (pg_basebackup) is needed: apt-get install postgresql").toBeTruthy();
  const primary = startPrimary(bin!, dir, await freePort());
  servers.push(primary);
  const url = primary.url('dd_replica');
  const { token, managerToken } = await prepareDatabase(url, 'replica');
  const t0 = Date.now();
  await query(url, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const replica = startReplica(bin!, dir, primary, await freePort());
  console.log(`replica: primary migrated and seeded, replica started in ${Date.now() - t0} ms`);
  servers.push(replica);
  const replicaUrl = replica.url('dd_replica');

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  app = spawn(process.execPath, [...serverNodeFlags(), 'scripts/next-server.mjs'], {
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url,
      DATABASE_REPLICA_URL: replicaUrl,
      REPLICA_MAX_LAG_SECONDS: '2',
      NEXTAUTH_SECRET: 'replica',
      NODE_ENV: 'production',
    },
  });
  await waitForOk(`${base}/api/health`);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let n = 0;
  /** Registers a case and opens it at once: a clerk's write is on the next page, whatever the replica. */
  const register = async () => {
    const res = await fetch(`${base}/api/v1/requests?receipt=0`, { method: 'POST', headers, body: numberedApplication('副本', n++) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    expect((await fetch(`${base}/api/v1/requests/${id}`, { headers })).status).toBe(200);
  };
  /** Cases received in 2025 by the year table (row 3.1), and how long the answer took. */
  const received = async () => {
    const t = Date.now();
    const res = await fetch(`${base}/api/v1/reports/2025?format=2021`, { headers: { authorization: `Bearer ${managerToken}` } });
    expect(res.status).toBe(200);
    const { cells } = (await res.json()) as { cells: Record<string, { total: number }> };
    return { total: cells['3.1'].total, ms: Date.now() - t };
  };
  const health = async () => (await (await fetch(`${base}/api/health`)).json()) as { status: string; replica: { state: string } | string };
  // Statements of the app's that read cases, as the replica counted them.
  const replicaCaseReads = async () =>
    Number(
      (
        await query<{ n: string | null }>(
          replicaUrl,
          "SELECT sum(calls) AS n FROM pg_stat_statements WHERE query ILIKE '%disclosure_case%' AND query NOT ILIKE '%pg_stat_statements%'",
        )
      )[0].n ?? 0,
    );

  // What the administrator reads on 系统管理 → 运行状态.
  const admin = (await signInCookie(base, 'admin', 'replica-Pass-1'))!;
  const statusPage = async () => {
    const html = await (await fetch(`${base}/admin/status`, { headers: { cookie: admin } })).text();
    return /data-testid="status-只读副本"[^>]*>.*?<dd>(.*?)<\/dd>/s.exec(html)?.[1] ?? html.slice(0, 200);
  };

  for (let i = 0; i < 3; i++) await register();
  expect(await health()).toMatchObject({ status: 'ok', replica: { state: 'in_use' } });
  expect(await statusPage()).toMatch(/^使用中：年度报表、汇总、督办和导出读副本/);
  await query(replicaUrl, 'SELECT pg_stat_statements_reset()');
  const first = await received();
  const onReplica = await replicaCaseReads();
  // The export of the case list streams from the replica too.
  const csv = await (await fetch(`${base}/api/v1/requests/export?view=all&type=csv`, { headers })).text();
  const afterExport = await replicaCaseReads();
  console.log(
    `replica: year table ${first.total} cases in ${first.ms} ms, ${onReplica} case statements on the replica; export +${afterExport - onReplica}`,
  );
  expect(first.total).toBe(3);
  expect(onReplica).toBeGreaterThan(0);
  expect(csv.split('\n').filter(Boolean).length).toBe(4);
  expect(afterExport).toBeGreaterThan(onReplica);

  // Replay paused: the replica can't reach the primary's position, so the primary answers — with
  // the case just registered counted — and the replica is asked no case statement.
  await query(replicaUrl, 'SELECT pg_wal_replay_pause()');
  await register();
  const paused = await received();
  const whilePaused = await replicaCaseReads();
  console.log(
    `replica paused: year table ${paused.total} cases in ${paused.ms} ms, replica case statements ${afterExport} → ${whilePaused}`,
  );
  expect(paused.total).toBe(4);
  expect(whilePaused).toBe(afterExport);
  // Still paused, it falls further behind than REPLICA_MAX_LAG_SECONDS: the next status check (every
  // 5 s) calls it lagging, and the administrator reads that reports have moved to the primary.
  const pausedAt = Date.now();
  while (((await health()).replica as { state: string }).state !== 'lagging') {
    expect(Date.now() - pausedAt).toBeLessThan(20_000);
    await new Promise((r) => setTimeout(r, 500));
  }
  const lagging = await statusPage();
  console.log(`replica paused ${Date.now() - pausedAt} ms: health says lagging; the status page says 只读副本 ${lagging}`);
  expect(lagging).toMatch(/^落后 \d+ 秒，超过允许的 2 秒：已改读主库，副本追上后自动恢复$/);
  await query(replicaUrl, 'SELECT pg_wal_replay_resume()');
  while (((await health()).replica as { state: string }).state !== 'in_use') {
    expect(Date.now() - pausedAt).toBeLessThan(40_000);
    await new Promise((r) => setTimeout(r, 500));
  }

  // Stopped: nothing changes for users; health says the replica is down and the app is ok.
  replica.stop();
  await register();
  const stopped = await received();
  const h = await health();
  console.log(`replica stopped: year table ${stopped.total} cases in ${stopped.ms} ms; health ${JSON.stringify(h)}`);
  expect(stopped.total).toBe(5);
  expect(h).toMatchObject({ status: 'ok', replica: { state: 'down' } });
  const said = await statusPage();
  console.log(`replica stopped: the status page says 只读副本 ${said}`);
  expect(said).toBe('无法连接：已改读主库，副本恢复后自动使用');
  expect(stopped.ms).toBeLessThan(3000);

  // Back: within the status check's few seconds the reports return to it.
  replica.start();
  const backAt = Date.now();
  const state = async () => ((await health()).replica as { state: string }).state;
  while ((await state()) !== 'in_use') {
    expect(Date.now() - backAt).toBeLessThan(30_000);
    await new Promise((r) => setTimeout(r, 500));
  }
  await query(replicaUrl, 'SELECT pg_stat_statements_reset()');
  await register();
  const back = await received();
  const again = await replicaCaseReads();
  console.log(`replica back after ${Date.now() - backAt} ms: year table ${back.total} cases, ${again} case statements on the replica`);
  expect(back.total).toBe(6);
  expect(again).toBeGreaterThan(0);
}, 180_000);
