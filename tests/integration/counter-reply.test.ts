// 当场答复 (条例 art. 33¶1) on a real PostgreSQL: registered and answered at the counter, received and
// closed the same day and counted so in the year's table; a bad answer registers nothing.
import { describe, expect, it } from 'vitest';
import { replyAtCounter } from '@/lib/cases/counter-reply';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { buildReport } from '@/lib/statistics/build-report';
import { fromDate, todayInChina, yearOf } from '@/lib/shared/dates';
import { demoForFile } from '../helpers/actors';

const { tdb, a } = demoForFile();
const intake = (name: string) => ({
  applicant: { kind: 'natural', name, phone: '13900001111' },
  description: '本街道2026年度低保名单公示的网址',
});

describe('a reply at the counter', () => {
  it('is received, answered and closed the same day, and counted so', async () => {
    const today = todayInChina();
    const year = yearOf(today);
    const before = await buildReport(tdb.prisma, a.clerk.agencyId, year, '2017');
    const c = await replyAtCounter(
      tdb.prisma,
      {
        intake: intake('郝当面'),
        reply: { disposition: 'published', answer: '该名单已在本街道政务公开栏和门户网站公开，已告知网址并当场打开查看' },
      },
      a.clerk,
    );
    const row = await tdb.prisma.case.findUniqueOrThrow({ where: { id: c.id } });
    expect([row.channel, row.status, row.dispositionCode]).toEqual(['in_person', 'closed', 'published']);
    expect(fromDate(row.receivedOn)).toBe(today);
    expect(fromDate(row.closedOn!)).toBe(today);
    const events = await tdb.prisma.caseEvent.findMany({ where: { caseId: c.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['registered', 'counter_reply']);

    const after = await buildReport(tdb.prisma, a.clerk.agencyId, year, '2017');
    for (const code of ['3.1', '3.1.1', '3.2', '3.2.1', '3.3.1'])
      expect([code, after.cells[code]]).toEqual([code, Number(before.cells[code]) + 1]);
  });

  it('refuses what can not be answered on the spot, and then registers nothing', async () => {
    const count = await tdb.prisma.case.count();
    await expect(
      replyAtCounter(tdb.prisma, { intake: intake('郝拒绝'), reply: { disposition: 'deny_process', answer: '过程性信息' } }, a.clerk),
    ).rejects.toThrow();
    await expect(
      replyAtCounter(
        tdb.prisma,
        { intake: intake('郝提供'), reply: { disposition: 'granted', answer: '当场提供', items: ['名单'] } },
        a.clerk,
      ),
    ).rejects.toThrow('保密审查');
    await expect(
      replyAtCounter(tdb.prisma, { intake: intake('郝转告'), reply: { disposition: 'not_this_agency', answer: '不在本机关' } }, a.clerk),
    ).rejects.toThrow('负责公开该信息的机关');
    expect(await tdb.prisma.case.count()).toBe(count);

    // A letter, or a case already being handled in writing, can't be answered "on the spot".
    const { case: letter } = await createCase(
      tdb.prisma,
      { channel: 'letter', arrivedOn: todayInChina(), applicant: { kind: 'natural', name: '郝信函' }, description: '某文件' },
      a.clerk,
    );
    await expect(
      recordEvent(
        tdb.prisma,
        letter.id,
        { type: 'counter_reply', on: todayInChina(), disposition: 'published', answer: '已公开' },
        a.clerk,
      ),
    ).rejects.toThrow('只有当面提出的申请才能当场答复');
  });
});
