import type { PrismaClient } from '@/lib/generated/prisma/client';

/** Whether the database answers a trivial query (for /api/health); getting the client may fail too. */
export async function databaseUp(db: () => PrismaClient): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
