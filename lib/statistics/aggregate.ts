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
  const [received, closed, carriedIn, carriedOut, appeals, complaints, fees] = await Promise.all([
    db.$queryRaw<Groups['received']>`
      SELECT channel::text AS channel, applicant_kind::text AS kind, count(*)::int AS n FROM disclosure_case
      WHERE agency_id = ${agencyId} AND received_on >= ${from} AND received_on < ${to} GROUP BY 1, 2`,
    db.$queryRaw<Groups['closed']>`
      SELECT disposition_code AS code, applicant_kind::text AS kind,
             (base_due_on IS NULL OR closed_on <= base_due_on) AS "onTime",
             (extension_days > 0 AND base_due_on IS NOT NULL AND closed_on > base_due_on) AS extended,
             count(*)::int AS n
      FROM disclosure_case WHERE agency_id = ${agencyId} AND closed_on >= ${from} AND closed_on < ${to} GROUP BY 1, 2, 3, 4`,
    db.$queryRaw<Groups['carriedIn']>`
      SELECT applicant_kind::text AS kind, count(*)::int AS n FROM disclosure_case
      WHERE agency_id = ${agencyId} AND received_on < ${from} AND (closed_on IS NULL OR closed_on >= ${from}) GROUP BY 1`,
    db.$queryRaw<Groups['carriedOut']>`
      SELECT applicant_kind::text AS kind, count(*)::int AS n FROM disclosure_case
      WHERE agency_id = ${agencyId} AND received_on < ${to} AND (closed_on IS NULL OR closed_on >= ${to}) GROUP BY 1`,
    db.$queryRaw<Groups['appeals']>`
      SELECT a.kind, a.after_review AS "afterReview", a.outcome, count(*)::int AS n
      FROM appeal a JOIN disclosure_case c ON c.id = a.case_id
      WHERE c.agency_id = ${agencyId} AND a.filed_on >= ${from} AND a.filed_on < ${to} GROUP BY 1, 2, 3`,
    db.complaint.count({ where: { agencyId, receivedOn: { gte: from, lt: to } } }),
    db.case.aggregate({ where: { agencyId, feePaidOn: { gte: from, lt: to } }, _sum: { feeYuan: true } }),
  ]);
  return { received, closed, carriedIn, carriedOut, appeals, complaints, feesYuan: Number(fees._sum.feeYuan ?? 0) };
}
