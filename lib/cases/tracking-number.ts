// Tracking numbers like 2025-0001: per agency per year, gap-free. The counter row is bumped in
// the same statement (or transaction) that writes the case, so a failed intake gives its number
// back, and the row lock makes two simultaneous intakes wait for each other instead of taking the
// same number.
import { Prisma } from '@/lib/generated/prisma/client';

/** SQL that bumps the counter: a CTE named `n` with the new number in `last`. */
export function nextNumberCte(agencyId: number, year: number): Prisma.Sql {
  return Prisma.sql`n AS (
    INSERT INTO "tracking_counter" ("agency_id", "year", "last") VALUES (${agencyId}, ${year}, 1)
    ON CONFLICT ("agency_id", "year") DO UPDATE SET "last" = "tracking_counter"."last" + 1
    RETURNING "last")`;
}

/** `2025-0001`: the year, a dash and the number padded to four digits (never truncated past 9999). */
export function trackingNoSql(year: number): Prisma.Sql {
  return Prisma.sql`${String(year)} || '-' || CASE WHEN n.last < 10000 THEN lpad(n.last::text, 4, '0') ELSE n.last::text END`;
}
