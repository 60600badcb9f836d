// Acknowledged writes survive a crash: a stream of creates, then SIGKILL to the app server and to
// PostgreSQL mid-stream, a restart, and every create that was answered 201 is there, intact.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort, startEmbedded, type EmbeddedPostgres } from '@/lib/db/embedded';
import { casesWithEvents, lostOf, numberedApplication, ownDatabase, type Acknowledged } from '../helpers/own-database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-crash-'));
fs.chmodSync(dir, 0o755);
let pgServer: EmbeddedPostgres | undefined;
let app: ChildProcess | undefined;
afterAll(async () => {
  if (app?.pid)
    try {
      process.kill(-app.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  await pgServer?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function startApp(url: string, port: number): Promise<ChildProcess> {
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: 'crash' },
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

it('keeps every acknowledged create across SIGKILL of the server and the database', async () => {
  expect(fs.existsSync('.next/BUILD_ID'), 'run `next build` first (npm test does)').toBe(true);
  const own = await ownDatabase(dir, 'crash');
  pgServer = own.server;
  const { url, token } = own;
  const port = await freePort();
  app = await startApp(url, port);

  const acknowledged: Acknowledged[] = [];
  let sent = 0;
  let stop = false;
  const body = (i: number) => numberedApplication('崩溃', i);
  const loops = Array.from({ length: 8 }, async () => {
    while (!stop) {
      const i = sent++;
      try {
        // Registration alone (no receipt letter), so enough creates are in flight when the kill comes.
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/requests?receipt=0`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: body(i),
        });
        if (res.status === 201) acknowledged.push({ ...(await res.json()), i });
      } catch {
        /* the server is gone */
      }
    }
  });
  // Kill once creates are flowing (a cold server on a busy machine acknowledged only 16 in its first
  // two seconds), with at most 15 s to get there, so plenty are in flight when the kill comes.
  const until = Date.now() + 15_000;
  while (acknowledged.length < 30 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 300));
  process.kill(-app.pid!, 'SIGKILL');
  const pgPid = Number(fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(pgPid, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 300));
  stop = true;
  await Promise.all(loops);

  // Restart both: PostgreSQL recovers from its log, the app starts on the same data.
  pgServer = await startEmbedded({ baseDir: dir });
  const url2 = pgServer.url('crash');
  app = await startApp(url2, port);
  const rows = await casesWithEvents(url2);
  const lost = lostOf(acknowledged, rows, '崩溃');
  // Numbers stay gap-free: whatever committed holds 1..n.
  const numbers = rows.map((r) => Number(r.tracking_no.split('-')[1])).sort((x, y) => x - y);
  expect(numbers).toEqual(numbers.map((_, k) => k + 1));
  const after = await fetch(`http://127.0.0.1:${port}/api/v1/requests`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body(-1),
  });
  expect(after.status).toBe(201);
  console.log(
    `crash: ${sent} creates sent, ${acknowledged.length} acknowledged with 201, ${lost} lost after SIGKILL of server and database`,
  );
  expect(acknowledged.length).toBeGreaterThan(20);
  expect(lost).toBe(0);
}, 120_000);
