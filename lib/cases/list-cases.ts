// The case lists (queues, search, filters). Hand-written SQL on the hot path: keyset pages in index
// order, never OFFSET, so page 500 costs what page 1 does. A year-end cell's drill-down (a Prisma
// filter) selects the page's ids through Prisma, then shares the same row query.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { hotQuery, timedOut } from '@/lib/db/hot-query';
import { DomainError } from '@/lib/shared/errors';
import { isIsoDate } from '@/lib/shared/dates';
import { cleanQuery } from '@/lib/shared/text';
import { APPLICANT_KINDS, CHANNELS, STATUSES, type ApplicantKind, type CaseStatus, type Channel } from './labels';

export interface ListFilter {
  view?: 'mine' | 'review' | 'all';
  status?: string;
  channel?: string;
  kind?: string;
  topic?: string;
  disposition?: string;
  /** A user id, or 'none' for unassigned cases. */
  assignee?: string;
  receivedFrom?: string;
  receivedTo?: string;
  dueFrom?: string;
  dueBefore?: string;
  q?: string;
  sort?: 'due' | 'received' | 'newest';
  cursor?: string;
  limit?: number;
  /** A further condition, e.g. the cases behind a year-end table cell. */
  where?: Prisma.CaseWhereInput;
}

export interface ListItem {
  id: number;
  trackingNo: string;
  channel: Channel;
  status: CaseStatus;
  /** YYYY-MM-DD */
  receivedOn: string;
  dueOn: string | null;
  dueProvisional: boolean;
  applicantName: string;
  applicantKind: ApplicantKind;
  description: string;
  pendingReview: boolean;
  extensionDays: number;
  version: number;
  assignee: { name: string } | null;
}

const COLUMNS = Prisma.sql`SELECT c.id, c.tracking_no, c.channel::text, c.status::text, to_char(c.received_on, 'YYYY-MM-DD') AS received_on,
  to_char(c.due_on, 'YYYY-MM-DD') AS due_on, c.due_provisional, c.applicant_name,
  c.applicant_kind::text, left(c.description, 200) AS description, c.pending_review, c.extension_days, c.version, u.name AS assignee_name`;
const SELECT = Prisma.sql`${COLUMNS} FROM disclosure_case c LEFT JOIN app_user u ON u.id = c.assignee_id`;

type Raw = {
  id: number;
  tracking_no: string;
  channel: Channel;
  status: CaseStatus;
  received_on: string;
  due_on: string | null;
  due_provisional: boolean;
  applicant_name: string;
  applicant_kind: ApplicantKind;
  description: string;
  pending_review: boolean;
  extension_days: number;
  version: number;
  assignee_name: string | null;
};

const toItem = (r: Raw): ListItem => ({
  id: r.id,
  trackingNo: r.tracking_no,
  channel: r.channel,
  status: r.status,
  receivedOn: r.received_on,
  dueOn: r.due_on,
  dueProvisional: r.due_provisional,
  applicantName: r.applicant_name,
  applicantKind: r.applicant_kind,
  description: r.description,
  pendingReview: r.pending_review,
  extensionDays: r.extension_days,
  version: r.version,
  assignee: r.assignee_name === null ? null : { name: r.assignee_name },
});

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => '\\' + m);

/** Cursor "key|id": the sort key of the last row (date or empty for none) and its id. */
function parseCursor(c: string | undefined): { key: string | null; id: number } | null {
  const m = c ? /^(\d{4}-\d{2}-\d{2}|)\|(\d{1,9})$/.exec(c) : null;
  // A key that isn't a real date (2026-02-30) is no cursor: the first page, not a database error.
  return m && (!m[1] || isIsoDate(m[1])) ? { key: m[1] || null, id: Number(m[2]) } : null;
}

/**
 * How a search text is looked for: tracking numbers by prefix (a btree range); anything else as a
 * substring of the applicant's name or the description, two characters through the office-prefixed
 * bigram index, more through the trigram indexes (one character scans the office's cases).
 * Control characters (a NUL byte) can't be in any name or description; PostgreSQL refuses them.
 */
export function searchKind(q: string): 'tracking' | 'bigram' | 'substring' | null {
  if (!q) return null;
  if (/^[\d-]+$/.test(q)) return 'tracking';
  return [...q].length === 2 ? 'bigram' : 'substring';
}

/**
 * Whether a list's statements may be prepared. A substring search is planned for its text instead:
 * how common the text is decides whether the trigram indexes or the office's own index go first,
 * and a prepared statement's generic plan intersected the office's whole index every time (23 ms
 * at 256,000 cases, not 0.2).
 */
export const preparable = (f: ListFilter) => searchKind(cleanQuery(f.q, 100)) !== 'substring';

/**
 * How long a substring search may read. Its plan is the best for its text, but a text common in a
 * large office still has every match read and ordered (0.4–1.6 s at 256,000 cases, more in a larger
 * office); past this a clerk is asked for a narrower search rather than one request holding a
 * database core for everyone.
 */
