// Debian's nginx with deploy/nginx.conf (only ports and certificate paths replaced) in front of two
// app processes on one database, over TLS: sign-in gives Secure cookies, a session works on both
// processes, sign-in throttling keys on the real client address however X-Forwarded-For is forged,
// the public pages are rate-limited at the proxy, and a body over the app's cap is refused by nginx
// before any app process reads it (issue 31, point 4).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import https from 'node:https';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '@/lib/db/embedded';
import { signInCookie } from '../../scripts/lib/sign-in-cookie';
import { demoActors } from '../helpers/actors';
import { startAppServer, waitForOk, type AppServer } from '../helpers/app-server';
import { createTestDb, type TestDb } from '../helpers/db';

// The proxy's certificate is made here and trusted by nobody: this process accepts it.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const PASSWORD = 'test-Password-1';
const METRICS = 'proxy-metrics-1';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-proxy-'));
let tdb: TestDb;
const apps: AppServer[] = [];
let nginx: ChildProcess | undefined;
let base = '';
let plain = '';

beforeAll(async () => {
  tdb = await createTestDb();
  await demoActors(tdb.prisma);
  const [https, http] = [await freePort(), await freePort()];
  base = `https://127.0.0.1:${https}`;
  plain = `http://127.0.0.1:${http}`;
  const env = { TRUST_PROXY: '1', NEXTAUTH_URL: `https://localhost:${https}`, METRICS_TOKEN: METRICS };
  apps.push(await startAppServer(tdb.url, env), await startAppServer(tdb.url, env));

  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const ssl = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=localhost',
    '-days',
    '1',
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  expect(ssl.status, String(ssl.stderr)).toBe(0);
  const site = fs
    .readFileSync('deploy/nginx.conf', 'utf8')
    .replace('server 127.0.0.1:3000', `server ${new URL(apps[0].base).host}`)
    .replace('server 127.0.0.1:3001', `server ${new URL(apps[1].base).host}`)
    .replace('listen 80;', `listen 127.0.0.1:${http};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${https} ssl http2;`)
    .replace('/etc/ssl/disclosure-desk/fullchain.pem', cert)
    .replace('/etc/ssl/disclosure-desk/privkey.pem', key);
  expect(site).toContain(cert);
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(dir, d), { mode: 0o777 });
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  const temp = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (d) => `${d === 'body' ? 'client_body' : d}_temp_path ${path.join(dir, d)};`,
  );
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'user root;',
      'worker_processes 1;',
      'events { worker_connections 256; }',
      `http { access_log off; ${temp.join(' ')} include ${path.join(dir, 'site.conf')}; }`,
    ].join('\n'),
  );
  nginx = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  nginx.stderr!.on('data', (d) => (errors += String(d)));
  await waitForOk(`${base}/api/health`, 10_000).catch((e) => {
    throw new Error(`${e}: ${errors}`);
  });
}, 90_000);

afterAll(async () => {
  nginx?.kill('SIGTERM');
  for (const a of apps) a.stop();
  await tdb?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** How many requests to `route` (2xx) each app process answered, from its own /api/metrics. */
async function answeredBy(route: string, method = 'GET'): Promise<number[]> {
  return Promise.all(
    apps.map(async (a) => {
      const text = await (await fetch(`${a.base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS}` } })).text();
      const line = text
        .split('\n')
        .find((l) => l.startsWith(`dd_http_request_duration_seconds_count{route="${route}",method="${method}",status="2xx"} `));
      return line ? Number(line.split(' ').at(-1)) : 0;
    }),
  );
}

