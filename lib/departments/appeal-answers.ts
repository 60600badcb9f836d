// Reviews and suits whose answer (行政复议答复书, 行政应诉答辩状) has not gone in, each with its due
// date (lib/deadlines/appeal-answer.ts): on the clerk's dashboard and in 督办.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Calendar } from '@/lib/deadlines/calendar';
import { answerDueOn } from '@/lib/deadlines/appeal-answer';
import { isoDate, qb, rows } from '@/lib/db/kysely';

export async function openAppealAnswers(db: PrismaClient, cal: Calendar, agencyIds: number[], limit = 50) {
  const found = await rows(
    db,
    qb
      .selectFrom('appeal as a')
      .innerJoin('disclosure_case as c', 'c.id', 'a.case_id')
      .select(['a.agency_id as agencyId', 'c.id as caseId', 'c.tracking_no as trackingNo'])
      .select((eb) => [
        eb.cast<'review' | 'suit'>('a.kind', 'text').as('kind'),
        isoDate(eb.ref('a.notice_received_on')).as('noticeReceivedOn'),
      ])
      .where('a.agency_id', '=', (eb) => eb.fn.any(eb.val(agencyIds)))
      .where('a.notice_received_on', 'is not', null)
      .where('a.answered_on', 'is', null)
      .orderBy('a.notice_received_on')
      .limit(limit),
  );
  return found
    .map((r) => ({ ...r, answerDueOn: answerDueOn(cal, r.kind, r.noticeReceivedOn!) }))
    .toSorted((x, y) => x.answerDueOn.localeCompare(y.answerDueOn));
}
