// Admin amendments to the holiday calendar. A change can move the due dates of open cases, so
// they are recomputed in the same transaction and each moved date is noted on its timeline.
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { deadlinesOf } from '@/lib/cases/case-state';
import { replay } from '@/lib/cases/steps';
import { derivedColumns } from '@/lib/cases/row';
import { isoDate, optionalText } from '@/lib/shared/text';
import { fromDate, todayInChina, toDate } from '@/lib/shared/dates';
import { invalidateCalendar, loadCalendar } from '@/lib/deadlines/load-calendar';

export const daySchema = z.object({
  date: isoDate('日期'),
  work: z.boolean({ message: '请选择上班或放假' }),
  name: optionalText('名称', 40),
});
export const yearSchema = z.object({
  year: z.number({ message: '年份须为数字' }).int().min(2004, '年份不早于 2004').max(2100, '年份不晚于 2100'),
  note: optionalText('说明（如国务院办公厅通知文号）', 200),
});

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

async function recomputeOpenCases(tx: Tx, from: Date): Promise<number> {
  const cal = await loadCalendar(tx);
  const cases = await tx.case.findMany({
    where: { status: { not: 'closed' }, OR: [{ dueOn: { gte: from } }, { dueProvisional: true }, { dueOn: null }] },
    select: {
      id: true,
      receivedOn: true,
      dueOn: true,
      dueProvisional: true,
      events: { orderBy: { id: 'asc' }, select: { type: true, on: true, data: true, actorId: true } },
    },
  });
  let moved = 0;
  for (const c of cases) {
    const state = replay(
      fromDate(c.receivedOn),
      c.events.map((e) => ({ ...e, on: fromDate(e.on) })),
    );
    const dl = deadlinesOf(cal, state);
    const before = c.dueOn ? fromDate(c.dueOn) : null;
    if (before === dl.dueOn && c.dueProvisional === dl.provisional) continue;
    await tx.case.update({ where: { id: c.id }, data: { ...derivedColumns(state, dl), version: { increment: 1 } } });
    await tx.caseEvent.create({
      data: {
        caseId: c.id,
        type: 'calendar_recomputed',
        on: toDate(todayInChina()),
        data: { from: before, resultingDueOn: dl.dueOn, provisional: dl.provisional },
      },
    });
    moved++;
  }
  return moved;
}

export async function setCalendarDay(db: PrismaClient, input: unknown, actorId: number | null) {
  const v = daySchema.parse(input);
  return db
    .$transaction(async (tx) => {
      await tx.calendarDay.upsert({
        where: { date: toDate(v.date) },
        create: { date: toDate(v.date), work: v.work, name: v.name || null },
        update: { work: v.work, name: v.name || null },
      });
      await tx.adminEvent.create({ data: { actorId, action: 'calendar.set_day', target: `day:${v.date}`, detail: v } });
      return recomputeOpenCases(tx, toDate(v.date));
    })
    .finally(invalidateCalendar);
}

export async function removeCalendarDay(db: PrismaClient, date: string, actorId: number | null) {
  const v = isoDate('日期').parse(date);
  return db
    .$transaction(async (tx) => {
      await tx.calendarDay.deleteMany({ where: { date: toDate(v) } });
      await tx.adminEvent.create({ data: { actorId, action: 'calendar.remove_day', target: `day:${v}` } });
      return recomputeOpenCases(tx, toDate(v));
    })
    .finally(invalidateCalendar);
}

export async function publishCalendarYear(db: PrismaClient, input: unknown, actorId: number | null) {
  const v = yearSchema.parse(input);
  return db
    .$transaction(async (tx) => {
      await tx.calendarYear.upsert({ where: { year: v.year }, create: v, update: { note: v.note } });
      await tx.adminEvent.create({ data: { actorId, action: 'calendar.publish_year', target: `year:${v.year}`, detail: v } });
      return recomputeOpenCases(tx, new Date(Date.UTC(v.year, 0, 1)));
    })
    .finally(invalidateCalendar);
}
