// The roll-up: one year's table summed over an agency and all its descendants. Each agency's cases
// are counted with its own disposition mapping; an agency that has frozen its year contributes its
// frozen numbers (what it published), the others their live ones. The checks run on the sum.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { agencyTree, type TreeAgency } from '@/lib/agencies/tree';
import { cachedDerived } from './derived-cache';
import { loadYear, publicCells } from './build-report';
import { runChecks, type Check } from './checks';
import { deriveCells, type Cells, type Mapping } from './counting-rules';
import type { FormatId } from './formats';
import { onReplica } from '@/lib/db/replica';

interface RollupAgency extends TreeAgency {
  frozenAt: Date | null;
  cells: Cells;
  checksFailing: number;
}
export interface Rollup {
  year: number;
  format: FormatId;
  cells: Cells;
  checks: Check[];
  agencies: RollupAgency[];
}

// A roll-up sums ~45 cells for each of hundreds of offices: into one accumulator, copying each
// row once, rather than a new object per office and cell.
function sumCells(all: Cells[]): Cells {
  const out: Cells = {};
  for (const cells of all)
    for (const code in cells) {
      const v = cells[code];
      const acc = out[code];
      if (typeof v === 'number') out[code] = (typeof acc === 'number' ? acc : 0) + v;
      else if (acc && typeof acc === 'object') for (const k in acc) acc[k as keyof typeof acc] += v[k as keyof typeof v] ?? 0;
      else out[code] = { ...v };
    }
  return out;
}

export async function buildRollup(db: PrismaClient, rootId: number, year: number, format: FormatId): Promise<Rollup> {
  const tree = await agencyTree(db, rootId);
  const ids = tree.map((a) => a.id);
  const { groups, catalogues, manual: manualBy, snapshots: frozen } = await loadYear(db, ids, year, format);
  const derivedAll: Cells[] = [];
  const manualAll: Record<string, number>[] = [];
  let unmappedAll = 0;
  const agencies = tree.map((a) => {
    const mapping: Mapping[] = catalogues.get(a.id)!;
    const { cells: derived, unmapped } = deriveCells(format, groups.get(a.id)!, mapping);
    const manual = manualBy.get(a.id) ?? {};
    const snap = frozen.get(a.id);
    derivedAll.push(derived);
    manualAll.push(manual);
    unmappedAll += unmapped;
    return {
      ...a,
      frozenAt: snap ? new Date(snap.at) : null,
      cells: snap ? snap.cells : publicCells(derived, manual, format),
      checksFailing: runChecks(format, derived, manual, unmapped).filter((c) => !c.ok).length,
    };
  });
  const manualSum: Record<string, number> = {};
  for (const m of manualAll) for (const [k, v] of Object.entries(m)) manualSum[k] = (manualSum[k] ?? 0) + v;
  return {
    year,
    format,
    cells: sumCells(agencies.map((a) => a.cells)),
    checks: runChecks(format, sumCells(derivedAll), manualSum, unmappedAll),
    agencies,
  };
}

/** Cached under the subtree's offices (named by the roll-up itself): a write in any of them drops it. */
export const cachedRollup = (db: PrismaClient, rootId: number, year: number, format: FormatId) =>
  cachedDerived(
    `rollup:${rootId}:${year}:${format}`,
    (r) => r.agencies.map((a) => a.id),
    () => onReplica(db, (d) => buildRollup(d, rootId, year, format)),
  );
