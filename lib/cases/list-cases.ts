// The case lists (queues, search, filters). Kysely on the hot path: keyset pages in index
// order, never OFFSET, so page 500 costs what page 1 does. A year-end cell's drill-down (a Prisma
// filter) selects the page's ids through Prisma, then shares the same row query.
import {
  expressionBuilder,
  type Compilable,
  type Expression,
  type InferResult,
  type Selectable,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { DB } from '@/lib/db/kysely';
import { asDate, compiledOnce, countInt, isoDate, qb, rows, sql, timedOut, type Slots } from '@/lib/db/kysely';
import { DomainError } from '@/lib/shared/errors';
import { isIsoDate } from '@/lib/shared/dates';
import { cleanQuery } from '@/lib/shared/text';
import { isOpen } from './open-case';
import { caseScope, caseWhere, routedTo } from './case-scope';
import type { Role } from '@/lib/auth/permissions';
import { APPLICANT_KINDS, CHANNELS, STATUSES, type ApplicantKind, type CaseStatus, type Channel } from './labels';
import { idFromAddress } from '@/lib/shared/id-from-address';
import { parseCursor } from './parse-cursor';

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
  /** Set by runList only: a substring search's trigram-first, prepared attempt (see there). */
  trigramFirst?: boolean;
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

/** The page's columns, from a page of cases (`c`) with its assignee (`u`). */
const listColumns = (q: SelectQueryBuilder<DB & { c: Selectable<DB['disclosure_case']> }, 'c', object>) =>
  q
    .leftJoin('app_user as u', 'u.id', 'c.assignee_id')
    .select(['c.id', 'c.tracking_no', 'c.channel', 'c.status'])
    .select((eb) => [
      isoDate(eb.ref('c.received_on')).as('received_on'),
      isoDate(eb.ref('c.due_on')).as('due_on'),
      'c.due_provisional',
      'c.applicant_name',
      'c.applicant_kind',
      eb.fn<string>('left', ['c.description', eb.lit(200)]).as('description'),
      'c.pending_review',
      'c.extension_days',
      'c.version',
      'u.name as assignee_name',
    ]);

type Row = InferResult<ReturnType<typeof listColumns>>[number];

const toItem = (r: Row): ListItem => ({
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
class SearchTooBroadError extends DomainError {
  constructor() {
    super('invalid', SEARCH_TOO_BROAD, 'q');
  }
}

/** For a page that shows SEARCH_TOO_BROAD beside an empty list instead of failing (`.catch`). */
export function nullIfTooBroad(err: unknown): null {
  if (err instanceof SearchTooBroadError) return null;
  throw err;
}

/**
 * How long a substring search's first, prepared attempt may read: the trigram indexes first, the
 * office checked on their matches. A name or a rare phrase is answered so in well under this, and
 * with no planning (planning a condition on the trigram indexes reads their statistics: the search
 * ran at ~54 % of the trivial route, the queues at 62–68 %). A text common in the office makes
 * that plan read every match; PostgreSQL stops it here and the search is planned for its text
 * (such a search answers ~0.1 s later than it would planned at once).
 */
const TRIGRAM_FIRST_MS = 100;

/**
 * A list statement from `build`, prepared — except a substring search, which is tried the
 * trigram-first way (prepared, stopped at TRIGRAM_FIRST_MS) and then planned for its text (bounded
 * by SEARCH_TIMEOUT_MS, see above).
 */
export async function runList<O>(db: PrismaClient, f: ListFilter, build: (f: ListFilter) => Compilable<O>): Promise<O[]> {
  if (preparable(f)) return rows(db, build(f));
  try {
    return await rows(db, build({ ...f, trigramFirst: true }), { timeoutMs: TRIGRAM_FIRST_MS });
  } catch (err) {
    if (!timedOut(err)) throw err;
  }
  try {
    return await rows(db, build(f), { prepare: false, timeoutMs: SEARCH_TIMEOUT_MS });
  } catch (err) {
    throw timedOut(err) ? new SearchTooBroadError() : err;
  }
}

const eb = expressionBuilder<DB & { c: DB['disclosure_case'] }, 'c'>();
type Condition = Expression<SqlBool>;

/** The actor's cases as a Prisma filter (the office's; a handler's, only those routed to them). */
const scopeWhere = (actor: ListActor) => caseWhere(caseScope({ ...actor, role: actor.role ?? 'clerk' }));

/** Who lists: a handler's lists hold only the cases routed to their department (case-scope.ts). */
export interface ListActor {
  userId: number;
  agencyId: number;
  role?: Role;
  departmentId?: number | null;
}

/**
 * A filter split in two: the shape of its statement (which conditions, which order, which search)
 * and the values the statement compares with. The API's lists build their statement once per shape
 * and bind each request's values (`listStatement`): building and compiling it per request was
 * ~5 % of the API list's server time.
 */
function listPlan(actor: ListActor, f: ListFilter, undatedRows = 0) {
  const q = cleanQuery(f.q, 100);
  const search = searchKind(q);
  const assignee = f.assignee === 'none' ? null : idFromAddress(f.assignee);
  const { limit, sort, cur } = pageShape(f);
  const date = (d: string | undefined) => Boolean(d && isIsoDate(d));
  const shape = {
    handler: actor.role === 'handler',
    view: f.view ?? 'all',
    status: f.status && (STATUSES as readonly string[]).includes(f.status) ? 'one' : f.status === 'active' ? 'active' : null,
    channel: Boolean(f.channel && (CHANNELS as readonly string[]).includes(f.channel)),
    kind: Boolean(f.kind && (APPLICANT_KINDS as readonly string[]).includes(f.kind)),
    topic: Boolean(f.topic),
    disposition: Boolean(f.disposition),
    assignee: f.assignee === 'none' ? 'none' : assignee !== null ? 'one' : null,
    receivedFrom: date(f.receivedFrom),
    receivedTo: date(f.receivedTo),
    dueFrom: date(f.dueFrom),
    dueBefore: date(f.dueBefore),
    search,
    trigramFirst: Boolean(f.trigramFirst),
    sort,
    after: !cur ? null : sort === 'newest' ? 'id' : sort === 'received' ? 'received' : cur.key ? 'due' : 'undated',
  } as const;
  const values = {
    agency: actor.agencyId,
    department: actor.departmentId ?? -1,
    user: actor.userId,
    status: (f.status ?? '') as CaseStatus,
    channel: (f.channel ?? '') as Channel,
    kind: (f.kind ?? '') as ApplicantKind,
    topic: (f.topic ?? '').slice(0, 50),
    disposition: (f.disposition ?? '').slice(0, 60),
    assignee: assignee ?? 0,
    receivedFrom: f.receivedFrom ?? '',
    receivedTo: f.receivedTo ?? '',
    dueFrom: f.dueFrom ?? '',
    dueBefore: f.dueBefore ?? '',
    trackingFrom: q,
    trackingTo: q + '\uffff',
    bigram: `${actor.agencyId}:${q}`,
    like: '%' + likeEscape(q) + '%',
    afterKey: cur?.key ?? null,
    afterId: cur?.id ?? 0,
    rows: limit + 1,
    undatedRows,
  };
  return { shape, values };
}
type ListShape = ReturnType<typeof listPlan>['shape'];
type ListValues = ReturnType<typeof listPlan>['values'];

/** Each value as a parameter of the statement (a statement built for one filter only). */
const asParameters = (values: ListValues) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, sql`${v}`])) as Slots<ListValues>;

