// The SQL side of the counting rules: a handful of GROUP BY queries over one agency and year,
// each served by an index. Which date decides which row is stated in counting-rules.ts.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { hotQuery } from '@/lib/db/hot-query';

export interface Groups {
  received: { channel: string; kind: string; n: number }[];
  closed: { code: string | null; kind: string; onTime: boolean; extended: boolean; n: number }[];
  carriedIn: { kind: string; n: number }[];
  carriedOut: { kind: string; n: number }[];
  appeals: { kind: string; afterReview: boolean; outcome: string; n: number }[];
  complaints: number;
  feesYuan: number;
}

// Closed on time (within the original deadline, or no deadline applies), closed late after an
// approved extension, and otherwise closed late: the one definition the year table, the annual
// report's prose and 督办's "逾期办结" all count by (see RULES_TEXT in counting-rules.ts).
export const ON_TIME_SQL = Prisma.sql`(base_due_on IS NULL OR closed_on <= base_due_on)`;
export const EXTENDED_SQL = Prisma.sql`(extension_days > 0 AND base_due_on IS NOT NULL AND closed_on > base_due_on)`;
export const LATE_SQL = Prisma.sql`(NOT ${ON_TIME_SQL} AND NOT ${EXTENDED_SQL})`;

export async function aggregateYear(db: PrismaClient, agencyId: number, year: number): Promise<Groups> {
  return (await aggregateYearByAgency(db, [agencyId], year)).get(agencyId) ?? emptyGroups();
}

export const emptyGroups = (): Groups => ({
  received: [],
  closed: [],
  carriedIn: [],
  carriedOut: [],
  appeals: [],
  complaints: 0,
  feesYuan: 0,
});

/** The same groups for several agencies at once (a roll-up), one pass per table, split by agency. */
export async function aggregateYearByAgency(db: PrismaClient, agencyIds: number[], year: number): Promise<Map<number, Groups>> {
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const ids = agencyIds.length === 1 ? Prisma.sql`= ${agencyIds[0]}` : Prisma.sql`= ANY(${agencyIds}::int[])`;
  // Every case the year touches, as three disjoint ranges each read from an index alone (see
  // migration 20261130000000_year_covering_indexes): received in the year; received before it and
  // still open; received before it and closed in or after it. Each count is a FILTER over those
  // rows, grouped by the enum columns themselves and cast to text after (casting every row first
  // cost ~4 %). The one-pass form over an OR of the ranges read the table's pages: ~6x slower.
  const cols = Prisma.sql`agency_id, channel, applicant_kind, disposition_code, received_on, closed_on, base_due_on, extension_days`;
  const closedIn = Prisma.sql`closed_on >= ${from} AND closed_on < ${to}`;
  // Grouped three ways at once: received by channel and kind, closed by disposition and kind,
  // carried by kind. Grouping every count by all three columns gave a roll-up of 500 offices
  // twice the rows (129,000 groups against ~60,000) to read and sum.
  const [main, appeals, complaints, fees] = await Promise.all([
    hotQuery<{
      agency: number;
      set: 1 | 2 | 3;
      channel: string;
      kind: string;
      code: string | null;
      received: number;
      onTime: number;
      extended: number;
      late: number;
      carriedIn: number;
      carriedOut: number;
    }>(
      db,
      Prisma.sql`
      SELECT agency, set, channel::text AS channel, kind::text AS kind, code, received, "onTime", extended, late, "carriedIn", "carriedOut" FROM (
      SELECT agency_id AS agency, GROUPING(channel, disposition_code) AS set, channel, applicant_kind AS kind, disposition_code AS code,
             count(*) FILTER (WHERE received_on >= ${from} AND received_on < ${to})::int AS received,
             count(*) FILTER (WHERE ${closedIn} AND ${ON_TIME_SQL})::int AS "onTime",
             count(*) FILTER (WHERE ${closedIn} AND ${EXTENDED_SQL})::int AS extended,
             count(*) FILTER (WHERE ${closedIn} AND ${LATE_SQL})::int AS late,
             count(*) FILTER (WHERE received_on < ${from} AND (closed_on IS NULL OR closed_on >= ${from}))::int AS "carriedIn",
             count(*) FILTER (WHERE received_on < ${to} AND (closed_on IS NULL OR closed_on >= ${to}))::int AS "carriedOut"
      FROM (
        SELECT ${cols} FROM disclosure_case WHERE agency_id ${ids} AND received_on >= ${from} AND received_on < ${to}
        UNION ALL SELECT ${cols} FROM disclosure_case WHERE agency_id ${ids} AND closed_on IS NULL AND received_on < ${from}
        UNION ALL SELECT ${cols} FROM disclosure_case WHERE agency_id ${ids} AND closed_on >= ${from} AND received_on < ${from}
      ) touched
      GROUP BY GROUPING SETS ((agency_id, channel, applicant_kind), (agency_id, applicant_kind, disposition_code), (agency_id, applicant_kind))) g`,
    ),
    db.$queryRaw<(Groups['appeals'][number] & { agency: number })[]>`
      SELECT agency_id AS agency, kind, after_review AS "afterReview", outcome, count(*)::int AS n FROM appeal
      WHERE agency_id ${ids} AND filed_on >= ${from} AND filed_on < ${to} GROUP BY 1, 2, 3, 4`,
    db.$queryRaw<{ agency: number; n: number }[]>`
      SELECT agency_id AS agency, count(*)::int AS n FROM complaint WHERE agency_id ${ids} AND received_on >= ${from} AND received_on < ${to} GROUP BY 1`,
    db.$queryRaw<{ agency: number; sum: string | null }[]>`
      SELECT agency_id AS agency, sum(fee_yuan)::text AS sum FROM disclosure_case
      WHERE agency_id ${ids} AND fee_paid_on >= ${from} AND fee_paid_on < ${to} GROUP BY 1`,
  ]);
  const out = new Map<number, Groups>(agencyIds.map((id) => [id, emptyGroups()]));
  // set is GROUPING(channel, disposition_code): 1 = by channel, 2 = by disposition, 3 = by kind alone.
  for (const r of main) {
    const g = out.get(r.agency);
    if (!g) continue;
    if (r.set === 1) {
      if (r.received) g.received.push({ channel: r.channel, kind: r.kind, n: r.received });
    } else if (r.set === 2) {
      if (r.onTime) g.closed.push({ code: r.code, kind: r.kind, onTime: true, extended: false, n: r.onTime });
      if (r.extended) g.closed.push({ code: r.code, kind: r.kind, onTime: false, extended: true, n: r.extended });
      if (r.late) g.closed.push({ code: r.code, kind: r.kind, onTime: false, extended: false, n: r.late });
    } else {
      if (r.carriedIn) g.carriedIn.push({ kind: r.kind, n: r.carriedIn });
      if (r.carriedOut) g.carriedOut.push({ kind: r.kind, n: r.carriedOut });
    }
  }
  for (const { agency, ...a } of appeals) out.get(agency)?.appeals.push(a);
  for (const r of complaints) if (out.has(r.agency)) out.get(r.agency)!.complaints = r.n;
  for (const r of fees) if (out.has(r.agency)) out.get(r.agency)!.feesYuan = Number(r.sum ?? 0);
  return out;
}
