// A case with its office, assignee, disposition and timeline in one statement. Prisma's include
// issues six (the case, then each relation, then the events' actors) and, measured at 1 M cases on
// a case with 50 events, spent 2.8 ms of Node CPU on them against 0.26 ms for this one query — the
// largest single cost of the case page. The result has exactly the shape Prisma would give (the
// field tables below are typed against the models, and an integration test compares the two).
import type { Expression, InferResult } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { Prisma, type Agency, type Case, type CaseEvent, type Disposition } from '@/lib/generated/prisma/client';
import { first, qb, sql, type Runner } from '@/lib/db/kysely';
import { routedTo, type CaseScope } from './case-scope';
import { papersColumns, papersOf, type CasePapers } from './case-papers';

type Kind = 'value' | 'date' | 'decimal' | 'bigint';
type Fields<M> = { [K in keyof M]: Kind | [Kind, string] };

const CASE: Fields<Case> = {
  id: 'value',
  agencyId: 'value',
  trackingNo: 'value',
  year: 'value',
  channel: 'value',
  submittedOn: 'date',
  arrivedOn: 'date',
  confirmedOn: 'date',
  receivedOn: 'date',
  regime: 'value',
  applicantKind: 'value',
  applicantName: 'value',
  idType: 'value',
  idNumber: 'value',
  phone: 'value',
  email: 'value',
  address: 'value',
  postcode: 'value',
  orgCode: 'value',
  contactPerson: 'value',
  description: 'value',
  formWanted: 'value',
  deliveryWanted: 'value',
  topic: 'value',
  status: 'value',
  pendingReview: 'value',
  assigneeId: 'value',
  createdById: 'value',
  dueOn: 'date',
  baseDueOn: 'date',
  dueProvisional: 'value',
  extensionDays: 'value',
  customDueOn: 'date',
  dispositionCode: 'value',
  reply: 'value',
  deliveredOn: 'date',
  closedOn: 'date',
  feeYuan: 'decimal',
  feePaidOn: 'date',
  version: 'value',
  searchBigrams: 'value',
  listItem: 'value',
  importHash: 'value',
  suggestPublish: 'value',
  requestKind: 'value',
  createdAt: 'date',
  updatedAt: 'date',
};
const AGENCY: Fields<Agency> = {
  id: 'value',
  parentId: 'value',
  name: 'value',
  shortName: 'value',
  address: 'value',
  postcode: 'value',
  phone: 'value',
  email: 'value',
  reviewBody: 'value',
  level: 'value',
  parentName: 'value',
  court: 'value',
  feePayment: 'value',
  routeWorkdays: 'value',
  signoffRequired: 'value',
  createdAt: 'date',
};
const DISPOSITION: Fields<Disposition> = {
  code: 'value',
  label: 'value',
  article: 'value',
  cell2017: ['value', 'cell_2017'],
  cell2021: ['value', 'cell_2021'],
  sort: 'value',
  active: 'value',
  reviewFirst: 'value',
};
const EVENT: Fields<CaseEvent> = {
  id: 'bigint',
  caseId: 'value',
  type: 'value',
  on: 'date',
  at: 'date',
  actorId: 'value',
  data: 'value',
};

const column = (field: string) => field.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
type Plan = [field: string, column: string, kind: Kind][];
const plan = <M>(fields: Fields<M>): Plan =>
  (Object.entries(fields) as [string, Kind | [Kind, string]][]).map(([f, spec]) =>
    Array.isArray(spec) ? [f, spec[1], spec[0]] : [f, column(f), spec],
  );
const CASE_PLAN = plan(CASE);
const AGENCY_PLAN = plan(AGENCY);
const DISPOSITION_PLAN = plan(DISPOSITION);
const EVENT_PLAN = plan(EVENT);

