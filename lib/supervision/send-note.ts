// A 督办 note from a supervising office to one case of its subtree: it lands on the case's
// timeline (same transaction) and in the clerks' queue of the case's office until the case closes.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { hotQuery } from '@/lib/db/hot-query';
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
type OpenNote = {
  id: number;
  at: Date;
  text: string;
  by: string;
  case_id: number;
  tracking_no: string;
  due_on: string | null;
  assignee: string | null;
};

/** The notes on an office's open cases, newest first: one query, on every clerk's dashboard. */
export async function openSupervisionNotes(db: PrismaClient, agencyId: number) {
  const rows = await hotQuery<OpenNote>(
    db,
    Prisma.sql`SELECT n.id, n.at, n.text, b.name AS by, c.id AS case_id, c.tracking_no, to_char(c.due_on, 'YYYY-MM-DD') AS due_on, u.name AS assignee
      FROM supervision_note n JOIN disclosure_case c ON c.id = n.case_id JOIN agency b ON b.id = n.by_agency_id
      LEFT JOIN app_user u ON u.id = c.assignee_id
      WHERE n.agency_id = ${agencyId} AND c.status <> 'closed' ORDER BY n.id DESC LIMIT 50`,
  );
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    text: r.text,
    byAgency: { name: r.by },
    case: { id: r.case_id, trackingNo: r.tracking_no, dueOn: r.due_on, assignee: r.assignee === null ? null : { name: r.assignee } },
  }));
}
