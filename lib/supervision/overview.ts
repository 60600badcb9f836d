// 督办: what a supervising office sees of its subtree — per agency, this year's intake, what is
// open and overdue now, what closed late, and how its reviews and suits ended — in two grouped
// queries however many agencies there are.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { asDate, countWhere, qb, rows } from '@/lib/db/kysely';
import { isOpen, isOverdue } from '@/lib/cases/open-case';
import { agencyTree, type TreeAgency } from '@/lib/agencies/tree';
import { toDate, yearOf, type IsoDate } from '@/lib/shared/dates';
import { cachedDerived } from '@/lib/statistics/derived-cache';
import { LATE } from '@/lib/statistics/aggregate';
import { overdueRouteCounts } from '@/lib/departments/route-lists';
import { onReplica } from '@/lib/db/replica';

export interface AgencyDuty extends TreeAgency {
  received: number;
  open: number;
  overdue: number;
  closedLate: number;
  appealsDecided: number;
  appealsCorrected: number;
  /** Routings to departments past their internal due date. */
  routesOverdue: number;
  /** Reviews and suits whose answer has not gone in (their due dates: the office's dashboard). */
  answersOpen: number;
}

export async function supervisionOverview(db: PrismaClient, rootId: number, today: IsoDate): Promise<AgencyDuty[]> {
  const tree = await agencyTree(db, rootId);
  const ids = tree.map((a) => a.id);
  const from = asDate(`${yearOf(today)}-01-01`);
  const now = asDate(today);
  const [cases, appeals, routes] = await Promise.all([
    rows(
      db,
      qb
        .selectFrom('disclosure_case')
        .select((eb) => [
          'agency_id as agency',
          countWhere(eb('received_on', '>=', from)).as('received'),
          countWhere(isOpen(eb.ref('status'))).as('open'),
          countWhere(isOverdue(eb.ref('status'), eb.ref('due_on'), now)).as('overdue'),
          countWhere(eb.and([eb('closed_on', '>=', from), LATE])).as('closedLate'),
        ])
        .where((eb) =>
          eb.and([
            eb('agency_id', '=', eb.fn.any(eb.val(ids))),
            eb.or([eb('received_on', '>=', from), isOpen(eb.ref('status')), eb('closed_on', '>=', from)]),
          ]),
        )
        .groupBy('agency_id'),
    ),
    rows(
      db,
      qb
        .selectFrom('appeal')
        .select((eb) => [
          'agency_id as agency',
          countWhere(eb.and([eb('filed_on', '>=', from), eb('outcome', 'in', ['upheld', 'corrected', 'other'])])).as('decided'),
          countWhere(eb.and([eb('filed_on', '>=', from), eb('outcome', '=', 'corrected')])).as('corrected'),
          countWhere(eb.and([eb('notice_received_on', 'is not', null), eb('answered_on', 'is', null)])).as('answersOpen'),
        ])
        .where((eb) =>
          eb.and([
            eb('agency_id', '=', eb.fn.any(eb.val(ids))),
            eb.or([eb('filed_on', '>=', from), eb.and([eb('notice_received_on', 'is not', null), eb('answered_on', 'is', null)])]),
          ]),
        )
        .groupBy('agency_id'),
    ),
    overdueRouteCounts(db, ids, today),
  ]);
  const r = new Map(routes.map((x) => [x.agencyId, x.n]));
  const c = new Map(cases.map((r) => [r.agency, r]));
  const a = new Map(appeals.map((r) => [r.agency, r]));
  return tree.map((t) => ({
    ...t,
    received: c.get(t.id)?.received ?? 0,
    open: c.get(t.id)?.open ?? 0,
    overdue: c.get(t.id)?.overdue ?? 0,
    closedLate: c.get(t.id)?.closedLate ?? 0,
    appealsDecided: a.get(t.id)?.decided ?? 0,
    appealsCorrected: a.get(t.id)?.corrected ?? 0,
    routesOverdue: r.get(t.id) ?? 0,
    answersOpen: a.get(t.id)?.answersOpen ?? 0,
  }));
}

/** One agency's overdue cases with any open 督办 note, oldest due date first. */
export function overdueCases(primary: PrismaClient, agencyId: number, today: IsoDate) {
  return onReplica(primary, (db) => overdueOf(db, agencyId, today));
}

const overdueOf = (db: PrismaClient, agencyId: number, today: IsoDate) =>
  db.case.findMany({
    where: { agencyId, status: { not: 'closed' }, dueOn: { lt: toDate(today) } },
    orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
    take: 200,
    select: {
      id: true,
      trackingNo: true,
      receivedOn: true,
      dueOn: true,
      status: true,
      assignee: { select: { name: true } },
      supervisionNotes: { orderBy: { id: 'desc' }, take: 1, select: { at: true, text: true } },
    },
  });

/** Cached under the subtree's offices (named by the overview's rows): a write in any of them drops it. */
export const cachedOverview = (db: PrismaClient, rootId: number, today: IsoDate) =>
  cachedDerived(
    `supervision:${rootId}:${today}`,
    (rows) => rows.map((r) => r.id),
    () => onReplica(db, (d) => supervisionOverview(d, rootId, today)),
  );

export interface DutyRow extends AgencyDuty {
  /** Whether the numbers cover the agency's whole subtree (a child with children of its own). */
  subtree: boolean;
  children: number;
}

/**
 * One level of the tree as the page lists it: `parentId` itself (its own cases only), then each of
 * its children with the sums of their whole subtree — a platform of 500 offices reads as 20 rows,
 * and each row opens the level below.
 */
export function levelOf(rows: AgencyDuty[], parentId: number): DutyRow[] {
  const keys = ['received', 'open', 'overdue', 'closedLate', 'appealsDecided', 'appealsCorrected', 'routesOverdue', 'answersOpen'] as const;
  const sums = new Map(rows.map((r) => [r.id, { ...r }]));
  const kids = new Map<number, number>();
  // Rows come parents first, so adding each row into its parent from the end sums every subtree.
  for (const r of [...rows].reverse()) {
    if (r.parentId === null || !sums.has(r.parentId)) continue;
    const p = sums.get(r.parentId)!;
    for (const k of keys) p[k] += sums.get(r.id)![k];
    kids.set(r.parentId, (kids.get(r.parentId) ?? 0) + 1);
  }
  const self = rows.find((r) => r.id === parentId);
  if (!self) return [];
  return [
    { ...self, subtree: false, children: kids.get(self.id) ?? 0 },
    ...rows
      .filter((r) => r.parentId === parentId)
      .map((r) => ({ ...sums.get(r.id)!, subtree: (kids.get(r.id) ?? 0) > 0, children: kids.get(r.id) ?? 0 })),
  ];
}
