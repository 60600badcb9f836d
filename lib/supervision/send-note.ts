// A 督办 note from a supervising office to one case of its subtree: it lands on the case's
// timeline (same transaction) and in the clerks' queue of the case's office until the case closes.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isWithin } from '@/lib/agencies/tree';
import { todayInChina, toDate } from '@/lib/shared/dates';
import { DomainError, notFoundError } from '@/lib/shared/errors';
import { text } from '@/lib/shared/text';

const noteText = text('督办意见', 500, { required: true, multiline: true });

export async function sendSupervisionNote(db: PrismaClient, caseId: number, input: unknown, actor: { userId: number; agencyId: number }) {
  const body = noteText.parse(input);
  const c = await db.case.findUnique({ where: { id: caseId }, select: { agencyId: true, status: true } });
  if (!c || !(await isWithin(db, actor.agencyId, c.agencyId))) throw notFoundError('案件');
  if (c.status === 'closed') throw new DomainError('invalid_state', '该申请已办结，无需督办');
  const by = await db.agency.findUniqueOrThrow({ where: { id: actor.agencyId }, select: { name: true } });
  return db.$transaction(async (tx) => {
    const note = await tx.supervisionNote.create({
      data: { agencyId: c.agencyId, caseId, byAgencyId: actor.agencyId, byUserId: actor.userId, text: body },
    });
    await tx.caseEvent.create({
      data: {
        caseId,
        type: 'supervision_note',
        on: toDate(todayInChina()),
        actorId: actor.userId,
        data: { text: body, byAgency: by.name, noteId: note.id },
      },
    });
    return note;
  });
}

/** The 督办 notes on the office's open cases: what the clerks must answer first. */
export function openSupervisionNotes(db: PrismaClient, agencyId: number) {
  return db.supervisionNote.findMany({
    where: { agencyId, case: { status: { not: 'closed' } } },
    orderBy: { id: 'desc' },
    take: 50,
    select: {
      id: true,
      at: true,
      text: true,
      byAgency: { select: { name: true } },
      case: { select: { id: true, trackingNo: true, dueOn: true, assignee: { select: { name: true } } } },
    },
  });
}
