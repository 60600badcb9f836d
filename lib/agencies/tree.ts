// Agencies under agencies. A supervising office sees the figures of its whole subtree; nobody
// sees upwards or sideways. Every question "may this agency see that one" is answered here.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { hotQuery } from '@/lib/db/hot-query';

export interface TreeAgency {
  id: number;
  name: string;
  shortName: string;
  parentId: number | null;
  depth: number;
}

type Db = Pick<PrismaClient, '$queryRaw'>;

/** The agency and everything below it, parents before children, siblings by id. */
export async function agencyTree(db: Db, rootId: number): Promise<TreeAgency[]> {
  return db.$queryRaw<TreeAgency[]>(Prisma.sql`
    WITH RECURSIVE t AS (
      SELECT id, name, short_name, parent_id, 0 AS depth, ARRAY[id] AS path FROM agency WHERE id = ${rootId}
      UNION ALL
      SELECT a.id, a.name, a.short_name, a.parent_id, t.depth + 1, t.path || a.id FROM agency a JOIN t ON a.parent_id = t.id
      WHERE t.depth < 10)
    SELECT id, name, short_name AS "shortName", parent_id AS "parentId", depth::int AS depth FROM t ORDER BY path`);
}

export async function subtreeIds(db: Db, rootId: number): Promise<number[]> {
  return (await agencyTree(db, rootId)).map((a) => a.id);
}

/** Whether any agency reports to `id` (the year page then offers the roll-up). */
export async function hasSubordinates(db: PrismaClient, id: number): Promise<boolean> {
  const [r] = await hotQuery<{ any: boolean }>(db, Prisma.sql`SELECT EXISTS (SELECT 1 FROM agency WHERE parent_id = ${id}) AS any`);
  return r.any;
}

/** Whether `id` is `rootId` or below it. */
export async function isWithin(db: Db, rootId: number, id: number): Promise<boolean> {
  if (rootId === id) return true;
  const rows = await db.$queryRaw<{ ok: boolean }[]>(Prisma.sql`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, 0 AS n FROM agency WHERE id = ${id}
      UNION ALL
      SELECT a.id, a.parent_id, up.n + 1 FROM agency a JOIN up ON a.id = up.parent_id WHERE up.n < 10)
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${rootId}) AS ok`);
  return rows[0]?.ok ?? false;
}

/** How many users each of these offices has (for the tree of subordinate offices). */
export async function userCounts(db: PrismaClient, agencyIds: number[]): Promise<Map<number, number>> {
  const rows = await db.user.groupBy({ by: ['agencyId'], where: { agencyId: { in: agencyIds } }, _count: { _all: true } });
  return new Map(rows.map((c) => [c.agencyId, c._count._all]));
}
