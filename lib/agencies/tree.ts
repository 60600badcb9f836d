// Agencies under agencies. A supervising office sees the figures of its whole subtree; nobody
// sees upwards or sideways. Every question "may this agency see that one" is answered here.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { first, qb, rows, sql, type Runner } from '@/lib/db/kysely';

/** The agency and everything below it, parents before children, siblings by id. */
export async function agencyTree(db: Runner, rootId: number) {
  const tree = qb
    .withRecursive('t(id, name, short_name, parent_id, depth, path)', (q) =>
      q
        .selectFrom('agency')
        .select(['id', 'name', 'short_name', 'parent_id', sql<number>`0`.as('depth'), sql<number[]>`ARRAY[id]`.as('path')])
        .where('id', '=', rootId)
        .unionAll(
          q
            .selectFrom('agency as a')
            .innerJoin('t', 't.id', 'a.parent_id')
            .select(['a.id', 'a.name', 'a.short_name', 'a.parent_id'])
            .select((eb) => [eb('t.depth', '+', 1).as('depth'), sql<number[]>`t.path || a.id`.as('path')])
            .where('t.depth', '<', 10),
        ),
    )
    .selectFrom('t')
    .select(['id', 'name', 'short_name as shortName', 'parent_id as parentId', 'depth'])
    .orderBy('path');
  return rows(db, tree);
}
export type TreeAgency = Awaited<ReturnType<typeof agencyTree>>[number];

export async function subtreeIds(db: Runner, rootId: number): Promise<number[]> {
  return (await agencyTree(db, rootId)).map((a) => a.id);
}

/** Whether `id` is `rootId` or below it. */
export async function isWithin(db: Runner, rootId: number, id: number): Promise<boolean> {
  if (rootId === id) return true;
  const up = qb
    .withRecursive('up(id, parent_id, n)', (q) =>
      q
        .selectFrom('agency')
        .select(['id', 'parent_id', sql<number>`0`.as('n')])
        .where('id', '=', id)
        .unionAll(
          q
            .selectFrom('agency as a')
            .innerJoin('up', 'up.parent_id', 'a.id')
            .select((eb) => ['a.id', 'a.parent_id', eb('up.n', '+', 1).as('n')])
            .where('up.n', '<', 10),
        ),
    )
    .selectFrom('up')
    .select('id')
    .where('id', '=', rootId);
  return !!(await first(db, up));
}

/** How many users each of these offices has (for the tree of subordinate offices). */
export async function userCounts(db: PrismaClient, agencyIds: number[]): Promise<Map<number, number>> {
  const rows = await db.user.groupBy({ by: ['agencyId'], where: { agencyId: { in: agencyIds } }, _count: { _all: true } });
  return new Map(rows.map((c) => [c.agencyId, c._count._all]));
}
