// What the annual report's prose needs beyond the year table: applications by channel and topic,
// closures on time / extended / late, and fees — for one agency or its whole subtree.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { EXTENDED_SQL, LATE_SQL, ON_TIME_SQL } from '@/lib/statistics/aggregate';

export interface Facts {
  byChannel: { channel: string; n: number }[];
  byTopic: { topic: string; n: number }[];
  onTime: number;
  extended: number;
  late: number;
  feesYuan: number;
}

export async function yearFacts(db: PrismaClient, agencyIds: number[], year: number): Promise<Facts> {
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const ids = Prisma.sql`agency_id = ANY(${agencyIds}::int[])`;
  const [byChannel, byTopic, closing, fees] = await Promise.all([
    db.$queryRaw<Facts['byChannel']>`SELECT channel::text AS channel, count(*)::int AS n FROM disclosure_case
      WHERE ${ids} AND received_on >= ${from} AND received_on < ${to} GROUP BY 1 ORDER BY 2 DESC`,
    db.$queryRaw<Facts['byTopic']>`SELECT coalesce(nullif(topic, ''), '未分类') AS topic, count(*)::int AS n FROM disclosure_case
      WHERE ${ids} AND received_on >= ${from} AND received_on < ${to} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`,
    db.$queryRaw<{ onTime: number; extended: number; late: number }[]>`SELECT
        count(*) FILTER (WHERE ${ON_TIME_SQL})::int AS "onTime",
        count(*) FILTER (WHERE ${EXTENDED_SQL})::int AS extended,
        count(*) FILTER (WHERE ${LATE_SQL})::int AS late
      FROM disclosure_case WHERE ${ids} AND closed_on >= ${from} AND closed_on < ${to}`,
    db.$queryRaw<{ sum: string | null }[]>`SELECT sum(fee_yuan)::text AS sum FROM disclosure_case
      WHERE ${ids} AND fee_paid_on >= ${from} AND fee_paid_on < ${to}`,
  ]);
  return { byChannel, byTopic, ...(closing[0] ?? { onTime: 0, extended: 0, late: 0 }), feesYuan: Number(fees[0]?.sum ?? 0) };
}
