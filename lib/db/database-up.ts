import type { PrismaClient } from '@/lib/generated/prisma/client';
import { qb, rows, sql } from './kysely';

/** Whether the database answers a trivial query (for /api/health); getting the client may fail too. */
export async function databaseUp(db: () => PrismaClient): Promise<boolean> {
  try {
    await rows(db(), qb.selectNoFrom(sql<number>`1`.as('up')));
    return true;
  } catch {
    return false;
  }
}
