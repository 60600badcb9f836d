// The clerks' morning digest: once a day, from 08:00 China time, only to clerks with an address
// and something due.
import { expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { enqueueDailyDigests } from '@/lib/mail/digest';
import { deleteExpiredMarkers, KEEP_MS } from '@/lib/jobs/cleanup';
import { CRONTAB } from '@/lib/jobs/worker';
import { setUserEmail } from '@/lib/users/manage-users';
import { demoForFile } from '../helpers/actors';

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
