// A year-end table: derived cells, manual cells, checks, the frozen snapshot if any and what now
// differs from it, and the previous year for 同比.
import { isDeepStrictEqual } from 'node:util';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { aggregateYearWith, besideCounts } from './aggregate';
import { runChecks, type Check } from './checks';
import { deriveCells, type Cells, type Mapping } from './counting-rules';
import { manualRows, type FormatId } from './formats';
import { catalogueColumns, cataloguesFrom, loadCatalogue, type CatalogueEntry } from '@/lib/settings/dispositions';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { inJson, qb } from '@/lib/db/kysely';
import { cachedDerived } from './derived-cache';
import { onReplica } from '@/lib/db/replica';

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
  return (await loadCatalogue(db, agencyId)).map(toMapping);
}

const toMapping = (r: CatalogueEntry): Mapping => ({ code: r.code, label: r.label, cell2017: r.cell2017, cell2021: r.cell2021 });

// What a year table needs beside the counts, in the small statement with the year's appeals,
// complaints and fees (besideCounts, compiled once): the catalogue as each office sees it, the figures
// entered by hand and the frozen snapshots. Four Prisma reads cost a table more in round trips and
// client work than PostgreSQL spends on them, and a statement of their own a third round trip.
const TABLE_INPUTS = besideCounts({ year: 0, stored: '', format: '' }, (q, s) => {
  const { national, own } = catalogueColumns(s.agencies);
  return q.select([
    national.as('national'),
    own.as('own'),
    jsonArrayFrom(
      qb
        .selectFrom('report_value')
        .select((v) => ['agency_id as agency', 'code', v.cast<number>('value', 'float8').as('value')])
        .where((v) => v.and([v('agency_id', '=', v.fn.any(s.agencies)), v('year', '=', s.year), v('format', '=', s.stored)])),
    ).as('manual'),
    jsonArrayFrom(
      qb
        .selectFrom('report_snapshot as r')
        .leftJoin('app_user as u', 'u.id', 'r.frozen_by_id')
        .select((v) => [
          'r.agency_id as agency',
          v.cast<Cells>('r.cells', 'jsonb').as('cells'),
          inJson(v.ref('r.frozen_at')).as('at'),
          'u.name as by',
        ])
        .where((v) => v.and([v('r.agency_id', '=', v.fn.any(s.agencies)), v('r.year', '=', s.year), v('r.format', '=', s.format)])),
    ).as('snapshots'),
  ]);
});

/** A year's counts and what year tables need besides them, for one office or a roll-up's hundreds. */
export async function loadYear(db: PrismaClient, agencyIds: number[], year: number, format: FormatId) {
  // Figures entered by hand are kept under 2017 or 2021; the 2019 format shares 2021's.
  const stored = format === '2017' ? '2017' : '2021';
  const { groups, beside: r } = await aggregateYearWith(db, agencyIds, year, (span) => TABLE_INPUTS({ ...span, year, stored, format }));
  const manual = new Map<number, Record<string, number>>();
  for (const m of r.manual) {
    let of = manual.get(m.agency);
    if (!of) manual.set(m.agency, (of = {}));
    of[m.code] = Number(m.value);
  }
  return {
    groups,
    catalogues: cataloguesFrom(r, agencyIds),
    manual,
    snapshots: new Map(r.snapshots.map(({ agency, ...s }) => [agency, s])),
  };
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
  const inputs = await loadYear(db, [agencyId], year, format);
  const groups = inputs.groups.get(agencyId)!;
  const manual = inputs.manual.get(agencyId) ?? {};
  const snapshot = inputs.snapshots.get(agencyId);
  const map = mapping ?? inputs.catalogues.get(agencyId)!.map(toMapping);
  const { cells: derived, unmapped } = deriveCells(format, groups, map);
  const cells = publicCells(derived, manual, format);
  const checks = runChecks(format, derived, manual, unmapped);
  const frozenCells = snapshot?.cells ?? null;
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
    frozen: snapshot ? { at: new Date(snapshot.at), by: snapshot.by, cells: snapshot.cells } : null,
    differs,
  };
}

/** The numbers to publish: the frozen snapshot when there is one, else the live table. */
export function publishedCells(r: Report): Cells {
  return r.frozen ? r.frozen.cells : r.cells;
}

/** The table as pages and the API show it, shared for a few seconds (see derived-cache.ts). */
export const cachedReport = (db: PrismaClient, agencyId: number, year: number, format: FormatId) =>
  cachedDerived(`report:${agencyId}:${year}:${format}`, [agencyId], () => onReplica(db, (d) => buildReport(d, agencyId, year, format)));
