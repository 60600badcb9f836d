// Lists and the case page. Lists page by keyset (Prisma's cursor on a unique, ordered key), never
// OFFSET, so page 500 costs what page 1 does.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Role } from '@/lib/auth/permissions';
import { fromDate, todayInChina } from '@/lib/deadlines/dates';
import { workdaysLeft } from '@/lib/deadlines/count-workdays';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { availableEvents, deadlinesOf, replay } from './case-state';
import { CaseError } from './errors';
import { CHANNELS, STATUSES, type CaseStatus, type Channel } from './labels';

export interface ListFilter {
  view?: 'mine' | 'review' | 'all';
  status?: string; channel?: string; dueBefore?: string; q?: string;
  sort?: 'due' | 'received' | 'newest';
  cursor?: string; limit?: number;
  /** A further condition, e.g. the cases behind a year-end table cell. */
  where?: Prisma.CaseWhereInput;
}

export async function listCases(db: PrismaClient, actor: { userId: number; agencyId: number }, f: ListFilter) {
  const conds: Prisma.CaseWhereInput[] = [{ agencyId: actor.agencyId }];
  if (f.where) conds.push(f.where);
  if (f.view === 'mine') conds.push({ assigneeId: actor.userId });
  if (f.view === 'review') conds.push({ pendingReview: true });
  if (f.status && (STATUSES as readonly string[]).includes(f.status)) conds.push({ status: f.status as CaseStatus });
  else if (f.status === 'active') conds.push({ status: { not: 'closed' } });
  if (f.channel && (CHANNELS as readonly string[]).includes(f.channel)) conds.push({ channel: f.channel as Channel });
  if (f.dueBefore && /^\d{4}-\d{2}-\d{2}$/.test(f.dueBefore)) conds.push({ dueOn: { lte: new Date(f.dueBefore + 'T00:00:00Z') } });
  const q = f.q?.trim();
  if (q) conds.push({ OR: [{ trackingNo: { startsWith: q } }, { applicantName: { contains: q } }, { description: { contains: q } }] });
  const where: Prisma.CaseWhereInput = conds.length === 1 ? conds[0] : { AND: conds };
  const orderBy: Prisma.CaseOrderByWithRelationInput[] =
    f.sort === 'received' ? [{ receivedOn: 'desc' }, { id: 'desc' }]
      : f.sort === 'newest' ? [{ id: 'desc' }]
        : [{ dueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }];
  const limit = Math.min(Math.max(f.limit ?? 50, 1), 200);
  const cursorId = f.cursor && /^\d+$/.test(f.cursor) ? Number(f.cursor) : undefined;
  const rows = await db.case.findMany({
    where, orderBy, take: limit + 1,
    ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
    select: {
      id: true, trackingNo: true, channel: true, status: true, receivedOn: true, dueOn: true, dueProvisional: true,
      applicantName: true, applicantKind: true, description: true, pendingReview: true, extensionDays: true, version: true,
      assignee: { select: { name: true } },
    },
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? String(items.at(-1)!.id) : null };
}

export function maskId(v: string): string {
  return v.length <= 4 ? '*'.repeat(v.length) : v.slice(0, 3) + '*'.repeat(Math.max(v.length - 7, 1)) + v.slice(-4);
}

export async function getCaseDetail(db: PrismaClient, id: number, actor: { agencyId: number; role: Role }) {
  const row = await db.case.findFirst({
    where: { id, agencyId: actor.agencyId },
    include: {
      assignee: { select: { id: true, name: true } },
      disposition: true,
      events: { orderBy: { id: 'asc' }, include: { actor: { select: { name: true, login: true } } } },
    },
  });
  if (!row) throw new CaseError('not_found', '案件不存在');
  const cal = await loadCalendar(db);
  const state = replay(fromDate(row.receivedOn), row.events.map((e) => ({ type: e.type, on: fromDate(e.on), data: e.data })));
  const deadlines = deadlinesOf(cal, state);
  const today = todayInChina();
  const unmasked = can(actor.role, 'applicant.unmask');
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
