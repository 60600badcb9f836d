// `npm run bench [-- --cases N]`: fills a separate benchmark database (default 1,000,000 cases),
// then measures the year tables, the queues and search over HTTP, intake, .docx generation,
// ledger import and the server's memory, and prints one table. Figures are medians of --runs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { createToken } from '../../lib/auth/tokens';
import { freePort, startEmbedded } from '../../lib/db/embedded';
import { ensureDatabase, migrate } from '../../lib/db/migrate';
import { todayInChina } from '../../lib/shared/dates';
import { issueDocument } from '../../lib/documents/issue-document';
import { importLedger } from '../../lib/imports/import-ledger';
import { buildReport } from '../../lib/statistics/build-report';
import { seedDemo } from '../../lib/users/seed-demo';
import { fill } from './fill';
import { load, type LoadResult } from './load';
import { watchPeak } from './memory';
import { importCsv, rebuildIndexes, timeMedian } from './support';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    runs: { type: 'string', default: '5' },
    'import-rows': { type: 'string', default: '100000' },
    letters: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
  },
});
const N = Number(values.cases);
const SECONDS = Number(values.seconds);
const RUNS = Number(values.runs);
const log = (s: string) => process.stderr.write(s + '\n');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-bench-'));
fs.chmodSync(dir, 0o755);
const pg = await startEmbedded({ baseDir: dir });
let server: ReturnType<typeof spawn> | undefined;
const cleanup = async () => {
  if (server?.pid)
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  void cleanup().then(() => process.exit(130));
});

