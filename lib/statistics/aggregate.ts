// The SQL side of the counting rules: a handful of GROUP BY queries over one agency and year,
// each served by an index. Which date decides which row is stated in counting-rules.ts.
import { expressionBuilder, type Compilable, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { DB } from '@/lib/db/kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { asDate, compiledOnce, countInt, countWhere, first, qb, rows, sql, type Slots } from '@/lib/db/kysely';

export interface Groups {
  received: { channel: string; kind: string; n: number }[];
  closed: { code: string | null; kind: string; onTime: boolean; extended: boolean; n: number }[];
  carriedIn: { kind: string; n: number }[];
  carriedOut: { kind: string; n: number }[];
  appeals: { kind: string; afterReview: boolean; outcome: string; n: number }[];
  complaints: number;
  feesYuan: number;
}

// Closed on time (within the original deadline, or no deadline applies), closed late after an
// approved extension, and otherwise closed late: the one definition the year table, the annual
// report's prose and 督办's "逾期办结" all count by (see RULES_TEXT in counting-rules.ts). Written
// with unqualified columns, so they apply to disclosure_case or to any subquery of its columns.
const cases = expressionBuilder<DB, 'disclosure_case'>();
export const ON_TIME = cases.or([cases('base_due_on', 'is', null), cases('closed_on', '<=', cases.ref('base_due_on'))]);
export const EXTENDED = cases.and([
  cases('extension_days', '>', 0),
  cases('base_due_on', 'is not', null),
  cases('closed_on', '>', cases.ref('base_due_on')),
]);
export const LATE = cases.and([cases.not(ON_TIME), cases.not(EXTENDED)]);

export async function aggregateYear(db: PrismaClient, agencyId: number, year: number): Promise<Groups> {
  return (await aggregateYearByAgency(db, [agencyId], year)).get(agencyId) ?? emptyGroups();
}

export const emptyGroups = (): Groups => ({
  received: [],
  closed: [],
  carriedIn: [],
  carriedOut: [],
  appeals: [],
  complaints: 0,
  feesYuan: 0,
});

/** The same groups for several agencies at once (a roll-up), one pass per table, split by agency. */
export async function aggregateYearByAgency(db: PrismaClient, agencyIds: number[], year: number): Promise<Map<number, Groups>> {
  return (await aggregateYearWith(db, agencyIds, year, EXTRAS_ONLY)).groups;
}

/** The year's appeals, complaints and fees: the small statement beside the counts. */
type Extras = ReturnType<typeof extrasStatement>;
type ExtrasRow = Extras extends SelectQueryBuilder<DB, never, infer R> ? R : never;
/** The values the small statement is bound to: the offices and the year's first and next first day. */
type Span = { agencies: number[]; from: string; to: string };

/**
 * The small statement beside the counts: the year's appeals, complaints and fees, and what `add`
 * selects beside them from `extra` values of its own. Compiled once, as the counts are.
 */
export function besideCounts<V extends Record<string, unknown>, R extends ExtrasRow>(
  extra: V,
  add: (q: Extras, s: Slots<Span & V>) => SelectQueryBuilder<DB, never, R>,
): (values: Span & V) => Compilable<R> {
  return compiledOnce({ agencies: [0], from: '', to: '', ...extra }, (s) => add(extrasStatement(s), s));
}

const EXTRAS_ONLY = besideCounts({}, (q) => q);

/**
 * The year's counts for one office or many, grouped three ways at once: received by channel and
 * kind, closed by disposition and kind, carried by kind. Compiled once per shape (compiledOnce): on
 * a cold server Kysely spent ~0.4 ms building this statement before it could be sent.
 */
function countsStatement(ofAgencies: Expression<SqlBool>, s: { from: Expression<string>; to: Expression<string> }) {
  const from = asDate(s.from);
  const to = asDate(s.to);
  // Every application the year touches, as three disjoint ranges each read from an index alone (see
  // migration 20261130000000_year_covering_indexes; requests to correct information, 更正, carry
  // their kind there and are counted outside table 三): received in the year; received before it and
  // still open; received before it and closed in or after it. Each count is a FILTER over those
  // rows, grouped by the enum columns themselves and cast to text after (casting every row first
  // cost ~4 %). The one-pass form over an OR of the ranges read the table's pages: ~6x slower.
  const range = (...conds: Expression<SqlBool>[]) =>
    qb
      .selectFrom('disclosure_case')
      .select(['agency_id', 'channel', 'applicant_kind', 'disposition_code', 'received_on', 'closed_on', 'base_due_on', 'extension_days'])
      .where(cases.and([ofAgencies, cases('request_kind', '=', 'application'), ...conds]));
  const touched = range(cases('received_on', '>=', from), cases('received_on', '<', to))
    .unionAll(range(cases('closed_on', 'is', null), cases('received_on', '<', from)))
    .unionAll(range(cases('closed_on', '>=', from), cases('received_on', '<', from)))
    .as('touched');
  const closedIn = cases.and([cases('closed_on', '>=', from), cases('closed_on', '<', to)]);
  // Grouping every count by all three columns gave a roll-up of 500 offices twice the rows (129,000
  // groups against ~60,000) to read and sum.
  const grouped = qb
    .selectFrom(touched)
    .select((eb) => [
      'agency_id as agency',
      sql<1 | 2 | 3>`GROUPING(${eb.ref('channel')}, ${eb.ref('disposition_code')})`.as('set'),
      'channel',
      'applicant_kind as kind',
      'disposition_code as code',
      countWhere(cases.and([cases('received_on', '>=', from), cases('received_on', '<', to)])).as('received'),
      countWhere(cases.and([closedIn, ON_TIME])).as('onTime'),
      countWhere(cases.and([closedIn, EXTENDED])).as('extended'),
      countWhere(cases.and([closedIn, LATE])).as('late'),
      countWhere(
        cases.and([cases('received_on', '<', from), cases.or([cases('closed_on', 'is', null), cases('closed_on', '>=', from)])]),
      ).as('carriedIn'),
      countWhere(cases.and([cases('received_on', '<', to), cases.or([cases('closed_on', 'is', null), cases('closed_on', '>=', to)])])).as(
        'carriedOut',
      ),
    ])
    .groupBy(
      (eb) =>
        sql`GROUPING SETS ((${eb.ref('agency_id')}, ${eb.ref('channel')}, ${eb.ref('applicant_kind')}), (${eb.ref('agency_id')}, ${eb.ref('applicant_kind')}, ${eb.ref('disposition_code')}), (${eb.ref('agency_id')}, ${eb.ref('applicant_kind')}))`,
    )
    .as('g');
  return qb
    .selectFrom(grouped)
    .select((eb) => ['agency', 'set', eb.cast<string>('channel', 'text').as('channel'), eb.cast<string>('kind', 'text').as('kind'), 'code'])
    .select(['received', 'onTime', 'extended', 'late', 'carriedIn', 'carriedOut']);
}

const OFFICE_COUNTS = compiledOnce({ from: '', to: '', agency: 0 }, (s) => countsStatement(cases('agency_id', '=', s.agency), s));
const OFFICES_COUNTS = compiledOnce({ from: '', to: '', agencies: [0] }, (s) =>
  countsStatement(cases('agency_id', '=', cases.fn.any(s.agencies)), s),
);

/**
 * The same groups, and in the small statement beside the counts whatever `beside` adds to it
 * (the year table's catalogue, manual figures and snapshot): the counts and everything else in two
 * statements at once, as the floor is read — a third round trip cost the table ~0.5 ms of ~18.
 */
export async function aggregateYearWith<R extends ExtrasRow>(
  db: PrismaClient,
  agencyIds: number[],
  year: number,
  beside: (span: Span) => Compilable<R>,
): Promise<{ groups: Map<number, Groups>; beside: R }> {
  const span = { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  // The counts, the long part, are sent first; the small statement is built while they run. Not
  // prepared: the plan made for the actual dates and offices (custom) ran ~17 ms for one office at
  // 1 M cases where the cached generic plan ran ~24 ms; planning costs far less.
  const counting = rows(
    db,
    agencyIds.length === 1 ? OFFICE_COUNTS({ ...span, agency: agencyIds[0] }) : OFFICES_COUNTS({ ...span, agencies: agencyIds }),
    { prepare: false },
  );
  // Appeals, complaints and fees, and what `beside` adds, in one small statement.
  const [main, small] = await Promise.all([counting, first(db, beside({ ...span, agencies: agencyIds }))]);
  const out = new Map<number, Groups>(agencyIds.map((id) => [id, emptyGroups()]));
  // set is GROUPING(channel, disposition_code): 1 = by channel, 2 = by disposition, 3 = by kind alone.
  for (const r of main) {
    const g = out.get(r.agency);
    if (!g) continue;
    if (r.set === 1) {
      if (r.received) g.received.push({ channel: r.channel, kind: r.kind, n: r.received });
    } else if (r.set === 2) {
      if (r.onTime) g.closed.push({ code: r.code, kind: r.kind, onTime: true, extended: false, n: r.onTime });
      if (r.extended) g.closed.push({ code: r.code, kind: r.kind, onTime: false, extended: true, n: r.extended });
      if (r.late) g.closed.push({ code: r.code, kind: r.kind, onTime: false, extended: false, n: r.late });
    } else {
      if (r.carriedIn) g.carriedIn.push({ kind: r.kind, n: r.carriedIn });
      if (r.carriedOut) g.carriedOut.push({ kind: r.kind, n: r.carriedOut });
    }
  }
  const { appeals, complaints, fees } = small!;
  for (const { agency, ...a } of appeals) out.get(agency)?.appeals.push(a);
  for (const r of complaints) if (out.has(r.agency)) out.get(r.agency)!.complaints = r.n;
  for (const r of fees) if (out.has(r.agency)) out.get(r.agency)!.feesYuan = Number(r.sum ?? 0);
  return { groups: out, beside: small! };
}

// Appeals, complaints and fees: three small reads in one statement (each a statement of its own
// cost the year table more in round trips than they cost PostgreSQL).
function extrasStatement(s: Slots<Span>) {
  const from = asDate(s.from);
  const to = asDate(s.to);
  return qb.selectNoFrom(() => [
    jsonArrayFrom(
      qb
        .selectFrom('appeal')
        .select(['agency_id as agency', 'kind', 'after_review as afterReview', 'outcome', countInt().as('n')])
        .where((eb) => eb.and([eb('agency_id', '=', eb.fn.any(s.agencies)), eb('filed_on', '>=', from), eb('filed_on', '<', to)]))
        .groupBy(['agency_id', 'kind', 'after_review', 'outcome']),
    ).as('appeals'),
    jsonArrayFrom(
      qb
        .selectFrom('complaint')
        .select(['agency_id as agency', countInt().as('n')])
        .where((eb) => eb.and([eb('agency_id', '=', eb.fn.any(s.agencies)), eb('received_on', '>=', from), eb('received_on', '<', to)]))
        .groupBy('agency_id'),
    ).as('complaints'),
    jsonArrayFrom(
      qb
        .selectFrom('disclosure_case')
        .select((eb) => ['agency_id as agency', eb.cast<string | null>(eb.fn.sum('fee_yuan'), 'text').as('sum')])
        .where((eb) => eb.and([eb('agency_id', '=', eb.fn.any(s.agencies)), eb('fee_paid_on', '>=', from), eb('fee_paid_on', '<', to)]))
        .groupBy('agency_id'),
    ).as('fees'),
  ]);
}
