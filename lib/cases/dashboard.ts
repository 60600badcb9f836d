// The counts on each role's home page, each a single indexed query.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { addWorkdays } from '@/lib/deadlines/count-workdays';
import { todayInChina, toDate } from '@/lib/shared/dates';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';

export async function workloadCounts(db: PrismaClient, where: Prisma.CaseWhereInput) {
  const cal = await cachedCalendar(db);
  const today = todayInChina();
  const soon = addWorkdays(cal, today, 3).date;
  const open: Prisma.CaseWhereInput = { ...where, status: { not: 'closed' } };
  const [dueToday, dueSoon, overdue, correction, consulting, toDeliver, review] = await Promise.all([
    db.case.count({ where: { ...open, dueOn: toDate(today) } }),
    db.case.count({ where: { ...open, dueOn: { gte: toDate(today), lte: toDate(soon) } } }),
    db.case.count({ where: { ...open, dueOn: { lt: toDate(today) } } }),
    db.case.count({ where: { ...where, status: 'correction' } }),
    db.case.count({ where: { ...where, status: 'consulting' } }),
    db.case.count({ where: { ...where, status: 'approved' } }),
    db.case.count({ where: { ...where, pendingReview: true } }),
  ]);
  return { dueToday, dueSoon, overdue, correction, consulting, toDeliver, review, soon };
}

export async function yearSoFar(db: PrismaClient, agencyId: number, year: number) {
  const range = { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
  const [byChannel, byDisposition] = await Promise.all([
    db.case.groupBy({ by: ['channel'], where: { agencyId, receivedOn: range }, _count: { _all: true } }),
    db.case.groupBy({ by: ['dispositionCode'], where: { agencyId, closedOn: range }, _count: { _all: true } }),
  ]);
  return {
    byChannel: byChannel.map((r) => ({ channel: r.channel, count: r._count._all })),
    byDisposition: byDisposition.map((r) => ({ code: r.dispositionCode, count: r._count._all })),
  };
}
