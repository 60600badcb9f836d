// Intake: validates, numbers, computes the deadline and writes the case with its first events
// (registered, receipt issued) in one transaction.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { todayInChina, toDate, yearOf } from '@/lib/deadlines/dates';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { regimeFor } from '@/lib/deadlines/compute-deadlines';
import { deadlinesOf, initialState } from './case-state';
import { derivedColumns } from './row';
import { intakeSchema, receiptDateOf } from './schema';
import { nextTrackingNo } from './tracking-number';

export interface Creator { userId: number | null; agencyId: number; role: string }

export async function createCase(db: PrismaClient, input: unknown, actor: Creator) {
  const v = intakeSchema.parse(input);
  const receivedOn = receiptDateOf(v);
  const cal = await loadCalendar(db);
  const state = initialState(receivedOn);
  const dl = deadlinesOf(cal, state);
  const toD = (x: string | null | undefined) => (x ? toDate(x) : null);

  return db.$transaction(async (tx) => {
    const trackingNo = await nextTrackingNo(tx, actor.agencyId, yearOf(receivedOn));
    const row = await tx.case.create({
      data: {
        agencyId: actor.agencyId, trackingNo, year: yearOf(receivedOn), channel: v.channel,
        submittedOn: toD(v.submittedOn), arrivedOn: toD(v.arrivedOn), confirmedOn: toD(v.confirmedOn),
        receivedOn: toDate(receivedOn), regime: regimeFor(receivedOn),
        applicantKind: v.applicant.kind, applicantName: v.applicant.name, idType: v.applicant.idType, idNumber: v.applicant.idNumber,
        phone: v.applicant.phone, email: v.applicant.email, address: v.applicant.address, postcode: v.applicant.postcode,
        orgCode: v.applicant.orgCode, contactPerson: v.applicant.contactPerson,
        description: v.description, formWanted: v.formWanted, deliveryWanted: v.deliveryWanted, topic: v.topic || null,
        assigneeId: actor.role === 'clerk' ? actor.userId : null, createdById: actor.userId,
        ...derivedColumns(state, dl),
      },
    });
    const today = toDate(todayInChina());
    await tx.caseEvent.createMany({
      data: [
        { caseId: row.id, type: 'registered', on: toDate(receivedOn), actorId: actor.userId, data: { channel: v.channel, regime: row.regime, resultingDueOn: dl.dueOn } },
        { caseId: row.id, type: 'receipt_issued', on: today, actorId: actor.userId, data: { trackingNo } },
      ],
    });
    return { case: row, deadlines: dl };
  });
}
