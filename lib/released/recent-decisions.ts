// The office's latest decisions on 转主动公开, for the manager's page.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { chinaDate } from '@/lib/shared/dates';

export async function recentDecisions(db: PrismaClient, agencyId: number) {
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
