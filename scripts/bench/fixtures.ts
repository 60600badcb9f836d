// Fixtures the page benchmark needs on top of the filled database.
import { first, isoDate, qb } from '../../lib/db/kysely';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { createCase } from '../../lib/cases/create-case';
import { issueDocument } from '../../lib/documents/issue-document';

/** A case of agency 1 with a long history: 10 issued documents and 50 timeline events. */
export async function longTimelineCase(prisma: PrismaClient, clerkId: number, today: string): Promise<number> {
  const actor = { userId: clerkId, agencyId: 1, role: 'clerk' as const };
  const { case: c } = await createCase(
    prisma,
    { channel: 'letter', receivedOn: today, applicant: { kind: 'natural', name: '长记录申请人' }, description: '办理记录很长的申请' },
    actor,
  );
  for (let i = 0; i < 10; i++) await issueDocument(prisma, c.id, 'register_form', actor);
  const have = await prisma.caseEvent.count({ where: { caseId: c.id } });
  await prisma.caseEvent.createMany({
    data: Array.from({ length: Math.max(0, 50 - have) }, (_, i) => ({
      caseId: c.id,
      type: 'attachment_added',
      on: new Date(today + 'T00:00:00Z'),
      actorId: clerkId,
      data: { kind: 'scan', name: `扫描件${i + 1}.pdf` },
    })),
  });
  return c.id;
}

/** The received-from date that selects about `rows` of agency 1's cases (the export measure). */
export async function receivedFromFor(prisma: PrismaClient, rows: number): Promise<{ from: string; rows: number }> {
  const r = await first(
    prisma,
    qb
      .selectFrom('disclosure_case')
      .select((eb) => isoDate(eb.ref('received_on')).as('d'))
      .where('agency_id', '=', 1)
      .orderBy('received_on', 'desc')
      .offset(rows - 1)
      .limit(1),
  );
  const from = r?.d ?? '2000-01-01';
  const n = await prisma.case.count({ where: { agencyId: 1, receivedOn: { gte: new Date(from + 'T00:00:00Z') } } });
  return { from, rows: n };
}
