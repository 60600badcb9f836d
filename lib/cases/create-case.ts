// Intake: validates, computes the deadline, and writes the case with its first events (registered,
// receipt issued) in ONE statement, numbering included — so the counter's row lock is held for
// one statement only and hundreds of intakes a second can queue on it.
import { forgetDerived } from '@/lib/statistics/derived-cache';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { asDate, compiledOnce, isoDate, qb, rows, sql } from '@/lib/db/kysely';
import type { ApplicantKind, CaseStatus, Channel, RequestKind } from '@/lib/generated/kysely/enums';
import { fromDate, toDate, yearOf } from '@/lib/shared/dates';
import { can, type Role } from '@/lib/auth/permissions';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { regimeFor } from '@/lib/deadlines/compute-deadlines';
import { deadlinesOf, initialState } from './case-state';
import { derivedColumns } from './row';
import { deliveryForChannel, TRACKING_SERIES } from './labels';
import { intakeSchema, receiptDateOf } from './schema';
import { bumpCounter, trackingNo, trackingPrefix } from './tracking-number';

export interface Creator {
  userId: number | null;
  agencyId: number;
  role: string;
}

/**
 * The values of one intake's statement, every one a parameter so its text never changes: the
 * case's columns by their own names (spread into the insert), then the counter's series, the
 * tracking number's prefix and the first event's data.
 */
const intakeValues = {
  agency_id: 0,
  year: 0,
  request_kind: 'application' as RequestKind,
  channel: 'letter' as Channel,
  submitted_on: null as string | null,
  arrived_on: null as string | null,
  confirmed_on: null as string | null,
  received_on: '',
  regime: '',
  applicant_kind: 'natural' as ApplicantKind,
  applicant_name: '',
  id_type: '',
  id_number: '',
  phone: '',
  email: '',
  address: '',
  postcode: '',
  org_code: '',
  contact_person: '',
  description: '',
  form_wanted: '',
  delivery_wanted: '',
  topic: null as string | null,
  suggest_publish: false,
  status: 'open' as CaseStatus,
  assignee_id: null as number | null,
  created_by_id: null as number | null,
  due_on: null as string | null,
  base_due_on: null as string | null,
  due_provisional: false,
  series: '',
  prefix: '',
  eventData: '',
};

// Built and compiled once (compiledOnce), each intake binding its own values: building and
// compiling this statement in Kysely was ~0.3 ms of the server's ~2.5 ms a registration (V8
// profile at 1 M cases, docs/performance.md), and intake is bound by the server's one thread.
const insertCase = compiledOnce(intakeValues, ({ series, prefix, eventData, ...c }) =>
  qb
    .with('n', () => bumpCounter(c.agency_id, c.year, series))
    .with('c', (db) =>
      db
        .insertInto('disclosure_case')
        .values({ ...c, tracking_no: trackingNo(prefix), pending_review: false, extension_days: 0, updated_at: sql<Date>`now()` })
        .returning(['id', 'tracking_no', 'channel', 'regime', 'status', 'received_on', 'due_on', 'due_provisional', 'version']),
    )
    .with('e', (db) =>
      db
        .insertInto('case_event')
        .columns(['case_id', 'type', 'on', 'actor_id', 'data'])
        .expression((eb) =>
          eb
            .selectFrom('c')
            .select([
              'c.id',
              eb.val('registered').as('type'),
              asDate(c.received_on).as('on'),
              c.created_by_id.as('actor_id'),
              sql<unknown>`${eventData}::jsonb`.as('data'),
            ]),
        ),
    )
    .selectFrom('c')
    .select(['id', 'tracking_no as trackingNo', 'channel', 'regime', 'status'])
    .select((eb) => [
      isoDate(eb.ref('received_on')).as('receivedOn'),
      isoDate(eb.ref('due_on')).as('dueOn'),
      'due_provisional as dueProvisional',
      'version',
    ]),
);

export async function createCase(db: PrismaClient, input: unknown, actor: Creator) {
  const v = intakeSchema.parse(input);
  const receivedOn = receiptDateOf(v);
  const year = yearOf(receivedOn);
  const dl = deadlinesOf(await cachedCalendar(db), initialState(receivedOn));
  const col = derivedColumns(initialState(receivedOn), dl);
  const a = v.applicant;
  const date = (x: string | null | undefined) => x || null;
  const series = TRACKING_SERIES[v.requestKind];
  const regime = regimeFor(receivedOn);
  const [found] = await rows(
    db,
    insertCase({
      agency_id: actor.agencyId,
      year,
      request_kind: v.requestKind,
      channel: v.channel,
      submitted_on: date(v.submittedOn),
      arrived_on: date(v.arrivedOn),
      confirmed_on: date(v.confirmedOn),
      received_on: receivedOn,
      regime,
      applicant_kind: a.kind,
      applicant_name: a.name,
      id_type: a.idType,
      id_number: a.idNumber,
      phone: a.phone,
      email: a.email,
      address: a.address,
      postcode: a.postcode,
      org_code: a.orgCode,
      contact_person: a.contactPerson,
      description: v.description,
      form_wanted: v.formWanted,
      delivery_wanted: v.deliveryWanted ?? deliveryForChannel(v.channel),
      topic: v.topic || null,
      suggest_publish: v.suggestPublish,
      status: col.status,
      assignee_id: can(actor.role as Role, 'cases.work') ? actor.userId : null,
      created_by_id: actor.userId,
      due_on: date(dl.dueOn),
      base_due_on: date(dl.baseDueOn),
      due_provisional: dl.provisional,
      series,
      prefix: trackingPrefix(year, series),
      eventData: JSON.stringify({ channel: v.channel, requestKind: v.requestKind, regime, resultingDueOn: dl.dueOn }),
    }),
  );
  const row = { ...found, receivedOn: toDate(found.receivedOn), dueOn: found.dueOn === null ? null : toDate(found.dueOn) };
  if (fromDate(row.receivedOn) !== receivedOn) throw new Error('receipt date round-trip mismatch');
  forgetDerived(actor.agencyId);
  return { case: row, deadlines: dl };
}
