// The API's view of a case: dates as YYYY-MM-DD, enums as the API names them.
import { fromDate } from '@/lib/shared/dates';
import type { getCaseDetail } from './queries';

const d = (x: Date | null | undefined) => (x ? fromDate(x) : null);

export function caseToJson(detail: Awaited<ReturnType<typeof getCaseDetail>>) {
  const { row, deadlines, state } = detail;
  return {
    id: row.id,
    trackingNo: row.trackingNo,
    channel: row.channel,
    requestKind: row.requestKind,
    receivedOn: d(row.receivedOn),
    regime: row.regime,
    status: row.status,
    applicant: {
      kind: row.applicantKind,
      name: row.applicantName,
      idType: row.idType,
      idNumber: row.idNumber,
      phone: row.phone,
      email: row.email,
      address: row.address,
      postcode: row.postcode,
      orgCode: row.orgCode,
      contactPerson: row.contactPerson,
    },
    description: row.description,
    topic: row.topic,
    formWanted: row.formWanted,
    deliveryWanted: row.deliveryWanted,
    dueOn: state.status === 'closed' ? null : deadlines.dueOn,
    baseDueOn: deadlines.baseDueOn,
    provisional: deadlines.provisional,
    correctionNoticeDueOn: deadlines.correctionNoticeDueOn,
    correctionLimitOn: deadlines.correctionLimitOn,
    workingDaysLeft: detail.workdaysLeft,
    dueTrace: deadlines.trace,
    extensionDays: state.extensionDays,
    pendingExtension: state.pendingExtension,
    reply: state.reply,
    disposition: state.disposition,
    deliveredOn: state.delivery?.on ?? null,
    closedOn: state.closedOn,
    appeals: detail.appeals,
    routes: detail.routes.map(({ department, dueOn, routedOn, status, acceptedOn, returned, opinion, overdue }) => ({
      department,
      routedOn,
      dueOn,
      status,
      acceptedOn,
      returned,
      opinion,
      overdue,
    })),
    signed: state.signed,
    secrecyReviewedOn: state.secrecyReviewedOn,
    version: row.version,
    availableEvents: detail.actions.map((a) => a.type),
    availableLetters: detail.letters.map((l) => ({
      kind: l.kind,
      party: l.party || null,
      name: l.name,
      date: l.stepOn,
      limitOn: l.limitOn,
    })),
    events: row.events.map((e) => ({
      id: Number(e.id),
      type: e.type,
      on: d(e.on),
      at: e.at.toISOString(),
      actor: e.actor?.login ?? null,
      data: e.data,
    })),
  };
}
