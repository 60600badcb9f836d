import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createPrisma } from '@/lib/db/client';
import type { PrismaClient } from '@/lib/generated/prisma/client';

export interface TestDb {
  url: string;
  prisma: PrismaClient;
  drop: () => Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

/** A fresh database copied from the migrated template; `migrated: false` gives an empty one. */
export async function createTestDb({ migrated = true } = {}): Promise<TestDb> {
  const admin = inject('pgAdminUrl');
  const name = 'dd_t_' + crypto.randomBytes(6).toString('hex');
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  // CREATE DATABASE … TEMPLATE needs the template free of connections; retry briefly if busy.
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE "${name}" ${migrated ? `TEMPLATE "${inject('pgTemplate')}"` : 'TEMPLATE template0'}`);
      break;
    } catch (err) {
      if (attempt > 20) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await client.end();
  const url = withDatabase(admin, name);
  // As the app makes it: hot reads (lib/db/hot-query.ts) run on its pool as prepared statements.
  const prisma = createPrisma(url);
  return {
    url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A fresh migrated database for the test file, made before its tests and dropped after them. The
 * objects returned are filled in by `beforeAll`, so a file can name them at the top.
 */
export function databaseForFile(): TestDb {
  const tdb = {} as TestDb;
  beforeAll(async () => {
    Object.assign(tdb, await createTestDb());
  });
  afterAll(async () => tdb.drop?.());
  return tdb;
}