it('serves over TLS with HSTS, sends plain HTTP to https, and gives Secure cookies', async () => {
  const res = await fetch(`${base}/api/auth/csrf`);
  expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  const cookies = res.headers.getSetCookie();
  expect(cookies.length).toBeGreaterThan(0);
  for (const c of cookies) {
    expect(c).toMatch(/^__(Host|Secure)-/);
    expect(c).toMatch(/;\s*Secure/i);
  }
  const redirect = await fetch(`${plain}/cases`, { redirect: 'manual' });
  expect(redirect.status).toBe(301);
  expect(redirect.headers.get('location')).toMatch(/^https:\/\//);
});

it('keeps one session across both processes', async () => {
  const cookie = await signInCookie(base, 'manager', PASSWORD);
  expect(cookie).toMatch(/^__Secure-next-auth\.session-token=/);
  const before = await answeredBy('/api/v1/me');
  for (let i = 0; i < 10; i++) {
    const res = await fetch(`${base}/api/v1/me`, { headers: { cookie: cookie! } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { login: string }).login).toBe('manager');
  }
  const after = await answeredBy('/api/v1/me');
  const served = after.map((n, i) => n - before[i]);
  console.log(`proxy: /api/v1/me answered ${served.join(' + ')} by the two processes`);
  expect(served[0] + served[1]).toBe(10);
  expect(served.every((n) => n > 0)).toBe(true);
});

/** One HTTPS request from a chosen local address (the loopback network has many), as a client there would send it. */
function from(localAddress: string, url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; cookies: string[]; body: string }>((resolve, reject) => {
    const req = https.request(
      url,
      { method: init.method ?? 'GET', headers: init.headers, localAddress, rejectUnauthorized: false },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += String(d)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, cookies: res.headers['set-cookie'] ?? [], body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** signInCookie's steps from `localAddress`, with a forged X-Forwarded-For: the session cookie or null. */
async function signInFrom(localAddress: string, login: string, password: string, forged: string): Promise<string | null> {
  const csrf = await from(localAddress, `${base}/api/auth/csrf`, { headers: { 'x-forwarded-for': forged } });
  const jar = csrf.cookies.map((c) => c.split(';')[0]).join('; ');
  const body = new URLSearchParams({
    csrfToken: (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken,
    login,
    password,
    json: 'true',
  });
  const res = await from(localAddress, `${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'x-forwarded-for': forged, 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: body.toString(),
  });
  return res.cookies.find((c) => c.startsWith('__Secure-next-auth.session-token='))?.split(';')[0] ?? null;
}

it('throttles sign-in by the real client address, whatever X-Forwarded-For a client forges', async () => {
  // Five failures for one account lock it for the address they came from — each sent here with a
  // different forged address; the proxy's entry (the real one) is what the app counts.
  for (let i = 0; i < 5; i++) expect(await signInFrom('127.0.0.1', 'clerk', 'wrong-Password-9', `203.0.113.${i + 1}`)).toBeNull();
  expect(await signInFrom('127.0.0.1', 'clerk', PASSWORD, '203.0.113.99')).toBeNull();
  // The same account from another real address (forging the locked one) is not locked: the app
  // counts the client the proxy saw — not the proxy's own address, nor what the client claims.
  expect(await signInFrom('127.0.0.2', 'clerk', PASSWORD, '127.0.0.1')).toMatch(/session-token/);
});

it('rate-limits the public pages at the proxy', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) statuses.push((await fetch(`${base}/apply`, { redirect: 'manual' })).status);
  const limited = statuses.filter((s) => s === 429).length;
  console.log(`proxy: /apply ×40 → ${statuses.filter((s) => s === 200).length} answered, ${limited} refused with 429`);
  expect(statuses.slice(0, 15).every((s) => s === 200)).toBe(true);
  expect(limited).toBeGreaterThan(10);
  // The rest of the public side shares the address's budget: the released-information hint, spent.
  const hint = await fetch(`${base}/api/public/released?agency=1&description=${encodeURIComponent('某地块征收批复文件')}`);
  expect(hint.status).toBe(429);
});

it('refuses a body over the cap at the proxy, before an app process reads it', async () => {
  const cookie = await signInCookie(base, 'manager', PASSWORD);
  const before = await answeredBy('/api/v1/imports', 'POST');
  const big = new Uint8Array(51 * 1024 * 1024);
  const res = await fetch(`${base}/api/v1/imports`, {
    method: 'POST',
    headers: { cookie: cookie!, 'content-type': 'text/csv' },
    body: big,
  });
  expect(res.status).toBe(413);
  expect(res.headers.get('server')).toMatch(/nginx/);
  // And 2 MB of JSON to the staff API (1 MB there).
  const json = await fetch(`${base}/api/v1/requests`, {
    method: 'POST',
    headers: { cookie: cookie!, 'content-type': 'application/json' },
    body: 'x'.repeat(2 * 1024 * 1024),
  });
  expect(json.status).toBe(413);
  // No app process saw either.
  const text = await Promise.all(
    apps.map(async (a) => (await fetch(`${a.base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS}` } })).text()),
  );
  expect(text.join('\n')).not.toMatch(/route="\/api\/v1\/imports",method="POST",status="4xx"/);
  expect(await answeredBy('/api/v1/imports', 'POST')).toEqual(before);
}, 60_000);
