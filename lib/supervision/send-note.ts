// A 督办 note from a supervising office to one case of its subtree: it lands on the case's
// timeline (same transaction) and in the clerks' queue of the case's office until the case closes.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isoDate, qb, rows } from '@/lib/db/kysely';
import { isOpen } from '@/lib/cases/open-case';
import { isWithin } from '@/lib/agencies/tree';
import { DomainError, notFoundError } from '@/lib/shared/errors';
import { text } from '@/lib/shared/text';
import { logEvent } from '@/lib/cases/log-event';

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
    await logEvent(tx, caseId, 'supervision_note', { text: body, byAgency: by.name, noteId: note.id }, { actorId: actor.userId });
    return note;
  });
}

/** The notes on an office's open cases, newest first: one query, on every clerk's dashboard. */
export async function openSupervisionNotes(db: PrismaClient, agencyId: number) {
  const found = await rows(
    db,
    qb
      .selectFrom('supervision_note as n')
      .innerJoin('disclosure_case as c', 'c.id', 'n.case_id')
      .innerJoin('agency as b', 'b.id', 'n.by_agency_id')
      .leftJoin('app_user as u', 'u.id', 'c.assignee_id')
      .select(['n.id', 'n.at', 'n.text', 'b.name as by', 'c.id as case_id', 'c.tracking_no'])
      .select((eb) => [isoDate(eb.ref('c.due_on')).as('due_on'), 'u.name as assignee'])
      .where('n.agency_id', '=', agencyId)
      .where((eb) => isOpen(eb.ref('c.status')))
      .orderBy('n.id', 'desc')
      .limit(50),
  );
  return found.map((r) => ({
    id: r.id,
    at: r.at,
    text: r.text,
    byAgency: { name: r.by },
    case: { id: r.case_id, trackingNo: r.tracking_no, dueOn: r.due_on, assignee: r.assignee === null ? null : { name: r.assignee } },
  }));
}
