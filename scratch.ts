import fs from 'node:fs';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './lib/generated/prisma/client';
import { startEmbedded } from './lib/db/embedded';
import { ensureDatabase, migrate } from './lib/db/migrate';
import { seedDemo } from './lib/users/seed-demo';
import { fill } from './scripts/bench/fill';
import { rebuildIndexes } from './scripts/bench/support';
const dir = '/tmp/ddk'; fs.mkdirSync(dir, { recursive: true }); fs.chmodSync(dir, 0o755);
const pg = await startEmbedded({ baseDir: dir, port: 54999 });
const url = pg.url('b'); await ensureDatabase(url); await migrate(url);
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
if ((await prisma.case.count()) === 0) {
  await seedDemo(prisma, 'x-Password-1');
  await prisma.agency.createMany({ data: Array.from({ length: 99 }, (_, i) => ({ name: `示例县${i + 2}局`, shortName: `示${i + 2}` })) });
  const clerk = await prisma.user.findUniqueOrThrow({ where: { login: 'clerk' } });
  await prisma.user.createMany({ data: Array.from({ length: 9 }, (_, i) => ({ agencyId: 1, login: `clerk${i + 2}`, name: `承办${i + 2}`, role: 'clerk' as const, passwordHash: clerk.passwordHash })) });
  const clerkIds = (await prisma.user.findMany({ where: { role: 'clerk' } })).map((u) => u.id);
  await rebuildIndexes(url, ['disclosure_case', 'case_event', 'appeal'], () => fill(url, { cases: 1000000, agencies: 100, lastYear: 2026, clerkIds, today: '2026-11-27' }));
  await prisma.$executeRawUnsafe('VACUUM ANALYZE');
}
for (const sql of process.argv.slice(2)) {
  const rows = await prisma.$queryRawUnsafe<Record<string, string>[]>('EXPLAIN (ANALYZE, BUFFERS) ' + sql);
  console.log(rows.map((r) => r['QUERY PLAN']).filter((l) => !l.includes('Buffers')).join('\n'));
}
await prisma.$disconnect(); await pg.stop();