try {
  const url = pg.url('bench');
  await ensureDatabase(url);
  await migrate(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  await seedDemo(prisma, 'bench-Pass-123');
  await prisma.agency.createMany({ data: Array.from({ length: 99 }, (_, i) => ({ name: `示例县${i + 2}局`, shortName: `示${i + 2}` })) });
  const clerk = await prisma.user.findUniqueOrThrow({ where: { login: 'clerk' } });
  const hash = clerk.passwordHash;
  await prisma.user.createMany({
    data: Array.from({ length: 9 }, (_, i) => ({
      agencyId: 1,
      login: `clerk${i + 2}`,
      name: `承办${i + 2}`,
      role: 'clerk' as const,
      passwordHash: hash,
    })),
  });
  const clerkIds = (await prisma.user.findMany({ where: { role: 'clerk' } })).map((u) => u.id);
  const today = todayInChina();
  const lastYear = Number(today.slice(0, 4));

  let t = Date.now();
  const filled = await rebuildIndexes(url, ['disclosure_case', 'case_event', 'appeal'], () =>
    fill(url, { cases: N, agencies: 100, lastYear, clerkIds, today }),
  );
  const fillSeconds = (Date.now() - t) / 1000;
  log(`filled ${filled.cases} cases, ${filled.events} events, ${filled.appeals} appeals in ${fillSeconds.toFixed(1)} s`);

  // 1. Year tables against the hand-written floor, for the last complete year.
  const year = lastYear - 1;
  const floorSql = `SELECT channel, applicant_kind, disposition_code, count(*) FROM disclosure_case WHERE agency_id = 1 AND (
    (received_on >= $1 AND received_on < $2) OR (closed_on >= $1 AND closed_on < $2) OR (received_on < $2 AND (closed_on IS NULL OR closed_on >= $1))) GROUP BY 1, 2, 3`;
  const from = `${year}-01-01`,
    to = `${year + 1}-01-01`;
  const floor = await timeMedian(RUNS, () => prisma.$queryRawUnsafe(floorSql, new Date(from), new Date(to)));
  const t2017 = await timeMedian(RUNS, () => buildReport(prisma, 1, year, '2017'));
  const t2021 = await timeMedian(RUNS, () => buildReport(prisma, 1, year, '2021'));
  const rows = await prisma.case.count({
    where: {
      agencyId: 1,
      OR: [{ receivedOn: { gte: new Date(from), lt: new Date(to) } }, { closedOn: { gte: new Date(from), lt: new Date(to) } }],
    },
  });

  // 2–3. Over HTTP, against `next start`.
  if (!fs.existsSync('.next/BUILD_ID')) spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit' });
  const port = await freePort();
  server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: 'bench', NEXTAUTH_URL: `http://localhost:${port}`, DB_POOL_SIZE: '10' },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const memory = watchPeak(server.pid!);
  const clerkToken = (await createToken(prisma, { userId: clerk.id, name: 'bench' })).token;
  const reviewer = await prisma.user.findUniqueOrThrow({ where: { login: 'reviewer' } });
  const reviewerToken = (await createToken(prisma, { userId: reviewer.id, name: 'bench' })).token;
  const name = (
    await prisma.case.findFirstOrThrow({
      where: { agencyId: 1, applicantName: { not: '' } },
      skip: Math.floor(N / 10),
      select: { applicantName: true },
    })
  ).applicantName;
  const auth = (tok: string) => ({ authorization: `Bearer ${tok}` });
  const http = async (label: string, path: string, headers: Record<string, string> = {}) => {
    await load({ url: base + path, connections: 32, seconds: 1, headers }); // warm-up
    const r = await load({ url: base + path, connections: 32, seconds: SECONDS, headers });
    log(`${label}: ${r.rps.toFixed(0)} req/s, p95 ${r.p95.toFixed(1)} ms, errors ${r.errors}`);
    return r;
  };
  const trivial = await http('trivial', '/api/ping');
  const clerkQueue = await http('clerk queue', '/api/v1/requests?view=mine&status=active&sort=due', auth(clerkToken));
  const reviewQueue = await http('reviewer queue', '/api/v1/requests?view=review&sort=due', auth(reviewerToken));
  const search = await http(`search "${name}"`, `/api/v1/requests?q=${encodeURIComponent(name)}&sort=due`, auth(clerkToken));
  const intake = await load({
    // Without the receipt letter, so the figure stays comparable with earlier runs (rendering is measured below).
    url: `${base}/api/v1/requests?receipt=0`,
    method: 'POST',
    connections: 32,
    seconds: SECONDS,
    headers: auth(clerkToken),
    expect: 201,
    body: () =>
      JSON.stringify({
        channel: 'letter',
        receivedOn: today,
        applicant: { kind: 'natural', name: '压测申请人' },
        description: '压力测试申请内容',
      }),
  });
  log(`intake: ${intake.rps.toFixed(0)} creates/s, errors ${intake.errors}`);

  // 4. Letters, in this process, one after another.
  const letters = Number(values.letters);
  const open = await prisma.case.findMany({ where: { agencyId: 1, status: { not: 'closed' } }, take: letters, select: { id: true } });
  const actor = { userId: clerk.id, agencyId: 1 };
  const single = await timeMedian(
    Math.min(50, open.length),
    (() => {
      let i = 0;
      return () => issueDocument(prisma, open[i++ % open.length].id, 'register_form', actor);
    })(),
  );
  t = Date.now();
  for (const c of open) await issueDocument(prisma, c.id, 'register_form', actor);
  const batchSeconds = (Date.now() - t) / 1000;

  // 5. Ledger import.
  const importRows = Number(values['import-rows']);
  t = Date.now();
  const imported = await importLedger(prisma, new TextEncoder().encode(importCsv(importRows)), { userId: null, agencyId: 2 });
  const importSeconds = (Date.now() - t) / 1000;
  const peak = memory.stop();
  await prisma.$disconnect();

  const results = {
    cases: N,
    fillSeconds,
    yearRows: rows,
    table2017Ms: t2017,
    table2021Ms: t2021,
    floorMs: floor,
    ratio2017: t2017 / floor,
    ratio2021: t2021 / floor,
    trivial,
    clerkQueue,
    reviewQueue,
    search,
    searchTerm: name,
    intakePerSecond: intake.rps,
    intakeErrors: intake.errors,
    letterMs: single,
    letters: open.length,
    letterBatchSeconds: batchSeconds,
    importRows: imported.imported,
    importErrors: imported.errors.length,
    importPerSecond: imported.imported / importSeconds,
    serverPeakMB: peak / 1024 / 1024,
  };
  printTable(results);
  if (values.json) console.log(JSON.stringify(results));
} finally {
  await cleanup();
}

