// What the annual report's prose needs beyond the year table: applications by channel and topic,
// closures on time / extended / late, and fees — for one agency or its whole subtree.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { asDate, countInt, countWhere, first, qb, rows, sql } from '@/lib/db/kysely';
import { EXTENDED, LATE, ON_TIME } from '@/lib/statistics/aggregate';

export interface Facts {
  byChannel: { channel: string; n: number }[];
  byTopic: { topic: string; n: number }[];
  onTime: number;
  extended: number;
  late: number;
  feesYuan: number;
}

export async function yearFacts(db: PrismaClient, agencyIds: number[], year: number): Promise<Facts> {
  const from = asDate(`${year}-01-01`);
  const to = asDate(`${year + 1}-01-01`);
  const inYear = (column: 'received_on' | 'closed_on' | 'fee_paid_on') =>
    qb
      .selectFrom('disclosure_case')
      .where((eb) => eb.and([eb('agency_id', '=', eb.fn.any(eb.val(agencyIds))), eb(column, '>=', from), eb(column, '<', to)]));
  const [byChannel, byTopic, closing, fees] = await Promise.all([
    rows(
      db,
      inYear('received_on')
        .select(['channel', countInt().as('n')])
        .groupBy('channel')
        .orderBy('n', 'desc'),
    ),
    rows(
      db,
      inYear('received_on')
        .select((eb) => [
          eb.fn
            .coalesce(eb.fn('nullif', ['topic', eb.val('')]), eb.val('未分类'))
            .$castTo<string>()
            .as('topic'),
          countInt().as('n'),
        ])
        .groupBy(sql`1`)
        .orderBy('n', 'desc')
        .orderBy('topic')
        .limit(5),
    ),
    first(
      db,
      inYear('closed_on').select([countWhere(ON_TIME).as('onTime'), countWhere(EXTENDED).as('extended'), countWhere(LATE).as('late')]),
    ),
    first(
      db,
      inYear('fee_paid_on').select((eb) => eb.cast<string | null>(eb.fn.sum('fee_yuan'), 'text').as('sum')),
    ),
  ]);
  return { byChannel, byTopic, ...(closing ?? { onTime: 0, extended: 0, late: 0 }), feesYuan: Number(fees?.sum ?? 0) };
}
