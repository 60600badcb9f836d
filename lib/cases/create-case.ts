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
import { bumpCounter, trackingNo } from './tracking-number';

export interface Creator {
  userId: number | null;
  agencyId: number;
  role: string;
}

/** The values of one intake's statement: every one a parameter, so its text never changes. */
const intakeValues = {
  agency: 0,
  year: 0,
  series: '',
  prefix: '',
  requestKind: 'application' as RequestKind,
  channel: 'letter' as Channel,
  submittedOn: null as string | null,
  arrivedOn: null as string | null,
  confirmedOn: null as string | null,
  receivedOn: '',
  regime: '',
  applicantKind: 'natural' as ApplicantKind,
  applicantName: '',
  idType: '',
  idNumber: '',
  phone: '',
  email: '',
  address: '',
  postcode: '',
  orgCode: '',
  contactPerson: '',
  description: '',
  formWanted: '',
  deliveryWanted: '',
  topic: null as string | null,
  suggestPublish: false,
  status: 'open' as CaseStatus,
  assignee: null as number | null,
  actor: null as number | null,
  dueOn: null as string | null,
  baseDueOn: null as string | null,
  dueProvisional: false,
  eventData: '',
};

// Built and compiled once (compiledOnce), each intake binding its own values: building and
// compiling this statement in Kysely was ~0.3 ms of the server's ~3.5 ms a registration (V8
// profile at 1 M cases, docs/performance.md), and intake is bound by the server's one thread.
const insertCase = compiledOnce(intakeValues, (v) =>
  qb
    .with('n', () => bumpCounter(v.agency, v.year, v.series))
    .with('c', (db) =>
      db
        .insertInto('disclosure_case')
        .values({
          agency_id: v.agency,
          tracking_no: trackingNo(v.prefix),
          request_kind: v.requestKind,
          year: v.year,
          channel: v.channel,
          submitted_on: v.submittedOn,
          arrived_on: v.arrivedOn,
          confirmed_on: v.confirmedOn,
          received_on: v.receivedOn,
          regime: v.regime,
          applicant_kind: v.applicantKind,
          applicant_name: v.applicantName,
          id_type: v.idType,
          id_number: v.idNumber,
          phone: v.phone,
          email: v.email,
          address: v.address,
          postcode: v.postcode,
          org_code: v.orgCode,
          contact_person: v.contactPerson,
          description: v.description,
          form_wanted: v.formWanted,
          delivery_wanted: v.deliveryWanted,
          topic: v.topic,
          suggest_publish: v.suggestPublish,
          status: v.status,
          pending_review: false,
          assignee_id: v.assignee,
          created_by_id: v.actor,
          due_on: v.dueOn,
          base_due_on: v.baseDueOn,
          due_provisional: v.dueProvisional,
          extension_days: 0,
          updated_at: sql<Date>`now()`,
        })
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
              asDate(v.receivedOn).as('on'),
              v.actor.as('actor_id'),
              sql<unknown>`${v.eventData}::jsonb`.as('data'),
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
      agency: actor.agencyId,
      year,
      series,
      prefix: series + String(year),
      requestKind: v.requestKind,
      channel: v.channel,
      submittedOn: date(v.submittedOn),
      arrivedOn: date(v.arrivedOn),
      confirmedOn: date(v.confirmedOn),
      receivedOn,
      regime,
      applicantKind: a.kind,
      applicantName: a.name,
      idType: a.idType,
      idNumber: a.idNumber,
      phone: a.phone,
      email: a.email,
      address: a.address,
      postcode: a.postcode,
      orgCode: a.orgCode,
      contactPerson: a.contactPerson,
      description: v.description,
      formWanted: v.formWanted,
      deliveryWanted: v.deliveryWanted ?? deliveryForChannel(v.channel),
      topic: v.topic || null,
      suggestPublish: v.suggestPublish,
      status: col.status,
      assignee: can(actor.role as Role, 'cases.work') ? actor.userId : null,
      actor: actor.userId,
      dueOn: date(dl.dueOn),
      baseDueOn: date(dl.baseDueOn),
      dueProvisional: dl.provisional,
      eventData: JSON.stringify({ channel: v.channel, requestKind: v.requestKind, regime, resultingDueOn: dl.dueOn }),
    }),
  );
  const row = { ...found, receivedOn: toDate(found.receivedOn), dueOn: found.dueOn === null ? null : toDate(found.dueOn) };
  if (fromDate(row.receivedOn) !== receivedOn) throw new Error('receipt date round-trip mismatch');
  forgetDerived(actor.agencyId);
  return { case: row, deadlines: dl };
}