function printTable(
  r: Record<string, unknown> & {
    trivial: LoadResult;
    clerkQueue: LoadResult;
    reviewQueue: LoadResult;
    search: LoadResult;
    [k: string]: unknown;
  },
) {
  const n = (x: unknown, d = 1) => Number(x).toFixed(d);
  const q = (l: LoadResult, target: string): [string, string, string] => [
    `p50 ${n(l.p50)} / p95 ${n(l.p95)} / p99 ${n(l.p99)} ms, ${n(l.rps, 0)} req/s (${n((l.rps / r.trivial.rps) * 100, 0)} % of trivial)`,
    target,
    l.p95 <= 150 && l.rps / r.trivial.rps >= 0.4 && l.errors === 0 ? 'yes' : 'NO',
  ];
  const lines: [string, string, string, string][] = [
    [
      'year table 2017 format',
      `${n(r.table2017Ms)} ms vs floor ${n(r.floorMs)} ms = ${n(r.ratio2017, 2)}×  (${r.yearRows} case rows)`,
      '≤ 1.5×',
      Number(r.ratio2017) <= 1.5 ? 'yes' : 'NO',
    ],
    [
      'year table 2021 format',
      `${n(r.table2021Ms)} ms vs floor ${n(r.floorMs)} ms = ${n(r.ratio2021, 2)}×`,
      '≤ 1.5×',
      Number(r.ratio2021) <= 1.5 ? 'yes' : 'NO',
    ],
    ['trivial route (ceiling)', `p50 ${n(r.trivial.p50)} / p95 ${n(r.trivial.p95)} ms, ${n(r.trivial.rps, 0)} req/s`, '—', '—'],
    ['clerk queue, 32 clients', ...q(r.clerkQueue, 'p95 ≤ 150 ms, ≥ 40 %')],
    ['reviewer queue, 32 clients', ...q(r.reviewQueue, 'p95 ≤ 150 ms, ≥ 40 %')],
    [`search "${r.searchTerm}", 32 clients`, ...q(r.search, 'p95 ≤ 150 ms, ≥ 40 %')],
    [
      'intake over the API',
      `${n(r.intakePerSecond, 0)} creates/s (errors ${r.intakeErrors})`,
      '≥ 200/s',
      Number(r.intakePerSecond) >= 200 ? 'yes' : 'NO',
    ],
    [
      '.docx letter',
      `${n(r.letterMs)} ms each; ${r.letters} in ${n(r.letterBatchSeconds)} s`,
      '≤ 50 ms',
      Number(r.letterMs) <= 50 ? 'yes' : 'NO',
    ],
    [
      'ledger import',
      `${n(r.importPerSecond, 0)} rows/s (${r.importRows} rows, ${r.importErrors} errors)`,
      '≥ 2,000/s',
      Number(r.importPerSecond) >= 2000 ? 'yes' : 'NO',
    ],
    ['server peak memory', `${n(r.serverPeakMB, 0)} MB`, '≤ 500 MB', Number(r.serverPeakMB) <= 500 ? 'yes' : 'NO'],
  ];
  const w = [0, 1, 2, 3].map((i) => Math.max(...lines.map((l) => l[i].length), 6));
  console.log(
    `\nDisclosure Desk benchmark — ${Number(r.cases).toLocaleString('en')} cases (filled in ${n(r.fillSeconds)} s), ${os.cpus().length} cores, medians of ${RUNS} runs\n`,
  );
  console.log(['measure'.padEnd(w[0]), 'result'.padEnd(w[1]), 'target'.padEnd(w[2]), 'met'].join(' | '));
  console.log(w.map((x) => '-'.repeat(x)).join('-|-'));
  for (const l of lines) console.log(l.map((c, i) => c.padEnd(w[i])).join(' | '));
}
