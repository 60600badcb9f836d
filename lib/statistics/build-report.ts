// A year-end table: derived cells, manual cells, checks, the frozen snapshot if any and what now
// differs from it, and the previous year for 同比.
import { isDeepStrictEqual } from 'node:util';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { aggregateYear } from './aggregate';
import { runChecks, type Check } from './checks';
import { deriveCells, type Cells, type Mapping } from './counting-rules';
import { manualRows, type FormatId } from './formats';
import { loadCatalogue } from '@/lib/settings/dispositions';
import { cachedDerived } from './derived-cache';

export interface Report {
  year: number;
  format: FormatId;
  cells: Cells;
  manual: Record<string, number>;
  checks: Check[];
  unmapped: number;
  mapping: Mapping[];
  frozen: { at: Date; by: string | null; cells: Cells } | null;
  differs: string[];
}

/** The agency's mapping of dispositions to cells (the national catalogue with its own choices). */
export async function loadMapping(db: PrismaClient, agencyId: number): Promise<Mapping[]> {
  const rows = await loadCatalogue(db, agencyId);
  return rows.map((r) => ({ code: r.code, label: r.label, cell2017: r.cell2017, cell2021: r.cell2021 }));
}

async function loadManual(db: PrismaClient, agencyId: number, year: number, format: FormatId) {
  const rows = await db.reportValue.findMany({ where: { agencyId, year, format: format === '2017' ? '2017' : '2021' } });
  return Object.fromEntries(rows.map((r) => [r.code, Number(r.value)]));
}

/** The cells as published: official codes only (the x.* helper rows stay internal). */
export function publicCells(cells: Cells, manual: Record<string, number>, format: FormatId): Cells {
  const out: Cells = {};
  for (const [code, v] of Object.entries(cells)) if (!code.startsWith('x.')) out[code] = v;
  for (const row of manualRows(format)) out[row.code] = manual[row.code] ?? 0;
  return out;
}

export async function buildReport(
  db: PrismaClient,
  agencyId: number,
  year: number,
  format: FormatId,
  mapping?: Mapping[],
): Promise<Report> {
  const [groups, map, manual, snapshot] = await Promise.all([
    aggregateYear(db, agencyId, year),
    mapping ? Promise.resolve(mapping) : loadMapping(db, agencyId),
    loadManual(db, agencyId, year, format),
    db.reportSnapshot.findUnique({
      where: { agencyId_year_format: { agencyId, year, format } },
      include: { frozenBy: { select: { name: true } } },
    }),
  ]);
  const { cells: derived, unmapped } = deriveCells(format, groups, map);
  const cells = publicCells(derived, manual, format);
  const checks = runChecks(format, derived, manual, unmapped);
  const frozenCells = (snapshot?.cells ?? null) as Cells | null;
  // Compared by value: the snapshot comes back from jsonb with its keys in jsonb's order, so a
  // comparison of serialised text flagged every per-kind row of a 2021 table the moment it was frozen.
  const differs = frozenCells ? Object.keys(cells).filter((code) => !isDeepStrictEqual(cells[code], frozenCells[code])) : [];
  return {
    year,
    format,
    cells,
    manual,
    checks,
    unmapped,
    mapping: map,
    frozen: snapshot ? { at: snapshot.frozenAt, by: snapshot.frozenBy?.name ?? null, cells: frozenCells! } : null,
    differs,
  };
}

/** The numbers to publish: the frozen snapshot when there is one, else the live table. */
export function publishedCells(r: Report): Cells {
  return r.frozen ? r.frozen.cells : r.cells;
}

/** The table as pages and the API show it, shared for a few seconds (see derived-cache.ts). */
export const cachedReport = (db: PrismaClient, agencyId: number, year: number, format: FormatId) =>
  cachedDerived(`report:${agencyId}:${year}:${format}`, [agencyId], () => buildReport(db, agencyId, year, format));
