// Intake: validates, computes the deadline, and writes the case with its first events (registered,
// receipt issued) in ONE statement, numbering included — so the counter's row lock is held for
// one statement only and hundreds of intakes a second can queue on it.
import { forgetDerived } from '@/lib/statistics/derived-cache';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { fromDate, yearOf } from '@/lib/shared/dates';
import { can, type Role } from '@/lib/auth/permissions';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { regimeFor } from '@/lib/deadlines/compute-deadlines';
import { deadlinesOf, initialState } from './case-state';
import { derivedColumns } from './row';
import { deliveryForChannel } from './labels';
import { intakeSchema, receiptDateOf } from './schema';
import { nextNumberCte, trackingNoSql } from './tracking-number';

export interface Creator {
  userId: number | null;
  agencyId: number;
  role: string;
}
export interface CreatedCase {
  id: number;
  trackingNo: string;
  channel: string;
  regime: string;
  status: string;
  receivedOn: Date;
  dueOn: Date | null;
  dueProvisional: boolean;
  version: number;
}

export async function createCase(db: PrismaClient, input: unknown, actor: Creator) {
  const v = intakeSchema.parse(input);
  const receivedOn = receiptDateOf(v);
  const year = yearOf(receivedOn);
  const dl = deadlinesOf(await cachedCalendar(db), initialState(receivedOn));
  const col = derivedColumns(initialState(receivedOn), dl);
  const a = v.applicant;
  const date = (x: string | null | undefined) => (x ? Prisma.sql`${x}::date` : Prisma.sql`NULL`);
  const rows = await db.$queryRaw<(CreatedCase & { receivedIso: string })[]>`
    WITH ${nextNumberCte(actor.agencyId, year)},
    c AS (
      INSERT INTO "disclosure_case" ("agency_id", "tracking_no", "year", "channel", "submitted_on", "arrived_on", "confirmed_on", "received_on", "regime",
        "applicant_kind", "applicant_name", "id_type", "id_number", "phone", "email", "address", "postcode", "org_code", "contact_person",
        "description", "form_wanted", "delivery_wanted", "topic", "status", "pending_review", "assignee_id", "created_by_id",
        "due_on", "base_due_on", "due_provisional", "extension_days", "updated_at")
      SELECT ${actor.agencyId}::int, ${trackingNoSql(year)}, ${year}::int, ${v.channel}::"Channel", ${date(v.submittedOn)}, ${date(v.arrivedOn)}, ${date(v.confirmedOn)},
        ${receivedOn}::date, ${regimeFor(receivedOn)}, ${a.kind}::"ApplicantKind", ${a.name}, ${a.idType}, ${a.idNumber}, ${a.phone}, ${a.email}, ${a.address},
        ${a.postcode}, ${a.orgCode}, ${a.contactPerson}, ${v.description}, ${v.formWanted}, ${v.deliveryWanted ?? deliveryForChannel(v.channel)}, ${v.topic || null},
        ${col.status}::"CaseStatus", false, ${can(actor.role as Role, 'cases.work') ? actor.userId : null}::int, ${actor.userId}::int,
        ${date(dl.dueOn)}, ${date(dl.baseDueOn)}, ${dl.provisional}::boolean, 0, now()
      FROM n
      RETURNING "id", "tracking_no", "channel", "regime", "status", "received_on", "due_on", "due_provisional", "version"),
    e AS (
      INSERT INTO "case_event" ("case_id", "type", "on", "actor_id", "data")
      SELECT c.id, 'registered', ${receivedOn}::date, ${actor.userId}::int, ${JSON.stringify({ channel: v.channel, regime: regimeFor(receivedOn), resultingDueOn: dl.dueOn })}::jsonb FROM c)
    SELECT id, tracking_no AS "trackingNo", channel::text AS channel, regime, status::text AS status, received_on AS "receivedOn", due_on AS "dueOn",
      due_provisional AS "dueProvisional", version FROM c`;
  const row = rows[0];
  if (fromDate(row.receivedOn) !== receivedOn) throw new Error('receipt date round-trip mismatch');
  forgetDerived();
  return { case: row, deadlines: dl };
}
