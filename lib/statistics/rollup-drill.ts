// The roll-up's drill-down: one cell of the sum → each agency's number in it → one agency's cases.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isWithin } from '@/lib/agencies/tree';
import { loadMapping } from './build-report';
import type { CatalogueEntry } from '@/lib/settings/dispositions';
import { casesForCell } from './cell-cases';
import { APPEAL_OUTCOMES, kindOfColumn, type FormatId } from './formats';
import { layout } from './layout';
import type { Rollup } from './rollup';

export interface CellRef {
  section: number;
  row: string;
  col: number;
}

export function cellValue(format: FormatId, cells: Rollup['cells'], ref: CellRef): number | null {
  return layout(format, cells)[ref.section]?.rows.find((r) => r.row.code === ref.row)?.values[ref.col] ?? null;
}

/** One descendant's cases behind a cell; an agency outside the caller's subtree is "not found" (null). */
/** `catalogue`: the agency's catalogue when the caller has it already (the page shows its labels). */
export async function agencyCellCases(
  db: PrismaClient,
  rootId: number,
  agencyId: number,
  format: FormatId,
  year: number,
  ref: CellRef,
  catalogue?: CatalogueEntry[],
) {
  if (!(await isWithin(db, rootId, agencyId))) return null;
  const section = layout(format, {})[ref.section];
  const row = section?.rows.find((r) => r.row.code === ref.row);
  if (!section || !row) return null;
  // Table 四 of the 2019/2021 formats: one row per appeal group, one column per outcome.
  const code =
    format !== '2017' && row.row.code.startsWith('4.') ? `${row.row.code}.${APPEAL_OUTCOMES[ref.col]?.[0] ?? 'total'}` : row.row.code;
  const where = casesForCell(
    db,
    format,
    code,
    year,
    catalogue ?? (await loadMapping(db, agencyId)),
    kindOfColumn(format, ref.col, section.columns.length),
  );
  if (!where) return [];
  return db.case.findMany({
    where: { AND: [where, { agencyId }] },
    orderBy: [{ receivedOn: 'asc' }, { id: 'asc' }],
    take: 200,
    select: { id: true, trackingNo: true, receivedOn: true, status: true, dueOn: true, closedOn: true, dispositionCode: true },
  });
}
