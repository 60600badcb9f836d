// The disposition catalogue as one agency sees it: the national list with the agency's own wording,
// availability and table cells laid over it. Changing a cell moves numbers in every unfrozen year
// table of the agency, so the change must be confirmed; frozen tables keep their snapshot.
import { cachedDerived } from '@/lib/statistics/derived-cache';
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DomainError, notFoundError } from '@/lib/shared/errors';
import { text } from '@/lib/shared/text';
import { ROWS_2017, ROWS_2021_T3, type Row } from '@/lib/statistics/formats';
import { audit } from '@/lib/audit/audit';
import type { Expression } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { first, qb, sql } from '@/lib/db/kysely';

export interface CatalogueEntry {
  code: string;
  label: string;
  article: string;
  cell2017: string;
  cell2021: string;
  active: boolean;
  sort: number;
  /** The national defaults, to show what the agency changed. */
  defaults: { label: string; cell2017: string; cell2021: string; active: boolean };
}

export async function loadCatalogue(db: PrismaClient, agencyId: number, { activeOnly = false } = {}): Promise<CatalogueEntry[]> {
  const all = (await loadCatalogues(db, [agencyId])).get(agencyId)!;
  return activeOnly ? all.filter((d) => d.active) : all;
}

/**
 * For showing (labels, the reply form's choices): shared between requests for a few seconds like
 * the year tables, and dropped by any change here. What a step accepts is checked against
 * loadCatalogue, never this.
 */
export const cachedCatalogue = (db: PrismaClient, agencyId: number) =>
  cachedDerived(`catalogue:${agencyId}`, [agencyId], () => loadCatalogue(db, agencyId));

/**
 * The national list and the agencies' own choices as two JSON columns of one statement, for
 * loadCatalogues or for a statement that needs them beside other things (the year table).
 */
export const catalogueColumns = (agencies: Expression<number[]>) => ({
  national: jsonArrayFrom(
    qb
      .selectFrom('disposition')
      .select(['code', 'label', 'article', 'cell_2017 as cell2017', 'cell_2021 as cell2021', 'active', 'sort'])
      .orderBy('sort'),
  ),
  own: jsonArrayFrom(
    qb
      .selectFrom('agency_disposition')
      .select(['agency_id as agencyId', 'code', 'label', 'active', 'cell_2017 as cell2017', 'cell_2021 as cell2021'])
      .where('agency_id', '=', (eb) => eb.fn.any(agencies)),
  ),
});

// The rows as the statement above returns them (typed by Kysely from the schema, not by hand).
type Columns = ReturnType<typeof catalogueColumns>;
type CatalogueParts = { [K in keyof Columns]: Columns[K] extends Expression<infer T> ? T : never };
type DispositionRow = CatalogueParts['national'][number];
type ChoiceRow = CatalogueParts['own'][number];

/** Agencies' catalogues in one statement (the roll-up reads them beside its other inputs: build-report.ts). */
async function loadCatalogues(db: PrismaClient, agencyIds: number[]): Promise<Map<number, CatalogueEntry[]>> {
  const { national, own } = catalogueColumns(sql.val(agencyIds));
  return cataloguesFrom((await first(db, qb.selectNoFrom([national.as('national'), own.as('own')])))!, agencyIds);
}

/** Each agency's catalogue from the national list and the choices read by catalogueColumns. */
export function cataloguesFrom({ national, own }: CatalogueParts, agencyIds: number[]): Map<number, CatalogueEntry[]> {
  // Grouped once: filtering every office's choices for each office was quadratic in a roll-up.
  const ownBy = new Map<number, ChoiceRow[]>();
  for (const o of own) {
    const list = ownBy.get(o.agencyId);
    if (list) list.push(o);
    else ownBy.set(o.agencyId, [o]);
  }
  // Offices without choices of their own share one list: in a roll-up most have none, and the
  // counting rules keep their lookup per list (counting-rules.ts), so it is built once, not 500 times.
  const plain = merge(national, []);
  return new Map(agencyIds.map((id) => [id, ownBy.has(id) ? merge(national, ownBy.get(id)!) : plain]));
}

function merge(rows: DispositionRow[], own: ChoiceRow[]): CatalogueEntry[] {
  const mine = new Map(own.map((o) => [o.code, o]));
  return rows.map((d) => {
    const o = mine.get(d.code);
    return {
      code: d.code,
      label: o?.label ?? d.label,
      article: d.article,
      cell2017: o?.cell2017 ?? d.cell2017,
      cell2021: o?.cell2021 ?? d.cell2021,
      active: o?.active ?? d.active,
      sort: d.sort,
      defaults: { label: d.label, cell2017: d.cell2017, cell2021: d.cell2021, active: d.active },
    };
  });
}

/** The cells a reply can be counted in: the leaf rows of the replies section of each table. */
function replyCells(rows: Row[], section: string): Row[] {
  const inSection = rows.filter((r) => r.code.startsWith(section) && r.source === 'derived');
  return inSection.filter((r) => !r.label.includes('总计') && !inSection.some((o) => o.code.startsWith(r.code + '.')));
}
export const REPLY_CELLS = { '2017': replyCells(ROWS_2017, '3.3.'), '2021': replyCells(ROWS_2021_T3, '3.3.') };

const choiceSchema = z.object({
  label: text('名称', 60, { required: true }),
  active: z.boolean(),
  cell2017: z.string().refine((c) => REPLY_CELLS['2017'].some((r) => r.code === c), '请选择2017年格式的栏目'),
  cell2021: z.string().refine((c) => REPLY_CELLS['2021'].some((r) => r.code === c), '请选择2021年格式的栏目'),
  /** The user has read that a changed cell moves the numbers of unfrozen year tables. */
  confirmMapping: z.boolean().default(false),
});

export async function updateDisposition(db: PrismaClient, agencyId: number, code: string, input: unknown, actorId: number | null) {
  const v = choiceSchema.parse(input);
  const current = (await loadCatalogue(db, agencyId)).find((d) => d.code === code);
  if (!current) throw notFoundError('处理结果');
  const moved = current.cell2017 !== v.cell2017 || current.cell2021 !== v.cell2021;
  if (moved && !v.confirmMapping)
    throw new DomainError(
      'invalid',
      '更改统计栏目会改变本机关所有未冻结年度报表中的数字（已冻结的不变）。请确认后再保存。',
      'confirmMapping',
    );
  const data = { label: v.label, active: v.active, cell2017: v.cell2017, cell2021: v.cell2021 };
  await db.$transaction(async (tx) => {
    await tx.agencyDisposition.upsert({
      where: { agencyId_code: { agencyId, code } },
      create: { agencyId, code, ...data },
      update: { ...data, updatedAt: new Date() },
    });
    await audit(tx, {
      actorId,
      action: 'disposition.update',
      target: `agency:${agencyId}:disposition:${code}`,
      detail: {
        before: { label: current.label, active: current.active, cell2017: current.cell2017, cell2021: current.cell2021 },
        after: data,
      },
      office: agencyId,
    });
  });
}
