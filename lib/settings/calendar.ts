// Admin amendments to the holiday calendar. A change can move the due dates of open cases, so
// they are recomputed in the same transaction and each moved date is noted on its timeline.
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { deadlinesOf } from '@/lib/cases/case-state';
import { replay } from '@/lib/cases/steps';
import { derivedColumns } from '@/lib/cases/row';
import { isoDate, optionalText } from '@/lib/shared/text';
import { addDays, fromDate, isIsoDate, toDate, yearOf } from '@/lib/shared/dates';
import { DomainError } from '@/lib/shared/errors';
import { invalidateCalendar, loadCalendar } from '@/lib/deadlines/load-calendar';
import { announce } from '@/lib/db/change-feed';
import { audit } from '@/lib/audit/audit';
import { logEvent } from '@/lib/cases/log-event';

const daySchema = z.object({
  date: isoDate('日期'),
  work: z.boolean({ message: '请选择上班或放假' }),
  name: optionalText('名称', 40),
});
const yearSchema = z.object({
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
    await logEvent(tx, c.id, 'calendar_recomputed', { from: before, resultingDueOn: dl.dueOn, provisional: dl.provisional });
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
      await audit(tx, { actorId, action: 'calendar.set_day', target: `day:${v.date}`, detail: v });
      await announce(tx, 'calendar');
      return recomputeOpenCases(tx, toDate(v.date));
    })
    .finally(() => {
      invalidateCalendar();
    });
}

export async function removeCalendarDay(db: PrismaClient, date: string, actorId: number | null) {
  const v = isoDate('日期').parse(date);
  return db
    .$transaction(async (tx) => {
      await tx.calendarDay.deleteMany({ where: { date: toDate(v) } });
      await audit(tx, { actorId, action: 'calendar.remove_day', target: `day:${v}` });
      await announce(tx, 'calendar');
      return recomputeOpenCases(tx, toDate(v));
    })
    .finally(() => {
      invalidateCalendar();
    });
}

export async function publishCalendarYear(db: PrismaClient, input: unknown, actorId: number | null) {
  const v = yearSchema.parse(input);
  return db
    .$transaction(async (tx) => {
      await tx.calendarYear.upsert({ where: { year: v.year }, create: v, update: { note: v.note } });
      await audit(tx, { actorId, action: 'calendar.publish_year', target: `year:${v.year}`, detail: v });
      await announce(tx, 'calendar');
      return recomputeOpenCases(tx, new Date(Date.UTC(v.year, 0, 1)));
    })
    .finally(() => {
      invalidateCalendar();
    });
}

const pasteSchema = yearSchema.extend({ text: z.string().max(20_000, '内容过长') });

/**
 * A whole year's arrangement pasted at once, one line per day or range, e.g.
 * "2027-02-06至2027-02-12 放假 春节" and "2027-02-14 上班 春节调休". Every line is checked before
 * anything is saved; the year's earlier overrides are replaced and the year marked published.
 */
export function parseArrangement(year: number, text: string): { date: string; work: boolean; name: string | null }[] {
  const days = new Map<string, { date: string; work: boolean; name: string | null }>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:至|到|~|～|—|-)\s*(\d{4}-\d{2}-\d{2}))?\s+(放假|休息|休|上班|班)(?:\s+(.{1,40}))?$/.exec(line);
    if (!m) return problems.push(`第 ${i + 1} 行格式不对（应为“日期 放假/上班 名称”，或“开始日期至结束日期 放假 名称”）`);
    const [, from, to = from, what, name] = m;
    if (!isIsoDate(from) || !isIsoDate(to)) return problems.push(`第 ${i + 1} 行的日期不存在`);
    if (yearOf(from) !== year || yearOf(to) !== year) return problems.push(`第 ${i + 1} 行的日期不在 ${year} 年内`);
    if (to < from || addDays(from, 15) <= to) return problems.push(`第 ${i + 1} 行的日期范围无效（最长 15 天）`);
    for (let d = from; d <= to; d = addDays(d, 1)) {
      if (days.has(d)) return problems.push(`第 ${i + 1} 行的 ${d} 已在前面出现`);
      days.set(d, { date: d, work: what === '上班' || what === '班', name: name?.trim() || null });
    }
  });
  if (problems.length) throw new DomainError('invalid', problems.slice(0, 10).join('；'), 'text');
  if (!days.size) throw new DomainError('invalid', '请粘贴该年的放假和调休上班安排', 'text');
  return [...days.values()];
}

export async function pasteCalendarYear(db: PrismaClient, input: unknown, actorId: number | null) {
  const v = pasteSchema.parse(input);
  const days = parseArrangement(v.year, v.text);
  const from = new Date(Date.UTC(v.year, 0, 1));
  return db
    .$transaction(async (tx) => {
      await tx.calendarDay.deleteMany({ where: { date: { gte: from, lt: new Date(Date.UTC(v.year + 1, 0, 1)) } } });
      await tx.calendarDay.createMany({ data: days.map((d) => ({ date: toDate(d.date), work: d.work, name: d.name })) });
      await tx.calendarYear.upsert({ where: { year: v.year }, create: { year: v.year, note: v.note }, update: { note: v.note } });
      await audit(tx, { actorId, action: 'calendar.paste_year', target: `year:${v.year}`, detail: { note: v.note, days: days.length } });
      await announce(tx, 'calendar');
      return recomputeOpenCases(tx, from);
    })
    .finally(() => {
      invalidateCalendar();
    });
}

/** The calendar is national: only the platform's top-level office keeps its overrides. */
export async function isCalendarKeeper(db: PrismaClient, agencyId: number): Promise<boolean> {
  const a = await db.agency.findUnique({ where: { id: agencyId }, select: { parentId: true } });
  return !!a && a.parentId === null;
}

export async function assertCalendarKeeper(db: PrismaClient, agencyId: number) {
  if (!(await isCalendarKeeper(db, agencyId))) throw new DomainError('forbidden', '节假日安排全国统一，由平台最上级机关的管理员维护');
}

/** The entered overrides and the years marked as published, for the 节假日设置 page. */
export const calendarEntries = (db: PrismaClient) =>
  Promise.all([db.calendarDay.findMany({ orderBy: { date: 'asc' } }), db.calendarYear.findMany({ orderBy: { year: 'asc' } })]);