export const SEARCH_TIMEOUT_MS = 3_000;
export const SEARCH_TOO_BROAD =
  '要查找的文字在本机关的案件中过于常见，未能在限定时间内查完。请输入更具体的文字，或加上收到日期、状态等筛选条件后再查。';

/** A substring search that ran out of time: bad input on `q` to the API (400). */
export class SearchTooBroadError extends DomainError {
  constructor() {
    super('invalid', SEARCH_TOO_BROAD, 'q');
  }
}

/** For a page that shows SEARCH_TOO_BROAD beside an empty list instead of failing (`.catch`). */
export function nullIfTooBroad(err: unknown): null {
  if (err instanceof SearchTooBroadError) return null;
  throw err;
}

/** A list statement, prepared unless it is a substring search (then bounded in time, see above). */
export async function runList<T>(db: PrismaClient, sql: Prisma.Sql, f: ListFilter): Promise<T[]> {
  if (preparable(f)) return hotQuery<T>(db, sql);
  try {
    return await hotQuery<T>(db, sql, { prepare: false, timeoutMs: SEARCH_TIMEOUT_MS });
  } catch (err) {
    throw timedOut(err) ? new SearchTooBroadError() : err;
  }
}

/** The WHERE of a filtered list (office first): shared by the page, its count and its export. */
export function filterConditions(actor: { userId: number; agencyId: number }, f: ListFilter): Prisma.Sql[] {
  const conds: Prisma.Sql[] = [Prisma.sql`c.agency_id = ${actor.agencyId}`];
  if (f.view === 'mine') conds.push(Prisma.sql`c.assignee_id = ${actor.userId}`);
  if (f.view === 'review') conds.push(Prisma.sql`c.pending_review`);
  if (f.status && (STATUSES as readonly string[]).includes(f.status)) conds.push(Prisma.sql`c.status = ${f.status}::"CaseStatus"`);
  else if (f.status === 'active') conds.push(Prisma.sql`c.status <> 'closed'`);
  if (f.channel && (CHANNELS as readonly string[]).includes(f.channel)) conds.push(Prisma.sql`c.channel = ${f.channel}::"Channel"`);
  if (f.kind && (APPLICANT_KINDS as readonly string[]).includes(f.kind))
    conds.push(Prisma.sql`c.applicant_kind = ${f.kind}::"ApplicantKind"`);
  if (f.topic) conds.push(Prisma.sql`c.topic = ${f.topic.slice(0, 50)}`);
  if (f.disposition) conds.push(Prisma.sql`c.disposition_code = ${f.disposition.slice(0, 60)}`);
  if (f.assignee === 'none') conds.push(Prisma.sql`c.assignee_id IS NULL`);
  else if (f.assignee && /^\d{1,9}$/.test(f.assignee)) conds.push(Prisma.sql`c.assignee_id = ${Number(f.assignee)}`);
  if (f.receivedFrom && isIsoDate(f.receivedFrom)) conds.push(Prisma.sql`c.received_on >= ${f.receivedFrom}::date`);
  if (f.receivedTo && isIsoDate(f.receivedTo)) conds.push(Prisma.sql`c.received_on <= ${f.receivedTo}::date`);
  if (f.dueFrom && isIsoDate(f.dueFrom)) conds.push(Prisma.sql`c.due_on >= ${f.dueFrom}::date`);
  if (f.dueBefore && isIsoDate(f.dueBefore)) conds.push(Prisma.sql`c.due_on <= ${f.dueBefore}::date`);
  const q = cleanQuery(f.q, 100);
  const kind = searchKind(q);
  if (kind === 'tracking') conds.push(Prisma.sql`c.tracking_no >= ${q} AND c.tracking_no < ${q + '\uffff'}`);
  else if (kind === 'bigram') {
    // The bigram tokens already carry the office, so the index answers exactly; keep the planner
    // from also reading the office's whole btree entry to intersect with it. The token goes in as
    // a subquery so the estimate doesn't depend on it: then the prepared statement's generic plan
    // (the same plan) is used, instead of planning anew for every search (0.38 vs 0.25 ms a query).
    conds[0] = Prisma.sql`c.agency_id + 0 = ${actor.agencyId}`;
    conds.push(Prisma.sql`c.search_bigrams @> (SELECT ARRAY[${`${actor.agencyId}:${q}`}]::text[])`);
  } else if (kind === 'substring')
    conds.push(Prisma.sql`(c.applicant_name LIKE ${'%' + likeEscape(q) + '%'} OR c.description LIKE ${'%' + likeEscape(q) + '%'})`);
  return conds;
}

/**
 * The keyset page of a filter without a drill-down: the rows it reads from (`from`, as `c`), its
 * WHERE, ORDER BY and page size.
 */
