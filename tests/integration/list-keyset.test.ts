import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLedger } from '@/lib/imports/import-ledger';
import { listCases, listStatements, type ListFilter } from '@/lib/cases/list-cases';
import { apiItem, listCasesJson } from '@/lib/cases/list-cases-json';
import { Prisma } from '@/lib/generated/prisma/client';
import { createTestDb, type TestDb } from '../helpers/db';
import { demoActors, type Actors } from '../helpers/actors';

let tdb: TestDb;
let a: Actors;
beforeAll(async () => {
  tdb = await createTestDb();
  a = await demoActors(tdb.prisma);
  const rows = Array.from({ length: 14 }, (_, i) => {
    const received = `2025-0${1 + (i % 3)}-1${i % 4}`; // received dates repeat
    const closed = i % 5 === 4 ? `2025-04-0${1 + (i % 9)},granted` : ','; // some closed
    return `K-${i},${received},信函,自然人,申请人${i},征地补偿内容,${closed},,否`;
  });
  const ledger = ['编号,收到日期,渠道,申请人类型,申请人,申请内容,送达日期,处理结果,收费,是否延期', ...rows].join('\n');
  const r = await importLedger(tdb.prisma, new TextEncoder().encode(ledger), a.manager);
  expect(r.errors).toEqual([]);
  // Due dates that tie, and open cases without one (they sort last).
  const open = await tdb.prisma.case.findMany({ where: { status: { not: 'closed' } }, orderBy: { id: 'asc' }, select: { id: true } });
  for (const [i, { id }] of open.entries())
    await tdb.prisma.case.update({ where: { id }, data: { dueOn: i % 4 === 0 ? null : new Date(`2025-05-0${1 + (i % 3)}`) } });
});
afterAll(async () => tdb?.drop());

