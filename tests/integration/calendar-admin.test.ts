import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { fromDate } from '@/lib/shared/dates';
import { publishCalendarYear, removeCalendarDay, setCalendarDay } from '@/lib/settings/calendar';
import { demoForFile } from '../helpers/actors';

const { tdb, a } = demoForFile();

describe('calendar overrides', () => {
  it("moves open cases' due dates, notes it on their timelines, and can be undone", async () => {
    const { case: c } = await createCase(
      tdb.prisma,
      { channel: 'in_person', arrivedOn: '2025-09-26', applicant: { kind: 'natural', name: '赵六' }, description: '测试' },
      a.clerk,
    );
    expect(fromDate(c.dueOn!)).toBe('2025-10-30');
    // Suppose the State Council amended 2025-10-20 into a day off mid-year.
    expect(await setCalendarDay(tdb.prisma, { date: '2025-10-20', work: false, name: '临时调整' }, a.admin.userId)).toBe(1);
    const moved = await tdb.prisma.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(fromDate(moved.dueOn!)).toBe('2025-10-31');
    const ev = await tdb.prisma.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: 'calendar_recomputed' } });
    expect(ev.data).toMatchObject({ from: '2025-10-30', resultingDueOn: '2025-10-31' });
    await removeCalendarDay(tdb.prisma, '2025-10-20', a.admin.userId);
    expect(fromDate((await tdb.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).dueOn!)).toBe('2025-10-30');
    expect(await tdb.prisma.adminEvent.count({ where: { action: { startsWith: 'calendar.' } } })).toBe(2);
  });

  it('turns a provisional due date into a firm one when the year is published', async () => {
    const { case: c } = await createCase(
      tdb.prisma,
      { channel: 'in_person', receivedOn: '2026-11-20', applicant: { kind: 'natural', name: '钱七' }, description: '测试' },
      a.clerk,
    );
    await recordEvent(tdb.prisma, c.id, { type: 'extension_requested', on: '2026-11-20', workingDays: 20, reason: '量大' }, a.clerk);
    const extended = await recordEvent(tdb.prisma, c.id, { type: 'extension_approved', on: '2026-11-20' }, a.reviewer);
    expect(extended.deadlines.dueOn! > '2027-01-01').toBe(true); // runs into 2027, which chinese-days 1.5.7 lacks
    expect(extended.case.dueProvisional).toBe(true);
    await setCalendarDay(tdb.prisma, { date: '2027-01-01', work: false, name: '元旦' }, a.admin.userId);
    await publishCalendarYear(tdb.prisma, { year: 2027, note: '国办发明电〔2026〕X号' }, a.admin.userId);
    const after = await tdb.prisma.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.dueProvisional).toBe(false);
  });

  it('refuses bad input with a message', async () => {
    await expect(setCalendarDay(tdb.prisma, { date: '2025-02-30', work: true }, null)).rejects.toThrow(/有效日期/);
    await expect(publishCalendarYear(tdb.prisma, { year: 1999 }, null)).rejects.toThrow(/不早于 2004/);
  });
});
