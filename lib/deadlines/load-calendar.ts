import type { PrismaClient } from '@/lib/generated/prisma/client';
import { Calendar } from './calendar';
import { fromDate } from './dates';

type Db = Pick<PrismaClient, 'calendarDay' | 'calendarYear'>;

/** The bundled calendar amended by the admin's overrides (a small table, read per use). */
export async function loadCalendar(db: Db): Promise<Calendar> {
  const [days, years] = await Promise.all([db.calendarDay.findMany(), db.calendarYear.findMany()]);
  return new Calendar({
    days: days.map((d) => ({ date: fromDate(d.date), work: d.work, name: d.name })),
    publishedYears: years.map((y) => y.year),
  });
}
