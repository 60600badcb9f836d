// The floors the year tables and the roll-up are measured against: the best hand-written SQL for
// the same answer — the same three covering-index ranges (received in the year; received before and
// still open; received before and closed in or after it), grouped the same three ways — run the same
// way (unprepared on the pool: a plan for the actual dates and offices beat the cached generic plan
// by ~30 %). The app does this and more (appeals, complaints, fees,
// manual figures, the catalogue, the checks), so its time can't fall below the floor's.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { poolOf } from '../../lib/db/client';

const RANGES = (agencies: string) => `
  SELECT agency_id, channel, applicant_kind, disposition_code, received_on, closed_on, base_due_on, extension_days
    FROM disclosure_case WHERE agency_id ${agencies} AND received_on >= $1::date AND received_on < $2::date
  UNION ALL SELECT agency_id, channel, applicant_kind, disposition_code, received_on, closed_on, base_due_on, extension_days
    FROM disclosure_case WHERE agency_id ${agencies} AND closed_on IS NULL AND received_on < $1::date
  UNION ALL SELECT agency_id, channel, applicant_kind, disposition_code, received_on, closed_on, base_due_on, extension_days
    FROM disclosure_case WHERE agency_id ${agencies} AND closed_on >= $1::date AND received_on < $1::date`;

const FLOOR = (agencies: string) => `
  SELECT agency_id, GROUPING(channel, disposition_code) AS set, channel, applicant_kind, disposition_code,
    count(*) FILTER (WHERE received_on >= $1::date AND received_on < $2::date)::int AS received,
    count(*) FILTER (WHERE closed_on >= $1::date AND closed_on < $2::date AND (base_due_on IS NULL OR closed_on <= base_due_on))::int AS on_time,
    count(*) FILTER (WHERE closed_on >= $1::date AND closed_on < $2::date AND extension_days > 0 AND base_due_on IS NOT NULL AND closed_on > base_due_on)::int AS extended,
    count(*) FILTER (WHERE closed_on >= $1::date AND closed_on < $2::date AND NOT (base_due_on IS NULL OR closed_on <= base_due_on)
      AND NOT (extension_days > 0 AND base_due_on IS NOT NULL AND closed_on > base_due_on))::int AS late,
    count(*) FILTER (WHERE received_on < $1::date AND (closed_on IS NULL OR closed_on >= $1::date))::int AS carried_in,
    count(*) FILTER (WHERE received_on < $2::date AND (closed_on IS NULL OR closed_on >= $2::date))::int AS carried_out
  FROM (${RANGES(agencies)}) touched
  GROUP BY GROUPING SETS ((agency_id, channel, applicant_kind), (agency_id, applicant_kind, disposition_code), (agency_id, applicant_kind))`;

/** The floor of one office's year table. */
export function yearFloor(prisma: PrismaClient, agencyId: number, year: number) {
  return poolOf(prisma)!.query({ text: FLOOR('= $3'), values: [`${year}-01-01`, `${year + 1}-01-01`, agencyId] });
}

/** The floor of a roll-up over `ids`. */
export function rollupFloor(prisma: PrismaClient, ids: number[], year: number) {
  return poolOf(prisma)!.query({
    text: FLOOR('= ANY($3::int[])'),
    values: [`${year}-01-01`, `${year + 1}-01-01`, ids],
  });
}
