// Hourly: the throttle counters, used-up portal challenges and digest markers in sign_in_failure
// are only needed for a window (15 minutes, 20 minutes, a day); past it they are deleted, so the
// table holds the last day's rows, not every failure and challenge since installation.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { execute, qb } from '@/lib/db/kysely';

export const KEEP_MS = 2 * 86_400_000;

export async function deleteExpiredMarkers(db: PrismaClient, now = new Date()): Promise<number> {
  return execute(db, qb.deleteFrom('sign_in_failure').where('last_at', '<', new Date(now.getTime() - KEEP_MS)));
}
