// The case page: the row, its timeline replayed into state, deadlines and the actions on offer.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Role } from '@/lib/auth/permissions';
import { fromDate, todayInChina } from '@/lib/deadlines/dates';
import { workdaysLeft } from '@/lib/deadlines/count-workdays';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { availableEvents, deadlinesOf, replay } from './case-state';
import { CaseError } from './errors';

export function maskId(v: string): string {
  return v.length <= 4 ? '*'.repeat(v.length) : v.slice(0, 3) + '*'.repeat(Math.max(v.length - 7, 1)) + v.slice(-4);
}

export async function getCaseDetail(db: PrismaClient, id: number, actor: { agencyId: number; role: Role; userId: number }) {
  const row = await db.case.findFirst({
    where: { id, agencyId: actor.agencyId },
    include: {
      assignee: { select: { id: true, name: true } },
      disposition: true,
      events: { orderBy: { id: 'asc' }, include: { actor: { select: { name: true, login: true } } } },
    },
  });
  if (!row) throw new CaseError('not_found', '案件不存在');
  const cal = await cachedCalendar(db);
  const state = replay(fromDate(row.receivedOn), row.events.map((e) => ({ type: e.type, on: fromDate(e.on), data: e.data })));
  const deadlines = deadlinesOf(cal, state);
  const today = todayInChina();
  const unmasked = can(actor.role, 'applicant.unmask');
  // Who saw an applicant's full ID number or phone, and when, is kept in the admin log.
  if (unmasked && (row.idNumber || row.phone)) {
    await db.adminEvent.create({ data: { actorId: actor.userId, action: 'applicant.view', target: `case:${row.id}` } });
  }
  return {
    row: unmasked ? row : { ...row, idNumber: maskId(row.idNumber), phone: maskId(row.phone) },
    unmasked,
    state,
    deadlines,
    workdaysLeft: state.status !== 'closed' && deadlines.dueOn ? workdaysLeft(cal, today, deadlines.dueOn) : null,
    correctionLimitLeft: deadlines.correctionLimitOn ? workdaysLeft(cal, today, deadlines.correctionLimitOn) : null,
    actions: availableEvents(state, actor.role),
  };
}

