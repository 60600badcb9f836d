// What each role's home page shows: the tiles, the reviewer's queue, the manager's overview and
// the administrator's attention list.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isoDate, qb, rows } from '@/lib/db/kysely';
import { dueSoonDate } from '@/lib/deadlines/due-soon';
import { addDays, todayInChina, toDate } from '@/lib/shared/dates';
import { countCases, type ListFilter } from './list-cases';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';

/**
 * The tiles: each count is the list its link opens (the same filter through the same query), so a
 * tile can never say 3 and open 34.
 */
export async function workloadTiles(db: PrismaClient, actor: { userId: number; agencyId: number }, view: 'mine' | 'review' | 'all') {
  const today = todayInChina();
  const filters: [string, ListFilter][] = Object.entries(
    tileFilters(today, dueSoonDate(await cachedCalendar(db), today), addDays(today, -1)),
  ).map(([label, f]) => [label, { view, ...f } as ListFilter]);
  if (view !== 'mine') filters.push(['待审核', { view: 'review' }]);
  return Promise.all(
    filters.map(async ([label, f]) => ({
      label,
      count: await countCases(db, actor, f),
      href: `/cases?${new URLSearchParams(Object.entries(f).filter(([, v]) => typeof v === 'string') as [string, string][]).toString()}`,
    })),
  );
}

export async function yearSoFar(db: PrismaClient, agencyId: number, year: number) {
  const range = { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
  const [byChannel, byDisposition] = await Promise.all([
    db.case.groupBy({ by: ['channel'], where: { agencyId, receivedOn: range }, _count: { _all: true } }),
    db.case.groupBy({ by: ['dispositionCode'], where: { agencyId, closedOn: range }, _count: { _all: true } }),
  ]);
  return {
    byChannel: byChannel.map((r) => ({ channel: r.channel, count: r._count._all })),
    byDisposition: byDisposition.map((r) => ({ code: r.dispositionCode, count: r._count._all })),
  };
}

/** The tiles' own filters, as list links: each opens exactly the cases its count counts. */
function tileFilters(today: string, soon: string, yesterday: string): Record<string, Record<string, string>> {
  return {
    今日到期: { status: 'active', dueFrom: today, dueBefore: today, sort: 'due' },
    '3个工作日内到期': { status: 'active', dueFrom: today, dueBefore: soon, sort: 'due' },
    已超期: { status: 'active', dueBefore: yesterday, sort: 'due' },
    待补正: { status: 'correction' },
    征求意见中: { status: 'consulting' },
    待送达: { status: 'approved', sort: 'due' },
  };
}

export interface QueueItem {
  id: number;
  trackingNo: string;
  applicantName: string;
  what: string;
  submittedAt: Date;
  dueOn: Date | null;
  submittedBy: string | null;
}

/** What waits for a reviewer — replies, extensions, art. 35 deadlines — oldest submission first. */
export async function reviewQueue(db: PrismaClient, agencyId: number, limit = 50): Promise<QueueItem[]> {
  const found = await rows(
    db,
    qb
      .selectFrom('disclosure_case as c')
      .innerJoinLateral(
        (eb) =>
          eb
            .selectFrom('case_event')
            .select(['type', 'at', 'actor_id'])
            .whereRef('case_id', '=', 'c.id')
            .where('type', 'in', ['reply_submitted', 'extension_requested', 'custom_deadline_requested'])
            .orderBy('id', 'desc')
            .limit(1)
            .as('e'),
        (join) => join.onTrue(),
      )
      .leftJoin('app_user as u', 'u.id', 'e.actor_id')
      .select(['c.id', 'c.tracking_no', 'c.applicant_name', 'e.type', 'e.at'])
      .select((eb) => [isoDate(eb.ref('c.due_on')).as('due_on'), 'u.name as by'])
      .where('c.agency_id', '=', agencyId)
      // Literally the partial index's predicate (see list-cases.ts).
      .where((eb) => eb.ref('c.pending_review'))
      .orderBy('e.at', 'asc')
      .limit(limit),
  );
  const WHAT: Record<string, string> = {
    reply_submitted: '答复',
    extension_requested: '延期申请',
    custom_deadline_requested: '合理期限（第三十五条）',
  };
  return found.map((r) => ({
    id: r.id,
    trackingNo: r.tracking_no,
    applicantName: r.applicant_name,
    what: WHAT[r.type],
    submittedAt: r.at,
    dueOn: r.due_on === null ? null : toDate(r.due_on),
    submittedBy: r.by,
  }));
}

/** A manager's view: open cases by status and the overdue ones. */
export async function officeOverview(db: PrismaClient, agencyId: number, today: string) {
  const [byStatus, overdue] = await Promise.all([
    db.case.groupBy({ by: ['status'], where: { agencyId, status: { not: 'closed' } }, _count: { _all: true } }),
    db.case.findMany({
      where: { agencyId, status: { not: 'closed' }, dueOn: { lt: toDate(today) } },
      orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
      take: 20,
      select: { id: true, trackingNo: true, applicantName: true, dueOn: true, assignee: { select: { name: true } } },
    }),
  ]);
  return { byStatus: byStatus.map((r) => ({ status: r.status, count: r._count._all })), overdue };
}

/** What an administrator should look at: dormant accounts and tokens, and next year's holidays. */
export async function adminAttention(db: PrismaClient, agencyId: number, now = new Date()) {
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const nextYear = Number(todayInChina(now).slice(0, 4)) + 1;
  const [users, tokens, cal] = await Promise.all([
    db.user.findMany({
      where: { agencyId, active: true, createdAt: { lt: since }, sessions: { none: { createdAt: { gte: since } } } },
      select: { login: true, name: true },
    }),
    db.apiToken.findMany({
      where: { revokedAt: null, user: { agencyId }, createdAt: { lt: since }, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: since } }] },
      select: { id: true, name: true, user: { select: { login: true } } },
    }),
    cachedCalendar(db),
  ]);
  return { inactiveUsers: users, staleTokens: tokens, nextYear, nextYearPublished: cal.isKnownYear(nextYear) };
}