/** A model from its row as PostgreSQL's row_to_json wrote it (snake_case keys, dates as text). */
function model<M>(fields: Plan, json: Record<string, unknown>): M {
  const out: Record<string, unknown> = {};
  for (const [field, col, kind] of fields) {
    const v = json[col];
    if (v === undefined) throw new Error(`read-case-row: column ${col} missing`);
    out[field] =
      v === null || kind === 'value'
        ? v
        : kind === 'date'
          ? new Date(v as string)
          : kind === 'decimal'
            ? new Prisma.Decimal(v as number)
            : BigInt(v as number);
  }
  return out as M;
}

export type CaseWithTimeline = Case & {
  agency: Agency;
  assignee: { id: number; name: string } | null;
  disposition: Disposition | null;
  events: (CaseEvent & { actor: { name: string; login: string } | null })[];
};

/**
 * The case `id` of office `agencyId` with its relations, or null. In a transaction, pass `tx`.
 * With `papers`, its letters and files come in the same statement (the case page).
 */
/** A table's row as one JSON object (snake_case keys, dates as text), read back by `model`. */
const rowJson = (e: Expression<unknown>) => sql<Record<string, unknown>>`row_to_json(${e})`;

const caseStatement = (id: number, { agencyId, departmentId }: CaseScope) =>
  qb
    .selectFrom('disclosure_case as c')
    .innerJoin('agency as a', 'a.id', 'c.agency_id')
    .leftJoin('disposition as d', 'd.code', 'c.disposition_code')
    // row_to_json, and each event as [row, actor's name, login]: to_jsonb and an object per event
    // cost PostgreSQL ~50 % more (0.28 vs 0.43 ms for 50 events).
    .select((eb) => [
      rowJson(eb.table('c')).as('c'),
      rowJson(eb.table('a')).as('a'),
      sql<Record<string, unknown> | null>`row_to_json(${eb.table('d')})`.as('d'),
      jsonObjectFrom(eb.selectFrom('app_user as u').select(['u.id', 'u.name']).whereRef('u.id', '=', 'c.assignee_id')).as('assignee'),
      eb
        .selectFrom('case_event as e')
        .leftJoin('app_user as u', 'u.id', 'e.actor_id')
        .select((x) =>
          sql<
            [Record<string, unknown>, string | null, string | null][]
          >`coalesce(json_agg(json_build_array(row_to_json(${x.table('e')}), ${x.ref('u.name')}, ${x.ref('u.login')}) ORDER BY ${x.ref('e.id')}), '[]')`.as(
            'events',
          ),
        )
        .whereRef('e.case_id', '=', 'c.id')
        .$asScalar()
        .as('events'),
    ])
    .where('c.id', '=', id)
    .where('c.agency_id', '=', agencyId)
    .$if(departmentId !== null, (q) => q.where((eb) => routedTo(eb, departmentId!)));

/**
 * The case `id` of office `agencyId` with its relations, or null. In a transaction, pass `tx`.
 * With `papers`, its letters and files come in the same statement (the case page).
 */
export async function readCaseRow(
  db: Runner,
  id: number,
  scope: number | CaseScope,
  { papers = false } = {},
): Promise<(CaseWithTimeline & { papers?: CasePapers }) | null> {
  const base = caseStatement(id, typeof scope === 'number' ? { agencyId: scope, departmentId: null } : scope);
  if (!papers) {
    const found = await first(db, base);
    return found ? withTimeline(found) : null;
  }
  const found = await first(
    db,
    base.select((eb) => papersColumns(eb.ref('c.id'), eb.ref('c.agency_id'))),
  );
  return found ? { ...withTimeline(found), papers: papersOf(found) } : null;
}

/** The models from the row. */
function withTimeline({ c, a, d, assignee, events }: InferResult<ReturnType<typeof caseStatement>>[number]): CaseWithTimeline {
  return {
    ...model<Case>(CASE_PLAN, c),
    agency: model<Agency>(AGENCY_PLAN, a),
    assignee,
    disposition: d ? model<Disposition>(DISPOSITION_PLAN, d) : null,
    events: events.map(([e, name, login]) => ({
      ...model<CaseEvent>(EVENT_PLAN, e),
      actor: login === null ? null : { name: name!, login },
    })),
  };
}
