// PostgreSQL restarts (an upgrade, a managed service failing over behind the same address) while
// the app keeps running: during the outage a write answers 503 with a Chinese "请稍后重试" — never a
// 500, never a half-written case — and afterwards the app serves again by itself, within seconds,
// with every acknowledged write in place (issue 31, point 2).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort, startEmbedded, type EmbeddedPostgres } from '@/lib/db/embedded';
import { serverNodeFlags } from '../../scripts/lib/server-flags';
import { waitForOk } from '../helpers/app-server';
import { casesWithEvents, lostOf, numberedApplication, ownDatabase, type Acknowledged } from '../helpers/own-database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-restart-'));
fs.chmodSync(dir, 0o755);
let pgServer: EmbeddedPostgres | undefined;
let app: ChildProcess | undefined;
afterAll(async () => {
  app?.kill('SIGKILL');
  await pgServer?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('rides out a PostgreSQL restart: 503 with a Chinese message while it is down, serving again within seconds, no write lost', async () => {
  expect(fs.existsSync('.next/BUILD_ID'), 'run `next build` first (npm test does)').toBe(true);
  const pgPort = await freePort();
  const own = await ownDatabase(dir, 'restart', pgPort);
  pgServer = own.server;
  const { url, token } = own;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  app = spawn(process.execPath, [...serverNodeFlags(), 'scripts/next-server.mjs'], {
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), DATABASE_URL: url, NEXTAUTH_SECRET: 'restart', NODE_ENV: 'production' },
  });
  await waitForOk(`${base}/api/health`);

  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const body = (i: number) => numberedApplication('重启', i);
  const acknowledged: Acknowledged[] = [];
  const statuses = new Map<number, number>();
  const refusals = new Set<string>();
  let sent = 0;
  let stop = false;
  const loops = Array.from({ length: 6 }, async () => {
    while (!stop) {
      const i = sent++;
      const res = await fetch(`${base}/api/v1/requests?receipt=0`, { method: 'POST', headers, body: body(i) }).catch(() => null);
      if (!res) continue;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 201) acknowledged.push({ ...(await res.json()), i });
      else {
        refusals.add((await res.json().catch(() => ({})))?.error?.message ?? '(no message)');
        await new Promise((r) => setTimeout(r, 50));
      }
      // Reads go on too: the case list the clerk keeps open.
      await fetch(`${base}/api/v1/requests?limit=5`, { headers }).then(
        (r) => statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1),
        () => {},
      );
    }
  });
  while (acknowledged.length < 30) await new Promise((r) => setTimeout(r, 50));

  // A fast shutdown (what a restart or a failover does to open sessions), two seconds down, back on
  // the same address.
  const before = acknowledged.length;
  await pgServer.stop();
  const downAt = Date.now();
  await new Promise((r) => setTimeout(r, 2000));
  pgServer = await startEmbedded({ baseDir: dir, port: pgPort });
  const upAt = Date.now();
  // How long until the app registers a case again, without being restarted.
  let recoveredMs = NaN;
  while (Date.now() - upAt < 30_000) {
    const n = acknowledged.length;
    await new Promise((r) => setTimeout(r, 100));
    if (acknowledged.length > n) {
      recoveredMs = Date.now() - upAt;
      break;
    }
  }
  await new Promise((r) => setTimeout(r, 1000));
  stop = true;
  await Promise.all(loops);

  const rows = await casesWithEvents(url);
  const lost = lostOf(acknowledged, rows, '重启');
  console.log(
    `restart: down ${upAt - downAt} ms; ${sent} creates sent, ${acknowledged.length} acknowledged (${before} before the restart), ${lost} lost; ` +
      `answers by status ${JSON.stringify(Object.fromEntries(statuses))}; creating again ${recoveredMs} ms after PostgreSQL was back; ` +
      `messages: ${[...refusals].join(' / ')}`,
  );
  expect(lost).toBe(0);
  // Every case is whole: registered with its one event, or not there at all.
  expect(rows.every((r) => r.events === 1)).toBe(true);
  expect(statuses.get(500) ?? 0).toBe(0);
  expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
  expect([...refusals].every((m) => m.includes('请稍后重试'))).toBe(true);
  expect(acknowledged.length).toBeGreaterThan(before);
  expect(recoveredMs).toBeLessThan(5000);
}, 120_000);
