// Tracking numbers like 2025-0001: per agency per year, gap-free. The counter row is bumped in
// the case's own transaction, so a rolled-back intake gives its number back, and the row lock
// makes two simultaneous intakes wait for each other instead of taking the same number.
import type { Prisma } from '@/lib/generated/prisma/client';

export function formatTrackingNo(year: number, n: number): string {
  return `${year}-${String(n).padStart(4, '0')}`;
}

export async function nextTrackingNo(tx: Prisma.TransactionClient, agencyId: number, year: number): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "tracking_counter" ("agency_id", "year", "last") VALUES (${agencyId}, ${year}, 1)
    ON CONFLICT ("agency_id", "year") DO UPDATE SET "last" = "tracking_counter"."last" + 1
    RETURNING "last"`;
  return formatTrackingNo(year, rows[0].last);
}
