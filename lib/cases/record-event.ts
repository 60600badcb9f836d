// Records one step on a case: judges it against the step table, appends the event and updates the
// derived columns, all in one transaction on the locked row. A stale version is a conflict, never
// a silent overwrite.
import { forgetDerived } from '@/lib/statistics/derived-cache';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/auth/permissions';
import { isIsoDate, todayInChina, toDate } from '@/lib/shared/dates';
import { DomainError, STALE_MESSAGE } from '@/lib/shared/errors';
import { deadlinesOf, type CaseState } from './case-state';
import { loadCase } from './load-case';
import { derivedColumns } from './row';
import { enqueueMail } from '@/lib/mail/outbox';
import { queueArchivePdfJob } from '@/lib/jobs/add-job';
import { applicantMailFor } from '@/lib/mail/case-mail';
import { isStepType, STEPS, takeStep } from './steps';
import { loadStepBasics, stepContextFor, stepInputFor } from './step-context';
import { caseScope } from './case-scope';
import { syncRoutes, tellHandlers } from './sync-routes';

export interface RecordInput {
  type?: unknown;
  on?: unknown;
  version?: unknown;
  [k: string]: unknown;
}
export interface EventActor {
  userId: number;
  role: Role;
  agencyId: number;
  departmentId?: number | null;
}

export async function recordEvent(db: PrismaClient, caseId: number, input: RecordInput, actor: EventActor) {
  const { type, on: rawOn, version, ...rest } = input;
  if (!isStepType(type))
    throw new DomainError('invalid', typeof type === 'string' && type.length <= 60 ? `未知的步骤类型：${type}` : '未知的步骤类型', 'type');
  const on = rawOn === undefined || rawOn === null || rawOn === '' ? todayInChina() : rawOn;
  if (!isIsoDate(on)) throw new DomainError('invalid', '日期须为存在的日期（YYYY-MM-DD）', 'on');
  if (version !== undefined && version !== null && !Number.isInteger(version))
    throw new DomainError('invalid', '版本号须为整数', 'version');

  const basics = await loadStepBasics(db, actor.agencyId, type);
  const cal = basics.calendar;

  return db
    .$transaction(async (tx) => {
      const { row, state: before } = await loadCase(tx, caseId, caseScope(actor), { lock: true });
      if (version !== undefined && version !== null && version !== row.version) throw new DomainError('conflict', STALE_MESSAGE);
      const ctx = await stepContextFor(tx, basics, type, row, caseId);
      const { state: after, data } = takeStep(before, type, on, stepInputFor(type, rest, row), actor, ctx);
      const dl = deadlinesOf(cal, after);
      const event = await tx.caseEvent.create({
        data: { caseId, type, on: toDate(on), actorId: actor.userId, data: { ...data, resultingDueOn: dl.dueOn } as object },
      });
      const updated = await tx.case.update({
        where: { id: caseId },
        data: { ...derivedColumns(after, dl), version: { increment: 1 } },
      });
      // The applicant hears of a correction request and of the reply by mail (through the outbox, same transaction).
      const mail = row.email ? applicantMailFor(type, after, row) : null;
      if (mail) await enqueueMail(tx, actor.agencyId, row.email, mail.subject, mail.body);
      if (STEPS[type].appeal) await syncAppeals(tx, caseId, actor.agencyId, after.appeals);
      if (STEPS[type].routing) await syncRoutes(tx, caseId, actor.agencyId, after.routes);
      // The departments routed to hear of it by mail (their handlers with an address), through the outbox.
      if (type === 'routed') await tellHandlers(tx, actor.agencyId, row.trackingNo, data as { departments: number[]; dueOn: string });
      // A case that closes gets its timeline rendered for the archive (a later appeal renders it again).
      if (after.status === 'closed' || STEPS[type].appeal) await queueArchivePdfJob(tx, caseId);
      return { case: updated, event, deadlines: dl, state: after };
    })
    .finally(() => forgetDerived(actor.agencyId));
}

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** The appeal table mirrors the timeline's reviews and suits, for counting by filing date. */
async function syncAppeals(tx: Tx, caseId: number, agencyId: number, appeals: CaseState['appeals']) {
  await tx.appeal.deleteMany({ where: { caseId } });
  await tx.appeal.createMany({
    data: appeals.map((a) => ({
      caseId,
      agencyId,
      kind: a.kind,
      afterReview: a.afterReview,
      filedOn: toDate(a.filedOn),
      outcome: a.outcome,
      decidedOn: a.decidedOn ? toDate(a.decidedOn) : null,
      noticeReceivedOn: a.noticeReceivedOn ? toDate(a.noticeReceivedOn) : null,
      answeredOn: a.answeredOn ? toDate(a.answeredOn) : null,
    })),
  });
}
