// Each morning at 08:00 China time (the job queue's crontab, lib/jobs/worker.ts), every clerk with
// an e-mail address gets one message listing their open cases due within 3 working days and those
// overdue. Once a day per person even if the job is run again (a retry, a catch-up): a marker row,
// kept two days (lib/jobs/cleanup.ts), is claimed in the transaction that queues the mail.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { dueSoonDate } from '@/lib/deadlines/due-soon';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { chinaHour, formatCn, fromDate, todayInChina, toDate } from '@/lib/shared/dates';
import { enqueueMail } from './outbox';
import { execute, qb } from '@/lib/db/kysely';

const DIGEST_HOUR = 8;

export async function enqueueDailyDigests(db: PrismaClient, now = new Date()): Promise<number> {
  if (chinaHour(now) < DIGEST_HOUR) return 0;
  const today = todayInChina(now);
  const clerks = await db.user.findMany({
    where: { active: true, role: 'clerk', email: { not: '' } },
    select: { id: true, name: true, email: true, agencyId: true },
  });
  if (!clerks.length) return 0;
  const soon = dueSoonDate(await cachedCalendar(db), today);
  let queued = 0;
  for (const u of clerks) {
    const cases = await db.case.findMany({
      where: { assigneeId: u.id, status: { not: 'closed' }, dueOn: { lte: toDate(soon) } },
      orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
      take: 100,
      select: { trackingNo: true, applicantName: true, dueOn: true },
    });
    if (!cases.length) continue;
    const sent = await db.$transaction(async (tx) => {
      const claimed = await execute(
        tx,
        qb
          .insertInto('sign_in_failure')
          .values({ key: `digest:${u.id}:${today}`, failures: 1, first_at: now, last_at: now })
          .onConflict((oc) => oc.doNothing()),
      );
      if (!claimed) return false;
      const line = (c: (typeof cases)[number]) =>
        `${c.trackingNo}　${c.applicantName}　答复期限 ${c.dueOn ? formatCn(fromDate(c.dueOn)) : '—'}${c.dueOn && fromDate(c.dueOn) < today ? '（已超期）' : ''}`;
      await enqueueMail(
        tx,
        u.agencyId,
        u.email,
        `【待办提醒】${formatCn(today)}：${cases.length} 件申请即将到期或已超期`,
        `${u.name}：\n\n您承办的以下申请在3个工作日内到期或已超期：\n\n${cases.map(line).join('\n')}\n`,
      );
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}
