// The platform figures: a tree of agencies (1 → 20 → the rest), the roll-up of one year for the top
// agency against a hand-written SQL floor over the same rows, and the supervision overview.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { subtreeIds } from '../../lib/agencies/tree';
import { buildRollup } from '../../lib/statistics/rollup';
import { supervisionOverview } from '../../lib/supervision/overview';
import { rollupFloor } from './floors';
import { timeInterleaved, timeMedian } from './support';

/** Agency 1 exists; adds `total - 1` agencies below it in three levels. */
export async function createTree(prisma: PrismaClient, total: number) {
  const middle = Math.min(20, total - 1);
  await prisma.agency.createMany({
    data: Array.from({ length: middle }, (_, i) => ({ name: `示例市${i + 1}区自然资源分局`, shortName: `区${i + 1}`, parentId: 1 })),
  });
  const mids = (await prisma.agency.findMany({ where: { parentId: 1 }, select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id);
  const leaves = total - 1 - middle;
  for (let i = 0; i < leaves; i += 1000)
    await prisma.agency.createMany({
      data: Array.from({ length: Math.min(1000, leaves - i) }, (_, j) => ({
        name: `示例市某区第${i + j + 1}街道办事处`,
        shortName: `街${i + j + 1}`,
        parentId: mids[(i + j) % mids.length],
        level: 'township',
      })),
    });
}

export async function platformFigures(prisma: PrismaClient, year: number, today: string, runs: number) {
  const ids = await subtreeIds(prisma, 1);
  const { rollupFloorMs, rollupMs } = await timeInterleaved(runs, {
    rollupFloorMs: () => rollupFloor(prisma, ids, year),
    rollupMs: () => buildRollup(prisma, 1, year, '2021'),
  });
  const supervisionMs = await timeMedian(runs, () => supervisionOverview(prisma, 1, today));
  return { agencies: ids.length, rollupMs, rollupFloorMs, rollupRatio: rollupMs / rollupFloorMs, supervisionMs };
}
