// For working on speed: `tsx scripts/bench/try.ts setup --dir D --cases N` fills a database once and
// keeps PostgreSQL running (prints its URL); `… measure --url U --base B path…` signs in and measures
// each path against its trivial route or page in alternating rounds, against a server you started.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { createToken } from '../../lib/auth/tokens';
import { startEmbedded } from '../../lib/db/embedded';
import { ensureDatabase, migrate } from '../../lib/db/migrate';
import { todayInChina } from '../../lib/shared/dates';
import { seedDemo } from '../../lib/users/seed-demo';
import { fill } from './fill';
import { longTimelineCase } from './fixtures';
import { createTree } from './platform';
import { alternate, sessionCookie } from './rounds';
import { rebuildIndexes } from './support';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: '/var/tmp/dd-try' },
    cases: { type: 'string', default: '1000000' },
    url: { type: 'string' },
    base: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '3' },
  },
});
const [cmd, ...paths] = positionals;
const PASSWORD = 'bench-Pass-123';

if (cmd === 'setup') {
  const pg = await startEmbedded({ baseDir: values.dir!, port: 55432 });
  const url = pg.url('bench');
  const marker = path.join(values.dir!, 'filled.json');
  if (!fs.existsSync(marker)) {
    await ensureDatabase(url);
    await migrate(url);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
    await seedDemo(prisma, PASSWORD);
    await createTree(prisma, 500);
    const clerk = await prisma.user.findUniqueOrThrow({ where: { login: 'clerk' } });
    const today = todayInChina();
    await rebuildIndexes(url, ['disclosure_case', 'case_event', 'appeal'], () =>
      fill(url, { cases: Number(values.cases), agencies: 500, lastYear: Number(today.slice(0, 4)), clerkIds: [clerk.id], today }),
    );
    const longCase = await longTimelineCase(prisma, clerk.id, today);
    fs.writeFileSync(marker, JSON.stringify({ longCase }));
    await prisma.$disconnect();
  }
  console.log(url);
  console.log(pg.socketUrl('bench'));
  await new Promise(() => {});
} else {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: values.url!, max: 2 }) });
  const base = values.base!;
  const clerk = await prisma.user.findUniqueOrThrow({ where: { login: 'clerk' } });
  const token = (await createToken(prisma, { userId: clerk.id, name: 'try' })).token;
  const cookie = await sessionCookie(base, 'clerk', PASSWORD);
  const mcookie = await sessionCookie(base, 'manager', PASSWORD);
  for (const p of paths) {
    const api = p.startsWith('/api/');
    const headers: Record<string, string> = api ? { authorization: `Bearer ${token}` } : { cookie: p.startsWith('m:') ? mcookie : cookie };
    const route = p.replace(/^m:/, '');
    const r = await alternate(base, api ? '/api/ping' : '/about', route, headers, {
      rounds: Number(values.rounds),
      seconds: Number(values.seconds),
    });
    console.log(
      `${route.slice(0, 60).padEnd(60)} ${r.hot.rps.toFixed(0).padStart(5)} req/s vs ${r.trivial.rps.toFixed(0)} = ${(r.ratio * 100).toFixed(0)} % (${r.ratios.map((x) => (x * 100).toFixed(0)).join('/')}) p95 ${r.hot.p95.toFixed(1)} ms errors ${r.hot.errors}`,
    );
  }
  await prisma.$disconnect();
}
