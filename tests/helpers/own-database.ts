// For tests that stop or kill PostgreSQL itself: a database of its own (not the suite's shared
import pg from 'pg';
// server), migrated, with the demo office and a clerk's API token.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { createToken } from '@/lib/auth/tokens';
import { startEmbedded, type EmbeddedPostgres } from '@/lib/db/embedded';
import { ensureDatabase, migrate } from '@/lib/db/migrate';
import { seedDemo } from '@/lib/users/seed-demo';

export async function ownDatabase(
  dir: string,
  name: string,
  port?: number,
): Promise<{ server: EmbeddedPostgres; url: string; token: string }> {
  const server = await startEmbedded({ baseDir: dir, port });
  const url = server.url(name);
  return { server, url, ...(await prepareDatabase(url, name)) };
}

/** Creates and migrates the database at `url`, with the demo office and a clerk's and a manager's API tokens. */
export async function prepareDatabase(url: string, name: string): Promise<{ token: string; managerToken: string }> {
  await ensureDatabase(url);
  await migrate(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  await seedDemo(prisma, `${name}-Pass-1`);
  const clerk = await prisma.user.findUniqueOrThrow({ where: { login: 'clerk' } });
  const { token } = await createToken(prisma, { userId: clerk.id, name });
  const manager = await prisma.user.findUniqueOrThrow({ where: { login: 'manager' } });
  const { token: managerToken } = await createToken(prisma, { userId: manager.id, name });
  await prisma.$disconnect();
  return { token, managerToken };
}

/** The i-th numbered application of a stream (applicant `${prefix}${i}`, 第i件), as the API takes it. */
export const numberedApplication = (prefix: string, i: number) =>
  JSON.stringify({
    channel: 'letter',
    receivedOn: '2025-09-26',
    applicant: { kind: 'natural', name: `${prefix}${i}` },
    description: `第${i}件`,
  });

export interface Acknowledged {
  id: number;
  trackingNo: string;
  i: number;
}

/** Every case in the database, with how many timeline events it has. */
export async function casesWithEvents(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return (
      await db.query<{ id: number; tracking_no: string; applicant_name: string; description: string; events: number }>(
        'SELECT c.id, c.tracking_no, c.applicant_name, c.description, (SELECT count(*)::int FROM case_event e WHERE e.case_id = c.id) AS events FROM disclosure_case c',
      )
    ).rows;
  } finally {
    await db.end();
  }
}

/** How many acknowledged creates (the i-th sent as applicant `${prefix}${i}`, 第i件) are not there whole, with their one event. */
export function lostOf(acknowledged: Acknowledged[], rows: Awaited<ReturnType<typeof casesWithEvents>>, prefix: string): number {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return acknowledged.filter((a) => {
    const r = byId.get(a.id);
    return (
      !r || r.tracking_no !== a.trackingNo || r.applicant_name !== `${prefix}${a.i}` || r.description !== `第${a.i}件` || r.events !== 1
    );
  }).length;
}
