// /api/metrics against the built server on a real database: Prometheus text behind its token, the
// latency of every request by route, the pool, the queue, the outbox and overdue cases by office —
// and a client inventing paths can't grow the registry without end (issue 31, point 5).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createToken } from '@/lib/auth/tokens';
import { createTestDb, type TestDb } from '../helpers/db';
import { demoActors } from '../helpers/actors';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { numberedApplication } from '../helpers/own-database';

let tdb: TestDb;
let server: AppServer;
let token: string;
beforeAll(async () => {
  tdb = await createTestDb();
  const { clerk } = await demoActors(tdb.prisma);
  server = await startAppServer(tdb.url, { METRICS_TOKEN: 'metrics-secret-1' });
  token = (await createToken(tdb.prisma, { userId: clerk.userId, name: 'metrics' })).token;
}, 60_000);
afterAll(async () => {
  server?.stop();
  await tdb?.drop();
});

const scrape = (auth?: string) => fetch(`${server.base}/api/metrics`, auth ? { headers: { authorization: auth } } : {});
/** The value of one series in the text, or undefined. */
const valueOf = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

it('answers only with the token, in Chinese otherwise', async () => {
  for (const auth of [undefined, 'Bearer wrong', 'Bearer metrics-secret-1x']) {
    const res = await scrape(auth);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('运行指标需要正确的令牌');
  }
  const res = await scrape('Bearer metrics-secret-1');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
});

it('counts requests by route with ids folded, and reports the pool, queue, outbox and overdue cases by office', async () => {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  // Two cases received long ago (overdue now) and one case page opened three times.
  const ids: number[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await fetch(`${server.base}/api/v1/requests?receipt=0`, { method: 'POST', headers, body: numberedApplication('指标', i) });
    expect(res.status).toBe(201);
    ids.push(((await res.json()) as { id: number }).id);
  }
  for (let i = 0; i < 3; i++) expect((await fetch(`${server.base}/api/v1/requests/${ids[i % 2]}`, { headers })).status).toBe(200);
  const text = await (await scrape('Bearer metrics-secret-1')).text();
  expect(valueOf(text, 'dd_http_request_duration_seconds_count{route="/api/v1/requests/[id]",method="GET",status="2xx"}')).toBe(3);
  expect(valueOf(text, 'dd_http_request_duration_seconds_count{route="/api/v1/requests",method="POST",status="2xx"}')).toBe(2);
  expect(text).toMatch(
    /dd_http_request_duration_seconds_bucket\{le="0\.1",route="\/api\/v1\/requests\/\[id\]",method="GET",status="2xx"\} \d/,
  );
  expect(valueOf(text, 'dd_database_up')).toBe(1);
  expect(valueOf(text, 'dd_db_pool_connections{state="total"}')).toBeGreaterThan(0);
  expect(valueOf(text, 'dd_jobs_due')).toBeGreaterThanOrEqual(0);
  expect(valueOf(text, 'dd_mail_outbox{status="failed"}')).toBe(0);
  const overdue = await tdb.prisma.case.count({ where: { status: { not: 'closed' }, dueOn: { lt: new Date() } } });
  const agency = (await tdb.prisma.case.findUniqueOrThrow({ where: { id: ids[0] } })).agencyId;
  expect(overdue).toBeGreaterThanOrEqual(2);
  expect(valueOf(text, `dd_cases_overdue{agency_id="${agency}"}`)).toBe(overdue);
  // No replica configured: no replica series.
  expect(text).not.toContain('dd_replica_in_use ');
});

it('folds invented paths into "other" past a few hundred routes', async () => {
  for (let i = 0; i < 350; i++) await fetch(`${server.base}/nothing-here-${i.toString(36)}x`, { redirect: 'manual' });
  const text = await (await scrape('Bearer metrics-secret-1')).text();
  const routes = new Set([...text.matchAll(/dd_http_request_duration_seconds_count\{route="([^"]*)"/g)].map((m) => m[1]));
  expect(routes.size).toBeLessThanOrEqual(301);
  expect(routes.has('other')).toBe(true);
});