/** The WHERE of a filtered list (office first): shared by the page, its count and its export. */
export function filterConditions(actor: ListActor, f: ListFilter): Condition[] {
  const { shape, values } = listPlan(actor, f);
  return conditionsOf(shape, asParameters(values));
}

function conditionsOf(s: ListShape, v: Slots<ListValues>): Condition[] {
  const conds: Condition[] = [eb('c.agency_id', '=', v.agency)];
  if (s.handler) conds.push(routedTo(eb, v.department));
  if (s.view === 'mine') conds.push(eb('c.assignee_id', '=', v.user));
  // The review queue's partial index says WHERE pending_review: stated as that, not compared with a
  // parameter (see open-case.ts for why).
  if (s.view === 'review') conds.push(eb.ref('c.pending_review'));
  if (s.status === 'one') conds.push(eb('c.status', '=', v.status));
  else if (s.status === 'active') conds.push(isOpen(eb.ref('c.status')));
  if (s.channel) conds.push(eb('c.channel', '=', v.channel));
  if (s.kind) conds.push(eb('c.applicant_kind', '=', v.kind));
  if (s.topic) conds.push(eb('c.topic', '=', v.topic));
  if (s.disposition) conds.push(eb('c.disposition_code', '=', v.disposition));
  if (s.assignee === 'none') conds.push(eb('c.assignee_id', 'is', null));
  else if (s.assignee === 'one') conds.push(eb('c.assignee_id', '=', v.assignee));
  if (s.receivedFrom) conds.push(eb('c.received_on', '>=', asDate(v.receivedFrom)));
  if (s.receivedTo) conds.push(eb('c.received_on', '<=', asDate(v.receivedTo)));
  if (s.dueFrom) conds.push(eb('c.due_on', '>=', asDate(v.dueFrom)));
  if (s.dueBefore) conds.push(eb('c.due_on', '<=', asDate(v.dueBefore)));
  if (s.search === 'tracking') conds.push(eb.and([eb('c.tracking_no', '>=', v.trackingFrom), eb('c.tracking_no', '<', v.trackingTo)]));
  else if (s.search === 'bigram') {
    // The bigram tokens already carry the office, so the index answers exactly; keep the planner
    // from also reading the office's whole btree entry to intersect with it. The token goes in as
    // a subquery so the estimate doesn't depend on it: then the prepared statement's generic plan
    // (the same plan) is used, instead of planning anew for every search (0.38 vs 0.25 ms a query).
    conds[0] = eb(eb('c.agency_id', '+', 0), '=', v.agency);
    conds.push(eb('c.search_bigrams', '@>', sql<string[]>`(SELECT ARRAY[${v.bigram}]::text[])`));
  } else if (s.search === 'substring') {
    // Trigram-first (runList): the office as a check on the matches, so no plan can start from it.
    if (s.trigramFirst) conds[0] = eb(eb('c.agency_id', '+', 0), '=', v.agency);
    conds.push(eb.or([eb('c.applicant_name', 'like', v.like), eb('c.description', 'like', v.like)]));
  }
  return conds;
}

