// Intake: validates, computes the deadline, and writes the case with its first events (registered,
// receipt issued) in ONE statement, numbering included — so the counter's row lock is held for
// one statement only and hundreds of intakes a second can queue on it.
import { forgetDerived } from '@/lib/statistics/derived-cache';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { asDate, isoDate, qb, rows, sql } from '@/lib/db/kysely';
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

export async function createCase(db: PrismaClient, input: unknown, actor: Creator) {
  const v = intakeSchema.parse(input);
  const receivedOn = receiptDateOf(v);
  const year = yearOf(receivedOn);
  const dl = deadlinesOf(await cachedCalendar(db), initialState(receivedOn));
  const col = derivedColumns(initialState(receivedOn), dl);
  const a = v.applicant;
  const date = (x: string | null | undefined) => x || null;
  const statement = qb
    .with('n', () => bumpCounter(actor.agencyId, year, TRACKING_SERIES[v.requestKind]))
    .with('c', (db) =>
      db
        .insertInto('disclosure_case')
        .values({
          agency_id: actor.agencyId,
          tracking_no: trackingNo(year, TRACKING_SERIES[v.requestKind]),
          request_kind: v.requestKind,
          year,
          channel: v.channel,
          submitted_on: date(v.submittedOn),
          arrived_on: date(v.arrivedOn),
          confirmed_on: date(v.confirmedOn),
          received_on: receivedOn,
          regime: regimeFor(receivedOn),
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
          pending_review: false,
          assignee_id: can(actor.role as Role, 'cases.work') ? actor.userId : null,
          created_by_id: actor.userId,
          due_on: date(dl.dueOn),
          base_due_on: date(dl.baseDueOn),
          due_provisional: dl.provisional,
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
              asDate(receivedOn).as('on'),
              eb.val(actor.userId).as('actor_id'),
              sql<unknown>`${JSON.stringify({ channel: v.channel, requestKind: v.requestKind, regime: regimeFor(receivedOn), resultingDueOn: dl.dueOn })}::jsonb`.as(
                'data',
              ),
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
    ]);
  const [found] = await rows(db, statement);
  const row = { ...found, receivedOn: toDate(found.receivedOn), dueOn: found.dueOn === null ? null : toDate(found.dueOn) };
  if (fromDate(row.receivedOn) !== receivedOn) throw new Error('receipt date round-trip mismatch');
  forgetDerived(actor.agencyId);
  return { case: row, deadlines: dl };
}