const ORDER: Record<string, Prisma.CaseOrderByWithRelationInput[]> = {
  due: [{ dueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  received: [{ receivedOn: 'desc' }, { id: 'desc' }],
  newest: [{ id: 'desc' }],
};

async function walk(f: ListFilter, json: boolean): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 40; pages++) {
    const page = json
      ? (JSON.parse(await listCasesJson(tdb.prisma, a.clerk, { ...f, cursor })) as { items: { id: number }[]; nextCursor: string | null })
      : await listCases(tdb.prisma, a.clerk, { ...f, cursor });
    ids.push(...page.items.map((x) => x.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('did not end');
}

describe('keyset pages', () => {
  it('walk every sort page by page in exactly the order of one sorted query, ties and missing due dates included', async () => {
    expect(await tdb.prisma.case.count({ where: { dueOn: null, status: { not: 'closed' } } })).toBeGreaterThan(1);
    for (const sort of ['due', 'received', 'newest'] as const)
      for (const [extra, where] of [
        [{}, {}],
        [{ status: 'active' }, { status: { not: 'closed' as const } }],
        [{ q: '补偿' }, {}],
      ] as const) {
        const expected = (
          await tdb.prisma.case.findMany({ where: { agencyId: a.clerk.agencyId, ...where }, orderBy: ORDER[sort], select: { id: true } })
        ).map((x) => x.id);
        expect(expected.length).toBeGreaterThan(5);
        for (const limit of [1, 2, 3, 50])
          for (const json of [false, true]) expect(await walk({ sort, limit, ...extra }, json), `${sort} ${limit}`).toEqual(expected);
      }
  });

  it('sends each case as it is now: the list item PostgreSQL keeps follows every change to the row', async () => {
    const f = { sort: 'due' as const, limit: 50 };
    const first = (await listCases(tdb.prisma, a.clerk, f)).items[0];
    await tdb.prisma.case.update({
      where: { id: first.id },
      data: { applicantName: '王"小\\二', dueOn: null, pendingReview: true, version: { increment: 1 } },
    });
    const json = JSON.parse(await listCasesJson(tdb.prisma, a.clerk, f)) as { items: unknown[] };
    expect(json.items).toEqual((await listCases(tdb.prisma, a.clerk, f)).items.map(apiItem));
    expect(json.items).toContainEqual(
      expect.objectContaining({ id: first.id, applicantName: '王"小\\二', dueOn: null, pendingReview: true }),
    );
  });

  it(`filters by 承办人: a clerk's number, "none" for unassigned, and anything else as no filter at all`, async () => {
    const ids = (where: Prisma.CaseWhereInput) =>
      tdb.prisma.case
        .findMany({ where: { agencyId: a.clerk.agencyId, ...where }, orderBy: { id: 'desc' }, select: { id: true } })
        .then((r) => r.map((x) => x.id));
    const some = await ids({});
    await tdb.prisma.case.updateMany({ where: { id: { in: some.slice(0, 3) } }, data: { assigneeId: a.clerk.userId } });
    await tdb.prisma.case.updateMany({ where: { id: { in: some.slice(3) } }, data: { assigneeId: null } });
    const listed = async (assignee: string) =>
      (await listCases(tdb.prisma, a.clerk, { sort: 'newest', limit: 200, assignee })).items.map((x) => x.id);
    expect(await listed(String(a.clerk.userId))).toEqual(some.slice(0, 3));
    expect(await listed('none')).toEqual(some.slice(3));
    for (const odd of ['1e3', '-1', '12345678901', 'x']) expect(await listed(odd), odd).toEqual(some);
  });

  it("reads every tab of the case list in an index's order, first page and later ones (no sort of the office's cases)", async () => {
    // With sorting priced out, a plan still sorts when no index gives the order: 全部案件 by due date
    // did, over every case of the office (~1.1 s at 200,000 cases) before case_by_agency_due_idx.
    const plans: string[] = [];
    for (const view of ['all', 'mine', 'review'] as const)
      for (const status of [undefined, 'active', 'closed'])
        for (const sort of ['due', 'received', 'newest'] as const) {
          const first = await listCases(tdb.prisma, a.clerk, { view, status, sort, limit: 2 });
          for (const cursor of [undefined, first.nextCursor ?? undefined, `|${first.items.at(-1)?.id ?? 1}`]) {
            for (const s of listStatements(a.clerk, { view, status, sort, cursor, limit: 2 })) {
              const statement = s.compile();
              const plan = await tdb.prisma.$transaction(async (tx) => {
                await tx.$executeRawUnsafe('SET LOCAL enable_sort = off');
                await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
                const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${statement.sql}`, ...statement.parameters);
                return rows.map((r) => r['QUERY PLAN']).join('\n');
              });
              plans.push(plan);
              // An Incremental Sort is allowed: the received-date index orders by date, ids within a day follow.
              expect(plan, `${view} ${status} ${sort} ${cursor}\n${plan}`).not.toMatch(/(^|->)\s*Sort\s+\(/m);
            }
          }
        }
    expect(plans.some((p) => p.includes('case_by_agency_due_idx'))).toBe(true);
  });

  it("reads the open-case and review queues from their partial indexes even in a prepared statement's generic plan", async () => {
    // A generic plan knows no parameter's value: a partial index (WHERE status <> 'closed', WHERE
    // pending_review) is usable only if the statement states its condition literally.
    const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
    for (const [f, index] of [
      [{ view: 'mine', status: 'active', sort: 'due' }, /case_open_by_(assignee|agency)_due_idx/],
      [{ view: 'all', status: 'active', sort: 'due' }, /case_open_by_agency_due_idx/],
      [{ view: 'review', sort: 'due' }, /case_review_queue_idx|Filter: pending_review\b/],
    ] as const) {
      const first = await listCases(tdb.prisma, a.clerk, { ...f, limit: 2 });
      for (const s of listStatements(a.clerk, { ...f, limit: 2, cursor: first.nextCursor ?? undefined })) {
        const { sql, parameters } = s.compile();
        const plan = await tdb.prisma.$transaction(async (tx) => {
          await tx.$executeRawUnsafe('SET LOCAL plan_cache_mode = force_generic_plan');
          await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
          await tx.$executeRawUnsafe(`PREPARE generic_list AS ${sql}`);
          const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
            `EXPLAIN EXECUTE generic_list(${parameters.map(literal).join(', ')})`,
          );
          await tx.$executeRawUnsafe('DEALLOCATE generic_list');
          return rows.map((r) => r['QUERY PLAN']).join('\n');
        });
        expect(plan, `${JSON.stringify(f)}\n${plan}`).toMatch(index);
        expect(plan).not.toMatch(/status <> \$|pending_review = \$/);
      }
    }
  });
});
