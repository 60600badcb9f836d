// What /api/health reports (lib/db/health-report.ts), against a real database: the database, the job
// queue's backlog and the mail outbox; and "down" when the database can't be reached.
import { expect, it } from 'vitest';
import { createPrisma } from '@/lib/db/client';
import { freePort } from '@/lib/db/embedded';
import { healthReport } from '@/lib/db/health-report';
import { addJob } from '@/lib/jobs/add-job';
import { enqueueMail } from '@/lib/mail/outbox';
import { demoForFile } from '../helpers/actors';

const { tdb, a } = demoForFile();

it('counts the jobs due and the mail waiting or given up', async () => {
  const before = await healthReport(() => tdb.prisma);
  expect(before).toMatchObject({ database: 'up', mail: { queued: 0, failed: 0 } });
  expect(typeof before.jobsDue).toBe('number');
  // A message waits with its job; a cleanup job is due too.
  await tdb.prisma.$transaction((tx) => enqueueMail(tx, a.clerk.agencyId, 'a@example.gov.cn', '测试', '正文'));
  await addJob(tdb.prisma, 'cleanup', {});
  const after = await healthReport(() => tdb.prisma);
  expect(after.mail).toEqual({ queued: 1, failed: 0 });
  expect(after.jobsDue).toBe(before.jobsDue! + 2);
  await tdb.prisma.mailOutbox.updateMany({ data: { status: 'failed' } });
  expect((await healthReport(() => tdb.prisma)).mail).toEqual({ queued: 0, failed: 1 });
});

it('says "down" when the database does not answer', async () => {
  const nowhere = createPrisma(`postgresql://postgres:x@127.0.0.1:${await freePort()}/none`, 1);
  expect(await healthReport(() => nowhere)).toEqual({ database: 'down' });
  await nowhere.$disconnect();
});
