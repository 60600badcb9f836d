// The floors the year tables and the roll-up are measured against: the best hand-written SQL for
// the same answer — the same three covering-index ranges (received in the year; received before and
// still open; received before and closed in or after it; applications only), grouped the same three ways — run the same
// way (unprepared on the pool: a plan for the actual dates and offices beat the cached generic plan
// by ~30 %), beside one statement for the year's appeals, complaints and fees, which the table shows
// too. The app does this and more (manual figures, the catalogue, the snapshot, deriving the cells,
// the checks), so its time can't fall below the floor's.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { poolOf } from '../../lib/db/client';

const RANGES = (agencies: string) => `
  SELECT agency_id, channel, applicant_kind, disposition_code, received_on, closed_on, base_due_on, extension_days
    FROM disclosure_case WHERE agency_id ${agencies} AND request_kind = 'application' AND received_on >= $1::date AND received_on < $2::date
  UNION ALL SELECT agency_id, channel, applicant_kind, disposition_code, received_on, closed_on, base_due_on, extension_days
    FROM disclosure_case WHERE agency_id ${agencies} AND request_kind = 'application' AND closed_on IS NULL AND received_on < $1::date
  UNION ALL SELECT agency_id, channel, applicant_kind, disposition_code, received_on, closed_on, base_due_on, extension_days
    FROM disclosure_case WHERE agency_id ${agencies} AND request_kind = 'application' AND closed_on >= $1::date AND received_on < $1::date`;

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

// The rest of the same answer: appeals by kind and outcome, complaints and fees of the year, from
// their covering indexes, as plain rows. Run beside the counts on a second connection, as the app does.
const EXTRAS = (agencies: string) => `
  SELECT 'appeal' AS what, agency_id, kind::text AS kind, after_review, outcome::text AS outcome, count(*)::int AS n, NULL::numeric AS yuan
    FROM appeal WHERE agency_id ${agencies} AND filed_on >= $1::date AND filed_on < $2::date GROUP BY agency_id, kind, after_review, outcome
  UNION ALL SELECT 'complaint', agency_id, NULL, NULL, NULL, count(*)::int, NULL
    FROM complaint WHERE agency_id ${agencies} AND received_on >= $1::date AND received_on < $2::date GROUP BY agency_id
  UNION ALL SELECT 'fee', agency_id, NULL, NULL, NULL, NULL, sum(fee_yuan)
    FROM disclosure_case WHERE agency_id ${agencies} AND fee_paid_on >= $1::date AND fee_paid_on < $2::date GROUP BY agency_id`;

function floor(prisma: PrismaClient, agencies: string, values: unknown[]) {
  const pool = poolOf(prisma)!;
  return Promise.all([pool.query({ text: FLOOR(agencies), values }), pool.query({ text: EXTRAS(agencies), values })]);
}

/** The floor of one office's year table. */
export const yearFloor = (prisma: PrismaClient, agencyId: number, year: number) =>
  floor(prisma, '= $3', [`${year}-01-01`, `${year + 1}-01-01`, agencyId]);

/** The floor of a roll-up over `ids`. */
export const rollupFloor = (prisma: PrismaClient, ids: number[], year: number) =>
  floor(prisma, '= ANY($3::int[])', [`${year}-01-01`, `${year + 1}-01-01`, ids]);