/**
 * A page's size, order and place, read from the filter without building its statement.
 * `dated`: after a dated cursor of the due-date list come the rest of the dated cases and then
 * those without a due date (NULLS LAST). The page reads the dated ones (a range of the due-date
 * index, the first page's plan); only a page they leave short reads the undated ones, by id. One
 * statement with both as a UNION ALL cost page 2 a tenth of its throughput over page 1.
 */
export function pageShape(f: ListFilter) {
  const limit = Math.min(Math.max(Number.isFinite(f.limit) ? Math.trunc(f.limit!) : 50, 1), 200);
  const sort = f.sort ?? 'due';
  const cur = parseCursor(f.cursor);
  return { limit, sort, cur, dated: Boolean(cur?.key) && sort === 'due' };
}

/**
 * The keyset page of a filter without a drill-down: its cases (as `c`, in the page's order, one row
 * more than the page, to know whether a next page exists) and, after a dated cursor, the undated
 * cases that follow the dated ones.
 */
function statementsOf(s: ListShape, v: Slots<ListValues>) {
  const conds = conditionsOf(s, v);
  const cases = (where: Condition[]) => qb.selectFrom('disclosure_case as c').selectAll('c').where(eb.and(where));
  // Row comparisons, which an index can seek to: written as ORs they were filters, and page 101
  // of the due-date list read the 5,000 rows before it (65 ms, not 0.2).
  const seek: Condition | null =
    s.after === 'id'
      ? eb('c.id', '<', v.afterId)
      : s.after === 'received'
        ? eb(eb.refTuple('c.received_on', 'c.id'), '<', eb.tuple(asDate(v.afterKey), v.afterId))
        : s.after === 'due'
          ? eb(eb.refTuple('c.due_on', 'c.id'), '>', eb.tuple(asDate(v.afterKey), v.afterId))
          : s.after === 'undated'
            ? eb.and([eb('c.due_on', 'is', null), eb('c.id', '>', v.afterId)])
            : null;
  // A plain subquery: PostgreSQL folds it into the outer query, so the plan is the table's own.
  const page = qb.selectFrom(cases(seek ? [...conds, seek] : conds).as('c')).limit(v.rows);
  const ordered =
    s.sort === 'newest'
      ? page.orderBy('c.id', 'desc')
      : s.sort === 'received'
        ? page.orderBy('c.received_on', 'desc').orderBy('c.id', 'desc')
        : page.orderBy('c.due_on', (o) => o.asc().nullsLast()).orderBy('c.id', 'asc');
  // Ordered as the due-date index is (due_on, id), so the planner reads them from it. Ordered by id
  // alone, it counted closed cases (most have no due date) among them and walked the office's
  // whole id index for none (818 ms at 256,000 cases).
  const undated = qb
    .selectFrom(cases([...conds, eb('c.due_on', 'is', null)]).as('c'))
    .orderBy('c.due_on')
    .orderBy('c.id')
    .limit(v.undatedRows);
  return { page: ordered, undated };
}
type PageStatement = ReturnType<typeof statementsOf>['page'];

/** A filter's page statement (and, after a dated cursor, its undated rest) for this filter alone. */
export function pageQuery(actor: ListActor, f: ListFilter) {
  const { limit, sort, cur, dated } = pageShape(f);
  const { shape, values } = listPlan(actor, f);
  const { page } = statementsOf(shape, asParameters(values));
  const undated = dated ? (n: number) => statementsOf(shape, asParameters({ ...values, undatedRows: n })).undated : null;
  return { page, limit, sort, cur, undated };
}

