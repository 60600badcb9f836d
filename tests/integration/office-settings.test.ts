import { describe, expect, it } from 'vitest';
import { recordEvent } from '@/lib/cases/record-event';
import { registerComplaint, listComplaints, updateComplaint } from '@/lib/complaints/register';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { parseArrangement, pasteCalendarYear } from '@/lib/settings/calendar';
import { loadCatalogue, updateDisposition } from '@/lib/settings/dispositions';
import { addTopic, listTopics, updateTopic } from '@/lib/settings/topics';
import { buildReport } from '@/lib/statistics/build-report';
import { demoForFile } from '../helpers/actors';
import { caseThen } from '../helpers/cases';

const { tdb, a } = demoForFile();

const replied = async (disposition: string) =>
  (
    await caseThen(
      tdb.prisma,
      a.clerk,
      { channel: 'letter', receivedOn: '2025-03-03', applicant: { kind: 'natural', name: '甲' }, description: '某文件' },
      { type: 'reply_submitted', on: '2025-03-10', disposition, legalBasis: '依法', reasons: '理由' },
    )
  ).state;

describe('the disposition catalogue of an office', () => {
  it('moves a reply to another cell only when confirmed, for this agency only, logged', async () => {
    const r = await replied('not_held');
    await recordEvent(tdb.prisma, r.case.id, { type: 'reply_approved', on: '2025-03-11', secrecyReviewed: true }, a.reviewer);
    await recordEvent(tdb.prisma, r.case.id, { type: 'delivered', on: '2025-03-12', method: 'post' }, a.clerk);
    const before = await buildReport(tdb.prisma, a.admin.agencyId, 2025, '2021');
    expect(before.cells['3.3.4.1']).toMatchObject({ total: 1 });
    const input = { label: '无法提供：信息不存在', active: true, cell2017: '3.3.6', cell2021: '3.3.4.2' };
    await expect(updateDisposition(tdb.prisma, a.admin.agencyId, 'not_held', input, a.admin.userId)).rejects.toThrow(/请确认/);
    await updateDisposition(tdb.prisma, a.admin.agencyId, 'not_held', { ...input, confirmMapping: true }, a.admin.userId);
    const after = await buildReport(tdb.prisma, a.admin.agencyId, 2025, '2021');
    expect(after.cells['3.3.4.1']).toMatchObject({ total: 0 });
    expect(after.cells['3.3.4.2']).toMatchObject({ total: 1 });
    const mine = (await loadCatalogue(tdb.prisma, a.admin.agencyId)).find((d) => d.code === 'not_held')!;
    expect([mine.label, mine.defaults.label]).toEqual(['无法提供：信息不存在', '无法提供：本机关不掌握 / 信息不存在']);
    const other = await tdb.prisma.agency.create({ data: { name: '另一机关', shortName: '另' } });
    expect((await loadCatalogue(tdb.prisma, other.id)).find((d) => d.code === 'not_held')!.cell2021).toBe('3.3.4.1');
    const log = await tdb.prisma.adminEvent.findFirstOrThrow({ where: { action: 'disposition.update' } });
    expect(log.detail).toMatchObject({ before: { cell2021: '3.3.4.1' }, after: { cell2021: '3.3.4.2' } });
    // A total row or a made-up cell is not a place to count a reply.
    await expect(
      updateDisposition(tdb.prisma, a.admin.agencyId, 'not_held', { ...input, cell2021: '3.3.7', confirmMapping: true }, null),
    ).rejects.toThrow(/2021年格式的栏目/);
  });

  it('a retired disposition is no longer accepted for a reply', async () => {
    const d = (await loadCatalogue(tdb.prisma, a.admin.agencyId)).find((x) => x.code === 'publication')!;
    await updateDisposition(
      tdb.prisma,
      a.admin.agencyId,
      'publication',
      { label: d.label, active: false, cell2017: d.cell2017, cell2021: d.cell2021 },
      null,
    );
    await expect(replied('publication')).rejects.toThrow();
    expect((await loadCatalogue(tdb.prisma, a.admin.agencyId, { activeOnly: true })).some((x) => x.code === 'publication')).toBe(false);
  });
});

