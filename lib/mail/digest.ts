// Each morning at 08:00 China time (the job queue's crontab, lib/jobs/worker.ts), every clerk with
// an e-mail address gets one message listing their open cases due within 3 working days and those
// overdue, and the office's routings overdue at a department; every handler, their department's
// routings due within 3 working days or overdue. Once a day per person even if the job is run again (a retry, a catch-up): a marker row,
// kept two days (lib/jobs/cleanup.ts), is claimed in the transaction that queues the mail.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { dueSoonDate } from '@/lib/deadlines/due-soon';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { chinaHour, formatCn, fromDate, todayInChina, toDate } from '@/lib/shared/dates';
import { enqueueMail } from './outbox';
import { execute, qb } from '@/lib/db/kysely';
import { openRouteList } from '@/lib/departments/route-lists';

const DIGEST_HOUR = 8;

export async function enqueueDailyDigests(db: PrismaClient, now = new Date()): Promise<number> {
  if (chinaHour(now) < DIGEST_HOUR) return 0;
  const today = todayInChina(now);
  const people = await db.user.findMany({
    where: { active: true, role: { in: ['clerk', 'handler'] }, email: { not: '' } },
    select: { id: true, name: true, email: true, agencyId: true, role: true, departmentId: true },
  });
  if (!people.length) return 0;
  const soon = dueSoonDate(await cachedCalendar(db), today);
  let queued = 0;
  for (const u of people) {
    const handler = u.role === 'handler';
    const cases = handler
      ? []
      : await db.case.findMany({
          where: { assigneeId: u.id, status: { not: 'closed' }, dueOn: { lte: toDate(soon) } },
          orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
          take: 100,
          select: { trackingNo: true, applicantName: true, dueOn: true },
        });
    const routes = handler
      ? (await openRouteList(db, u.agencyId, { departmentId: u.departmentId ?? -1, limit: 100 })).filter((r) => r.dueOn <= soon)
      : await openRouteList(db, u.agencyId, { overdueOn: today, limit: 100 });
    if (!cases.length && !routes.length) continue;
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
      const routeLine = (r: (typeof routes)[number]) =>
        `${r.trackingNo}　${r.department}　内部办理期限 ${formatCn(r.dueOn)}${r.dueOn < today ? '（已逾期）' : ''}`;
      const parts = [
        cases.length ? `您承办的以下申请在3个工作日内到期或已超期：\n\n${cases.map(line).join('\n')}` : '',
        routes.length
          ? `${handler ? '转办至本部门的以下申请在3个工作日内到期或已逾期' : '以下转办在承办部门已逾期未答复'}：\n\n${routes.map(routeLine).join('\n')}`
          : '',
      ].filter(Boolean);
      await enqueueMail(
        tx,
        u.agencyId,
        u.email,
        `【待办提醒】${formatCn(today)}：${cases.length + routes.length} 件待办即将到期或已超期`,
        `${u.name}：\n\n${parts.join('\n\n')}\n`,
      );
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}
