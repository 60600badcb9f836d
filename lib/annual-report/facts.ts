// What the annual report's prose needs beyond the year table: applications by channel and topic,
// closures on time / extended / late, fees, and the requests to correct information (更正, art. 41,
// counted outside table 三 and reported in part 六) — for one agency or its whole subtree.
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
  /** 更正申请: received in the year, and closed in it by outcome. */
  rectification: { received: number; rectified: number; refused: number; referred: number };
}

export async function yearFacts(db: PrismaClient, agencyIds: number[], year: number): Promise<Facts> {
  const from = asDate(`${year}-01-01`);
  const to = asDate(`${year + 1}-01-01`);
  const ofKind = (column: 'received_on' | 'closed_on' | 'fee_paid_on', kind: 'application' | 'rectification') =>
    qb
      .selectFrom('disclosure_case')
      .where((eb) =>
        eb.and([
          eb('agency_id', '=', eb.fn.any(eb.val(agencyIds))),
          eb('request_kind', '=', kind),
          eb(column, '>=', from),
          eb(column, '<', to),
        ]),
      );
  const inYear = (column: 'received_on' | 'closed_on' | 'fee_paid_on') => ofKind(column, 'application');
  const [byChannel, byTopic, closing, fees, rectReceived, rectClosed] = await Promise.all([
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
    first(db, ofKind('received_on', 'rectification').select(countInt().as('n'))),
    first(
      db,
      ofKind('closed_on', 'rectification').select((eb) => [
        countWhere(eb('disposition_code', '=', 'rectified')).as('rectified'),
        countWhere(eb('disposition_code', '=', 'rectify_refused')).as('refused'),
        countWhere(eb('disposition_code', '=', 'rectify_referred')).as('referred'),
      ]),
    ),
  ]);
  return {
    byChannel,
    byTopic,
    ...(closing ?? { onTime: 0, extended: 0, late: 0 }),
    feesYuan: Number(fees?.sum ?? 0),
    rectification: { received: rectReceived?.n ?? 0, rectified: 0, refused: 0, referred: 0, ...rectClosed },
  };
}
