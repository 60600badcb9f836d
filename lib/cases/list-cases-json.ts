// The API's list (queues, search, filters) as JSON built by PostgreSQL: the hottest read there is,
// and on a 2-core server turning 50 rows into objects and back into JSON in Node cost more than
// the query. The body is the same JSON value listCases gives for the page (tests compare them).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { qb, sql } from '@/lib/db/kysely';
import { cursorAfter, listCases, listStatement, pageShape, runList, type ListFilter } from './list-cases';

export async function listCasesJson(db: PrismaClient, actor: { userId: number; agencyId: number }, f: ListFilter): Promise<string> {
  if (f.where) {
    const { items, nextCursor } = await listCases(db, actor, f);
    return JSON.stringify({ items: items.map(apiItem), nextCursor });
  }
  const { limit, sort, dated } = pageShape(f);
  // The page and one row more, each case's list item as PostgreSQL keeps it (migration
  // 20261201000000_list_items), joined as json_agg would join them; nothing else: building the
  // objects per request was most of PostgreSQL's time (0.24 vs 0.11 ms a page at 1 M cases), and
  // numbering the rows in a window to split off the extra one cost more than cutting it off here.
  const joined = async (undatedRows = 0) => {
    const [row] = await runList(db, f, (g) => listStatement(actor, g, asJsonArray, undatedRows));
    return row?.items ?? null;
  };
  let agg = await joined();
  // A page the dated cases leave short goes on with those without a due date (pageShape).
  const found = dated ? countItems(agg) : 0;
  if (dated && found <= limit) agg = joinArrays(agg, await joined(limit + 1 - found));
  const cut = firstItems(agg, limit);
  const next = cut.last ? cursorAfter(sort, JSON.parse(cut.last) as { id: number; receivedOn: string; dueOn: string | null }) : null;
  return `{"items":${cut.items},"nextCursor":${JSON.stringify(next)}}`;
}

/** The page's list items joined as json_agg would join them (one function: it keys the statement). */
const asJsonArray = (page: Parameters<Parameters<typeof listStatement>[2]>[0]) =>
  qb
    .selectFrom(page.select('c.list_item').as('x'))
    .select(sql<string | null>`'[' || string_agg(${sql.ref('x.list_item')}, ${SEP}) || ']'`.as('items'));

// json_agg writes its elements separated by ", \n " exactly, and a JSON value can hold a line
// break only escaped, so each raw line break is one boundary between elements.
const SEP = ', \n ';

/**
 * The first `limit` elements of a json_agg array (text) and, when more followed, the text of the
 * last one kept (for the cursor) — without parsing the page.
 */
export function firstItems(agg: string | null, limit: number): { items: string; last: string | null } {
  if (!agg) return { items: '[]', last: null };
  const starts = [1];
  for (let i = agg.indexOf(SEP); i !== -1 && starts.length <= limit; i = agg.indexOf(SEP, i + SEP.length)) starts.push(i + SEP.length);
  if (starts.length <= limit) return { items: agg, last: null };
  const cut = starts[limit] - SEP.length;
  return { items: agg.slice(0, cut) + ']', last: agg.slice(starts[limit - 1], cut) };
}

/** How many elements a json_agg array (text) holds. */
function countItems(agg: string | null): number {
  let n = agg ? 1 : 0;
  for (let i = agg ? agg.indexOf(SEP) : -1; i !== -1; i = agg!.indexOf(SEP, i + SEP.length)) n++;
  return n;
}

const joinArrays = (a: string | null, b: string | null) => (a && b ? `${a.slice(0, -1)}${SEP}${b.slice(1)}` : (a ?? b));

export const apiItem = (c: Awaited<ReturnType<typeof listCases>>['items'][number]) => ({
  id: c.id,
  trackingNo: c.trackingNo,
  channel: c.channel,
  status: c.status,
  receivedOn: c.receivedOn,
  dueOn: c.dueOn,
  provisional: c.dueProvisional,
  applicantName: c.applicantName,
  applicantKind: c.applicantKind,
  pendingReview: c.pendingReview,
  version: c.version,
});