// Statements compiled once per shape of filter, for each way a caller wraps the page (`wrap` is
// one function for the process, so it keys them). Shapes are a few hundred at most; the cap only
// keeps a bug from growing the map.
const MAX_SHAPES = 500;
const byWrap = new WeakMap<object, Map<string, (v: ListValues) => Compilable<unknown>>>();

/**
 * The statement of a filter's page (`undatedRows` > 0: of the undated cases after a dated page)
 * wrapped by `wrap`, built and compiled once per shape of filter and bound to this filter's values.
 */
export function listStatement<O>(
  actor: ListActor,
  f: ListFilter,
  wrap: (page: PageStatement) => Compilable<O>,
  undatedRows = 0,
): Compilable<O> {
  const { shape, values } = listPlan(actor, f, undatedRows);
  let shapes = byWrap.get(wrap);
  if (!shapes) byWrap.set(wrap, (shapes = new Map()));
  const key = `${undatedRows > 0 ? 'undated' : 'page'}:${JSON.stringify(shape)}`;
  let bind = shapes.get(key);
  if (!bind) {
    bind = compiledOnce(values, (v) => {
      const s = statementsOf(shape, v);
      return wrap(undatedRows > 0 ? s.undated : s.page);
    });
    if (shapes.size < MAX_SHAPES) shapes.set(key, bind);
  }
  return bind(values) as Compilable<O>;
}

/** The cursor after a page's last row: "key|id" with the sort's date (empty for none). */
export const cursorAfter = (sort: string, last: { id: number; receivedOn: string; dueOn: string | null }) =>
  `${sort === 'newest' ? '' : ((sort === 'received' ? last.receivedOn : last.dueOn) ?? '')}|${last.id}`;

/** The statements of a filter's page, in the page's order: its rows, and then any undated ones. */
export function listStatements(actor: ListActor, f: ListFilter) {
  const { page, limit, undated } = pageQuery(actor, f);
  return [listColumns(page), ...(undated ? [listColumns(undated(limit + 1))] : [])];
}

export async function listCases(
  db: PrismaClient,
  actor: ListActor,
  f: ListFilter,
): Promise<{ items: ListItem[]; nextCursor: string | null }> {
  const { limit, sort, cur, dated } = pageShape(f);
  if (f.where) {
    // Drill-down from a table cell: Prisma picks the page's ids, the row query shapes them.
    const ids = await db.case.findMany({
      where: { AND: [f.where, scopeWhere(actor)] },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: limit + 1,
      ...(cur ? { cursor: { id: cur.id }, skip: 1 } : {}),
    });
    if (!ids.length) return { items: [], nextCursor: null };
    const picked = qb
      .selectFrom('disclosure_case as c')
      .selectAll('c')
      .where('c.agency_id', '=', actor.agencyId)
      .where('c.id', '=', (e) => e.fn.any(e.val(ids.map((x) => x.id))))
      .as('c');
    const items = (await rows(db, listColumns(qb.selectFrom(picked).orderBy('c.id')))).map(toItem).slice(0, limit);
    return { items, nextCursor: ids.length > limit ? `|${items.at(-1)!.id}` : null };
  }
  // runList builds the statement for the filter it tries (see there), so each is built from that filter.
  const found = await runList(db, f, (g) => listStatement(actor, g, listColumns));
  if (dated && found.length <= limit) {
    const more = limit + 1 - found.length;
    found.push(...(await runList(db, f, (g) => listStatement(actor, g, listColumns, more))));
  }
  return pageOf(found.map(toItem), limit, sort);
}

const pageOf = (found: ListItem[], limit: number, sort: string) => {
  const items = found.slice(0, limit);
  return { items, nextCursor: found.length > limit ? cursorAfter(sort, items.at(-1)!) : null };
};

/** How many cases the filter finds, counted up to a cap (a list says "10000+" beyond it). */
export const COUNT_CAP = 10_000;
export async function countCases(db: PrismaClient, actor: ListActor, f: ListFilter): Promise<number> {
  if (f.where) return db.case.count({ where: { AND: [f.where, scopeWhere(actor)] }, take: COUNT_CAP + 1 });
  const capped = (g: ListFilter) =>
    qb
      .selectFrom('disclosure_case as c')
      .select(sql<number>`1`.as('one'))
      .where(eb.and(filterConditions(actor, g)))
      .limit(COUNT_CAP + 1)
      .as('t');
  const [r] = await runList(db, f, (g) => qb.selectFrom(capped(g)).select(countInt().as('n')));
  return r.n;
}
