// The API's list (queues, search, filters) as JSON built by PostgreSQL: the hottest read there is,
// and on a 2-core server turning 50 rows into objects and back into JSON in Node cost more than
// the query. The body is the same JSON value listCases gives for the page (tests compare them).
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { hotQuery } from '@/lib/db/hot-query';
import { cursorAfter, listCases, pageQuery, type ListFilter } from './list-cases';

type Page = { items: string; n: number; id: number | null; received: string | null; due: string | null };

export async function listCasesJson(db: PrismaClient, actor: { userId: number; agencyId: number }, f: ListFilter): Promise<string> {
  if (f.where) {
    const { items, nextCursor } = await listCases(db, actor, f);
    return JSON.stringify({ items: items.map(apiItem), nextCursor });
  }
  const { where, order, limit, sort } = pageQuery(actor, f);
  // json_agg of a row is compact and cheaper than json_build_object per row (measured 0.35 vs 0.50
  // ms a query); dates come out as YYYY-MM-DD and enums as their names, as the API writes them.
  const [page] = await hotQuery<Page>(
    db,
    Prisma.sql`WITH q AS (
        SELECT row_number() OVER (ORDER BY ${order}) AS n, c.id, c.tracking_no, c.channel, c.status, c.received_on, c.due_on,
               c.due_provisional, c.applicant_name, c.applicant_kind, c.pending_review, c.version
        FROM disclosure_case c WHERE ${where} ORDER BY ${order} LIMIT ${limit + 1})
      SELECT (SELECT coalesce(json_agg(x), '[]')::text FROM (
                SELECT id, tracking_no AS "trackingNo", channel, status, received_on AS "receivedOn", due_on AS "dueOn",
                       due_provisional AS provisional, applicant_name AS "applicantName", applicant_kind AS "applicantKind",
                       pending_review AS "pendingReview", version
                FROM q WHERE n <= ${limit} ORDER BY n) x) AS items,
             (SELECT count(*)::int FROM q) AS n,
             l.id, to_char(l.received_on, 'YYYY-MM-DD') AS received, to_char(l.due_on, 'YYYY-MM-DD') AS due
      FROM (SELECT 1) one LEFT JOIN q l ON l.n = ${limit}`,
  );
  const next = page.n > limit && page.id !== null ? cursorAfter(sort, { id: page.id, receivedOn: page.received!, dueOn: page.due }) : null;
  return `{"items":${page.items},"nextCursor":${JSON.stringify(next)}}`;
}

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
