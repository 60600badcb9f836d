// How many online applications wait for a clerk's confirmation: their legal clock starts only once
// one is confirmed (art. 31(3)), so the count is on the clerk's dashboard and beside 网上申请 in
// the menu. An indexed count (agency_id, status); read live on each page.
import type { PrismaClient } from '@/lib/generated/prisma/client';

export const pendingSubmissionCount = (db: PrismaClient, agencyId: number) =>
  db.submission.count({ where: { agencyId, status: 'pending' } });
