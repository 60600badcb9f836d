// What the manager's 转主动公开 page shows: the groups waiting for a decision and the latest decisions.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { chinaDate } from '@/lib/shared/dates';
import { releaseCandidates } from './candidates';

async function recentDecisions(db: PrismaClient, agencyId: number) {
  const items = await db.releasedItem.findMany({
    where: { agencyId },
    orderBy: { id: 'desc' },
    take: 20,
    select: { id: true, status: true, title: true, reason: true, caseIds: true, decidedAt: true },
  });
  return items.map((i) => ({
    id: i.id,
    status: i.status,
    title: i.title,
    reason: i.reason,
    cases: i.caseIds.length,
    decidedOn: chinaDate(i.decidedAt),
  }));
}

export async function releasesPage(db: PrismaClient, agencyId: number) {
  const [candidates, decided] = await Promise.all([releaseCandidates(db, agencyId), recentDecisions(db, agencyId)]);
  return { candidates, decided };
}
