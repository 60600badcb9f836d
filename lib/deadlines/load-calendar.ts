import type { PrismaClient } from '@/lib/generated/prisma/client';
import { Calendar } from './calendar';
import { fromDate } from '@/lib/shared/dates';

type Db = Pick<PrismaClient, 'calendarDay' | 'calendarYear'>;

/** The bundled calendar amended by the admin's overrides, read fresh. */
export async function loadCalendar(db: Db): Promise<Calendar> {
  const [days, years] = await Promise.all([db.calendarDay.findMany(), db.calendarYear.findMany()]);
  return new Calendar({
    days: days.map((d) => ({ date: fromDate(d.date), work: d.work, name: d.name })),
    publishedYears: years.map((y) => y.year),
  });
}

// Hot paths (intake, lists, events) reuse the calendar for a few seconds: overrides change a few
// times a year, and every process drops the cache when any writes one (NOTIFY, lib/db/change-feed.ts);
// CACHE_MS bounds the staleness if that channel is ever down.
const CACHE_MS = 5_000;
// On globalThis: route handlers and server actions are separate bundles in one process.
const g = globalThis as unknown as { ddCalendar?: { at: number; cal: Promise<Calendar> } | null };

export function cachedCalendar(db: Db): Promise<Calendar> {
  if (!g.ddCalendar || Date.now() - g.ddCalendar.at > CACHE_MS) g.ddCalendar = { at: Date.now(), cal: loadCalendar(db) };
  return g.ddCalendar.cal;
}

export function invalidateCalendar(): void {
  g.ddCalendar = null;
}
