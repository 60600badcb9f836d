// Issue 26, point 4: `npm start` brings a dead web server back by itself while PostgreSQL keeps
// running, and no acknowledged write is lost. Runs the real `npm start` (scripts/serve.ts, embedded
// PostgreSQL in a temporary directory), SIGKILLs the web server under a stream of registrations.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '@/lib/db/embedded';
import { waitForOk } from '../helpers/app-server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-supervise-'));
fs.chmodSync(dir, 0o755);
let serve: ChildProcess | undefined;
let log = '';

afterAll(async () => {
  if (serve?.pid && serve.exitCode === null) {
    serve.kill('SIGTERM');
    await new Promise((r) => serve!.once('exit', r));
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The pid of the web server listening on `port` (scripts/next-server.mjs with PORT=port). */
function webServerPid(port: number): number | null {
  for (const p of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('scripts/next-server.mjs')) continue;
      if (fs.readFileSync(`/proc/${p}/environ`, 'utf8').split('\0').includes(`PORT=${port}`)) return Number(p);
    } catch {
      /* gone meanwhile */
    }
  }
  return null;
}

it('a SIGKILLed web server is back within 15 s, the database never stopped, every acknowledged write kept', async () => {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DD_DATA_DIR: dir,
    PORT: String(port),
    DEMO_PASSWORD: 'supervise-Pass-1',
    NEXTAUTH_SECRET: 'supervise',
  };
  delete env.DATABASE_URL;
  serve = spawn(process.execPath, ['node_modules/.bin/tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/serve.ts', 'start'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serve.stdout!.on('data', (d) => (log += d));
  serve.stderr!.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}/api/health`, 120_000).catch((e) => {
    throw new Error(`${(e as Error).message}\n${log}`);
  });
  const made = spawnSync(
    process.execPath,
    ['node_modules/.bin/tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/admin.ts', 'token:create', '--user', 'clerk'],
    {
      env,
      encoding: 'utf8',
    },
  );
  const token = made.stdout.trim().split('\n').at(-1)!;
  expect(token).toMatch(/^ddk_/);
  const pgPid = Number(fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

  const acknowledged: { id: number; trackingNo: string }[] = [];
  let stop = false;
  let i = 0;
  const loops = Array.from({ length: 4 }, async () => {
    while (!stop) {
      const n = i++;
      try {
        const res = await fetch(`${base}/api/v1/requests?receipt=0`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            channel: 'letter',
            receivedOn: '2025-09-26',
            applicant: { kind: 'natural', name: `守护${n}` },
            description: `第${n}件`,
          }),
        });
        if (res.status === 201) acknowledged.push((await res.json()) as { id: number; trackingNo: string });
      } catch {
        await new Promise((r) => setTimeout(r, 100)); // the server is down for now
      }
    }
  });
  await new Promise((r) => setTimeout(r, 1500));
  const victim = webServerPid(port);
  expect(victim).toBeTruthy();
  process.kill(victim!, 'SIGKILL');
  const killedAt = Date.now();
  await new Promise((r) => setTimeout(r, 300));
  await waitForOk(`${base}/api/health`, 15_000);
  const backMs = Date.now() - killedAt;
  await new Promise((r) => setTimeout(r, 1000)); // a few writes through the new server
  stop = true;
  await Promise.all(loops);

  expect(webServerPid(port)).not.toBe(victim);
  expect(fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]).toBe(String(pgPid)); // same PostgreSQL
  expect(log).toMatch(/网页服务进程意外退出（信号 SIGKILL）/);
  let lost = 0;
  for (const a of acknowledged) {
    const res = await fetch(`${base}/api/v1/requests/${a.id}`, { headers: { authorization: `Bearer ${token}` } });
    const body = res.ok ? ((await res.json()) as { trackingNo: string }) : null;
    if (body?.trackingNo !== a.trackingNo) lost++;
  }
  console.log(`supervisor: web server back ${backMs} ms after SIGKILL; ${acknowledged.length} writes acknowledged, ${lost} lost`);
  expect(backMs).toBeLessThan(15_000);
  expect(acknowledged.length).toBeGreaterThan(10);
  expect(lost).toBe(0);
}, 200_000);