describe('topics', () => {
  it('adds, renames and retires, refusing duplicates', async () => {
    await addTopic(tdb.prisma, a.admin.agencyId, { name: '林权测试' }, a.admin.userId);
    await expect(addTopic(tdb.prisma, a.admin.agencyId, { name: '林权测试' }, null)).rejects.toThrow(/已存在/);
    const t = (await listTopics(tdb.prisma, a.admin.agencyId)).find((x) => x.name === '林权测试')!;
    await updateTopic(tdb.prisma, a.admin.agencyId, t.id, { name: '不动产', active: false }, a.admin.userId);
    expect(await tdb.prisma.topic.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ name: '不动产', active: false });
    const other = await tdb.prisma.agency.create({ data: { name: '别的机关', shortName: '别' } });
    await expect(updateTopic(tdb.prisma, other.id, t.id, { name: 'x' }, null)).rejects.toThrow(/不存在/);
  });
});

describe('a whole year of holidays in one paste', () => {
  it('reads ranges and make-up days, replaces the year, and refuses a bad line whole', () => {
    const days = parseArrangement(2027, '2027-01-01 放假 元旦\n\n2027-02-06至2027-02-12 放假 春节\n2027-02-14 上班 春节调休');
    expect(days).toHaveLength(9);
    expect(days.at(-1)).toEqual({ date: '2027-02-14', work: true, name: '春节调休' });
    expect(() => parseArrangement(2027, '2027-01-01 放假\n2027-13-01 放假')).toThrow(/第 2 行/);
    expect(() => parseArrangement(2027, '2028-01-01 放假')).toThrow(/不在 2027 年内/);
    expect(() => parseArrangement(2027, '2027-01-01 休假吧')).toThrow(/格式不对/);
  });

  it('publishes the year and the calendar follows', async () => {
    await pasteCalendarYear(
      tdb.prisma,
      { year: 2027, note: '国办发明电〔2026〕7号', text: '2027-01-01 放假 元旦\n2027-02-14 上班 春节调休' },
      a.admin.userId,
    );
    const cal = await loadCalendar(tdb.prisma);
    expect(cal.isKnownYear(2027)).toBe(true);
    expect(cal.isWorkday('2027-02-14')).toBe(true);
    expect(cal.arrangement(2027).map((d) => d.date)).toEqual(expect.arrayContaining(['2027-01-01', '2027-02-14']));
    await pasteCalendarYear(tdb.prisma, { year: 2027, note: '', text: '2027-01-01 放假 元旦' }, null);
    expect((await loadCalendar(tdb.prisma)).isWorkday('2027-02-14')).toBe(false); // replaced, not added to
  });
});

describe('complaints', () => {
  it('are edited and closed, listed by year with a total', async () => {
    const c = await registerComplaint(tdb.prisma, { receivedOn: '2024-05-06', complainant: '某人', content: '未按时答复' }, a.manager);
    await registerComplaint(tdb.prisma, { receivedOn: '2025-01-02', complainant: '另一人', content: '答复不当' }, a.manager);
    await expect(
      updateComplaint(
        tdb.prisma,
        c.id,
        { receivedOn: '2024-05-06', complainant: '某人', content: '未按时答复', closedOn: '2024-05-01' },
        a.manager,
      ),
    ).rejects.toThrow(/不能早于收到日期/);
    await updateComplaint(
      tdb.prisma,
      c.id,
      { receivedOn: '2024-05-06', complainant: '某人', content: '未按时答复', result: '已核实并整改', closedOn: '2024-05-20' },
      a.manager,
    );
    const y2024 = await listComplaints(tdb.prisma, a.manager.agencyId, 2024);
    expect([y2024.total, y2024.open, y2024.rows[0].result]).toEqual([1, 0, '已核实并整改']);
    expect((await listComplaints(tdb.prisma, a.manager.agencyId, 2025)).total).toBe(1);
    expect(await tdb.prisma.adminEvent.count({ where: { action: 'complaint.close' } })).toBe(1);
  });
});
