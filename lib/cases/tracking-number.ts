// Tracking numbers like 2025-0001 (更正2025-0001 for a request to correct information (更正申请), its own series): per
// agency, year and kind, gap-free. The counter row is bumped in
// the same statement (or transaction) that writes the case, so a failed intake gives its number
// back, and the row lock makes two simultaneous intakes wait for each other instead of taking the
// same number.
import type { Expression } from 'kysely';
import { qb, sql } from '@/lib/db/kysely';

/** The statement that bumps the counter and returns the new number as `last` (a CTE named `n`). */
export const bumpCounter = (
  agencyId: number | Expression<number>,
  year: number | Expression<number>,
  series: string | Expression<string> = '',
) =>
  qb
    .insertInto('tracking_counter')
    .values({ agency_id: agencyId, year, series, last: 1 })
    .onConflict((oc) => oc.columns(['agency_id', 'year', 'series']).doUpdateSet((eb) => ({ last: eb('tracking_counter.last', '+', 1) })))
    .returning('last');

/** The series and the year a tracking number starts with: `2025`, `更正2025`. */
export const trackingPrefix = (year: number, series = '') => series + String(year);

/**
 * `2025-0001` from the CTE `n`: `prefix` (`trackingPrefix`), a dash and the number
 * padded to four digits (never truncated past 9999).
 */
export const trackingNo = (prefix: string | Expression<string>) =>
  sql<string>`(SELECT ${prefix} || '-' || CASE WHEN n.last < 10000 THEN lpad(n.last::text, 4, '0') ELSE n.last::text END FROM n)`;
