// The morning digest: once a day, from 08:00 China time, only to clerks and handlers with an
// address and something due.
import { expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { enqueueDailyDigests } from '@/lib/mail/digest';
import { deleteExpiredMarkers, KEEP_MS } from '@/lib/jobs/cleanup';
import { CRONTAB } from '@/lib/jobs/worker';
import { setUserEmail } from '@/lib/users/manage-users';
import { demoForFile } from '../helpers/actors';
import { caseThen } from '../helpers/cases';

const { tdb, a } = demoForFile();

it("lists a clerk's overdue and due-soon cases once a day", async () => {
  const { case: c } = await createCase(
    tdb.prisma,
    { channel: 'letter', arrivedOn: '2025-09-26', applicant: { kind: 'natural', name: '郑催办' }, description: '某批复' },
    a.clerk,
  );
  const early = new Date('2026-11-26T23:30:00Z'); // 07:30 in China
  const morning = new Date('2026-11-27T01:00:00Z'); // 09:00 in China
  expect(await enqueueDailyDigests(tdb.prisma, morning)).toBe(0); // no address yet
  await setUserEmail(tdb.prisma, 'clerk', 'wang@example.gov.cn', a.admin.userId);
  expect(await enqueueDailyDigests(tdb.prisma, early)).toBe(0);
  expect(await enqueueDailyDigests(tdb.prisma, morning)).toBe(1);
  expect(await enqueueDailyDigests(tdb.prisma, morning)).toBe(0);
  const mail = await tdb.prisma.mailOutbox.findFirstOrThrow({ where: { to: 'wang@example.gov.cn' } });
  expect(mail.subject).toBe('【待办提醒】2026年11月27日：1 件待办即将到期或已超期');
  expect(mail.body).toContain(`${c.trackingNo}　郑催办　答复期限 2025年10月30日（已超期）`);
});

it("lists a handler's routings due soon or overdue, and the clerk's office's overdue routings", async () => {
  const { case: c } = await caseThen(
    tdb.prisma,
    a.clerk,
    { channel: 'letter', arrivedOn: '2025-09-26', applicant: { kind: 'natural', name: '冯转办' }, description: '某规划' },
    { type: 'routed', on: '2025-09-29', departments: [a.handler.departmentId], dueOn: '2025-10-09' },
  );
  await tdb.prisma.user.update({ where: { id: a.handler.userId }, data: { email: 'chen@example.gov.cn' } });
  expect(await enqueueDailyDigests(tdb.prisma, new Date('2026-11-28T01:00:00Z'))).toBe(2); // the clerk and the handler
  const handler = await tdb.prisma.mailOutbox.findFirstOrThrow({ where: { to: 'chen@example.gov.cn', subject: { contains: '待办提醒' } } });
  expect(handler.body).toContain('转办至本部门的以下申请在3个工作日内到期或已逾期');
  expect(handler.body).toContain(`${c.trackingNo}　规划科　内部办理期限 2025年10月9日（已逾期）`);
  const clerk = await tdb.prisma.mailOutbox.findFirstOrThrow({ where: { to: 'wang@example.gov.cn', subject: { contains: '11月28日' } } });
  expect(clerk.body).toContain('以下转办在承办部门已逾期未答复');
  expect(clerk.body).toContain(c.trackingNo);
});

it('is run by the queue at 08:00 China time, and the hourly cleanup deletes markers and counters past their window', async () => {
  expect(CRONTAB).toContain('0 0 * * * morning_digest'); // 00:00 UTC is 08:00 in China
  const now = new Date('2026-11-30T01:00:00Z');
  const old = new Date(now.getTime() - KEEP_MS - 60_000);
  for (const [key, at] of [
    ['digest:999:2026-11-20', old],
    ['challenge:abc', old],
    ['pair:x:1.2.3.4', now],
  ] as const)
    await tdb.prisma.signInFailure.create({ data: { key, failures: 1, firstAt: at, lastAt: at } });
  expect(await deleteExpiredMarkers(tdb.prisma, now)).toBeGreaterThanOrEqual(2);
  const left = (await tdb.prisma.signInFailure.findMany({ select: { key: true } })).map((r) => r.key);
  expect(left).toContain('pair:x:1.2.3.4');
  expect(left).not.toContain('challenge:abc');
  expect(left).not.toContain('digest:999:2026-11-20');
});