export function pageQuery(actor: { userId: number; agencyId: number }, f: ListFilter) {
  const limit = Math.min(Math.max(Number.isFinite(f.limit) ? Math.trunc(f.limit!) : 50, 1), 200);
  const sort = f.sort ?? 'due';
  const cur = parseCursor(f.cursor);
  const conds = filterConditions(actor, f);
  let from = Prisma.sql`disclosure_case c`;
  // Row comparisons, which an index can seek to: written as ORs they were filters, and page 101 of
  // the due-date list read the 5,000 rows before it (65 ms, not 0.2).
  if (cur) {
    if (sort === 'newest') conds.push(Prisma.sql`c.id < ${cur.id}`);
    else if (sort === 'received') conds.push(Prisma.sql`(c.received_on, c.id) < (${cur.key}::date, ${cur.id})`);
    else if (cur.key) {
      // Cases without a due date come after every dated one (NULLS LAST): a second branch, ordered
      // as the due-date index is, so the planner reads them from it. Ordered by id alone, it
      // counted closed cases (most have no due date) among them and walked the office's whole id
      // index for none (818 ms at 256,000 cases).
      const dated = Prisma.join([...conds, Prisma.sql`(c.due_on, c.id) > (${cur.key}::date, ${cur.id})`], ' AND ');
      const undated = Prisma.join([...conds, Prisma.sql`c.due_on IS NULL`], ' AND ');
      from = Prisma.sql`((SELECT c.* FROM disclosure_case c WHERE ${dated} ORDER BY c.due_on, c.id LIMIT ${limit + 1})
        UNION ALL (SELECT c.* FROM disclosure_case c WHERE ${undated} ORDER BY c.due_on, c.id LIMIT ${limit + 1})) c`;
      conds.length = 0;
    } else conds.push(Prisma.sql`(c.due_on IS NULL AND c.id > ${cur.id})`);
  }
  const order =
    sort === 'newest'
      ? Prisma.sql`c.id DESC`
      : sort === 'received'
        ? Prisma.sql`c.received_on DESC, c.id DESC`
        : Prisma.sql`c.due_on ASC NULLS LAST, c.id ASC`;
  const where = conds.length ? Prisma.join(conds, ' AND ') : Prisma.sql`TRUE`;
  return { from, where, order, limit, sort, cur };
}

/** The cursor after a page's last row: "key|id" with the sort's date (empty for none). */
export const cursorAfter = (sort: string, last: { id: number; receivedOn: string; dueOn: string | null }) =>
  `${sort === 'newest' ? '' : ((sort === 'received' ? last.receivedOn : last.dueOn) ?? '')}|${last.id}`;

/** The page's rows, in the page's order (and one row more, to know whether a next page exists). */
export const listStatement = (from: Prisma.Sql, where: Prisma.Sql, order: Prisma.Sql, limit: number) =>
  Prisma.sql`${COLUMNS} FROM ${from} LEFT JOIN app_user u ON u.id = c.assignee_id WHERE ${where} ORDER BY ${order} LIMIT ${limit + 1}`;

export async function listCases(
  db: PrismaClient,
  actor: { userId: number; agencyId: number },
  f: ListFilter,
): Promise<{ items: ListItem[]; nextCursor: string | null }> {
  const { from, where, order, limit, sort, cur } = pageQuery(actor, f);
  if (f.where) {
    // Drill-down from a table cell: Prisma picks the page's ids, the row query shapes them.
    const ids = await db.case.findMany({
      where: { AND: [f.where, { agencyId: actor.agencyId }] },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: limit + 1,
      ...(cur ? { cursor: { id: cur.id }, skip: 1 } : {}),
    });
    if (!ids.length) return { items: [], nextCursor: null };
    const sql = Prisma.sql`${SELECT} WHERE c.agency_id = ${actor.agencyId} AND c.id = ANY(${ids.map((x) => x.id)}::int[]) ORDER BY c.id`;
    const items = (await hotQuery<Raw>(db, sql)).map(toItem).slice(0, limit);
    return { items, nextCursor: ids.length > limit ? `|${items.at(-1)!.id}` : null };
  }
  const rows = (await runList<Raw>(db, listStatement(from, where, order, limit), f)).map(toItem);
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? cursorAfter(sort, items.at(-1)!) : null };
}

/** How many cases the filter finds, counted up to a cap (a list says "10000+" beyond it). */
export const COUNT_CAP = 10_000;
export async function countCases(db: PrismaClient, actor: { userId: number; agencyId: number }, f: ListFilter): Promise<number> {
  if (f.where) return db.case.count({ where: { AND: [f.where, { agencyId: actor.agencyId }] }, take: COUNT_CAP + 1 });
  const rows = await runList<{ n: number }>(
    db,
    Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM disclosure_case c WHERE ${Prisma.join(filterConditions(actor, f), ' AND ')} LIMIT ${COUNT_CAP + 1}) t`,
    f,
  );
  return rows[0].n;
}
