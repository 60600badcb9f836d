// The SQL side of the counting rules: a handful of GROUP BY queries over one agency and year,
// each served by an index. Which date decides which row is stated in counting-rules.ts.
import type { PrismaClient } from '@/lib/generated/prisma/client';

export interface Groups {
  received: { channel: string; kind: string; n: number }[];
  closed: { code: string | null; kind: string; onTime: boolean; extended: boolean; n: number }[];
  carriedIn: { kind: string; n: number }[];
  carriedOut: { kind: string; n: number }[];
  appeals: { kind: string; afterReview: boolean; outcome: string; n: number }[];
  complaints: number;
  feesYuan: number;
}

export async function aggregateYear(db: PrismaClient, agencyId: number, year: number): Promise<Groups> {
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  // One pass over every case the year touches (received in it, closed in it, or open across one
  // of its boundaries); each count is a FILTER over that same set of rows.
  const [main, appeals, complaints, fees] = await Promise.all([
    db.$queryRaw<
      {
        channel: string;
        kind: string;
        code: string | null;
        onTime: boolean;
        extended: boolean;
        received: number;
        closed: number;
        carriedIn: number;
        carriedOut: number;
      }[]
    >`
      SELECT channel::text AS channel, applicant_kind::text AS kind, disposition_code AS code,
             (base_due_on IS NULL OR closed_on <= base_due_on) AS "onTime",
             (extension_days > 0 AND base_due_on IS NOT NULL AND closed_on > base_due_on) AS extended,
             count(*) FILTER (WHERE received_on >= ${from} AND received_on < ${to})::int AS received,
             count(*) FILTER (WHERE closed_on >= ${from} AND closed_on < ${to})::int AS closed,
             count(*) FILTER (WHERE received_on < ${from} AND (closed_on IS NULL OR closed_on >= ${from}))::int AS "carriedIn",
             count(*) FILTER (WHERE received_on < ${to} AND (closed_on IS NULL OR closed_on >= ${to}))::int AS "carriedOut"
      FROM disclosure_case
      WHERE agency_id = ${agencyId} AND ((received_on >= ${from} AND received_on < ${to}) OR (closed_on >= ${from} AND closed_on < ${to})
        OR (received_on < ${to} AND (closed_on IS NULL OR closed_on >= ${from})))
      GROUP BY 1, 2, 3, 4, 5`,
    db.$queryRaw<Groups['appeals']>`
      SELECT kind, after_review AS "afterReview", outcome, count(*)::int AS n FROM appeal
      WHERE agency_id = ${agencyId} AND filed_on >= ${from} AND filed_on < ${to} GROUP BY 1, 2, 3`,
    db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM complaint WHERE agency_id = ${agencyId} AND received_on >= ${from} AND received_on < ${to}`,
    db.$queryRaw<
      { sum: string | null }[]
    >`SELECT sum(fee_yuan)::text AS sum FROM disclosure_case WHERE agency_id = ${agencyId} AND fee_paid_on >= ${from} AND fee_paid_on < ${to}`,
  ]);
  const byKind = (pick: (r: (typeof main)[number]) => number) => {
    const m = new Map<string, number>();
    for (const r of main) if (pick(r)) m.set(r.kind, (m.get(r.kind) ?? 0) + pick(r));
    return [...m].map(([kind, n]) => ({ kind, n }));
  };
  return {
    received: main.filter((r) => r.received).map((r) => ({ channel: r.channel, kind: r.kind, n: r.received })),
    closed: main.filter((r) => r.closed).map((r) => ({ code: r.code, kind: r.kind, onTime: r.onTime, extended: r.extended, n: r.closed })),
    carriedIn: byKind((r) => r.carriedIn),
    carriedOut: byKind((r) => r.carriedOut),
    appeals,
    complaints: complaints[0]?.n ?? 0,
    feesYuan: Number(fees[0]?.sum ?? 0),
  };
}
