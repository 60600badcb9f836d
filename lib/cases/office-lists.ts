// The office's choice lists that every case list and form shows (active topics, active dispositions,
// clerks): they change a few times a year, so they are shared like the derived figures and dropped
// by the same writes (topics, the catalogue, users).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { loadCatalogue } from '@/lib/settings/dispositions';
import { cachedDerived } from '@/lib/statistics/derived-cache';
import { countCases, type ListFilter } from './list-cases';

export const officeLists = (db: PrismaClient, agencyId: number) =>
  cachedDerived(`lists:${agencyId}`, [agencyId], async () => {
    const [topics, dispositions, clerks] = await Promise.all([
      db.topic.findMany({ where: { agencyId, active: true }, orderBy: { sort: 'asc' } }),
      loadCatalogue(db, agencyId, { activeOnly: true }),
      db.user.findMany({ where: { agencyId, role: 'clerk' }, orderBy: { id: 'asc' }, select: { id: true, name: true } }),
    ]);
    return { topics, dispositions, clerks };
  });

/** A list's result count ("10000+" beyond the cap), shared for a few seconds like the tables. */
export const cachedCount = (db: PrismaClient, actor: { userId: number; agencyId: number }, f: ListFilter) =>
  f.where
    ? countCases(db, actor, f)
    : cachedDerived(
        `count:${actor.agencyId}:${actor.userId}:${JSON.stringify({ ...f, cursor: undefined, where: undefined })}`,
        [actor.agencyId],
        () => countCases(db, actor, f),
      );
