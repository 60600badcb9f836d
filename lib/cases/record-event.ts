// Records one event on a case: checks role, state and version, appends the event, and updates
// the derived columns, all in one transaction. A stale version is a conflict, never a silent
// overwrite.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/auth/permissions';
import { fromDate, isIsoDate, todayInChina, toDate } from '@/lib/deadlines/dates';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { applyEvent, deadlinesOf, replay, TransitionError } from './case-state';
import { CaseError, STALE_MESSAGE } from './errors';
import { EVENT_DATA, EVENT_RULES, isEventType, type EventType } from './events';
import { derivedColumns } from './row';

export interface RecordInput { type?: unknown; on?: unknown; version?: unknown; [k: string]: unknown }
export interface EventActor { userId: number; role: Role; agencyId: number }

export async function recordEvent(db: PrismaClient, caseId: number, input: RecordInput, actor: EventActor) {
  const { type, on: rawOn, version, ...rest } = input;
  if (!isEventType(type)) throw new CaseError('invalid', `未知的事件类型：${String(type)}`, 'type');
  const rule = EVENT_RULES[type];
  if (!rule.roles.includes(actor.role)) throw new CaseError('forbidden', `当前角色不能${rule.label}`);
  const on = rawOn === undefined || rawOn === null || rawOn === '' ? todayInChina() : rawOn;
  if (!isIsoDate(on)) throw new CaseError('invalid', '日期格式应为 YYYY-MM-DD', 'on');
  if (version !== undefined && version !== null && !Number.isInteger(version)) throw new CaseError('invalid', 'version 须为整数', 'version');
  const data = EVENT_DATA[type].parse(rest);

  const [cal, dispositions] = await Promise.all([
    cachedCalendar(db),
    type === 'reply_submitted' ? db.disposition.findMany({ where: { active: true }, select: { code: true } }) : Promise.resolve(null),
  ]);

  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: number; version: number; received_on: Date; agency_id: number }[]>`
      SELECT id, version, received_on, agency_id FROM "disclosure_case" WHERE id = ${caseId} FOR UPDATE`;
    const row = rows[0];
    if (!row || row.agency_id !== actor.agencyId) throw new CaseError('not_found', '案件不存在');
    if (version !== undefined && version !== null && version !== row.version) throw new CaseError('conflict', STALE_MESSAGE);
    const events = await tx.caseEvent.findMany({ where: { caseId }, orderBy: { id: 'asc' }, select: { type: true, on: true, data: true } });
    const before = replay(fromDate(row.received_on), events.map((e) => ({ ...e, on: fromDate(e.on) })));
    let after;
    try {
      after = applyEvent(before, type as EventType, on, data, { today: todayInChina(), dispositions: dispositions ? new Set(dispositions.map((d) => d.code)) : undefined });
    } catch (err) {
      if (err instanceof TransitionError) throw new CaseError('invalid_state', err.message);
      throw err;
    }
    const dl = deadlinesOf(cal, after);
    const event = await tx.caseEvent.create({
      data: { caseId, type, on: toDate(on), actorId: actor.userId, data: { ...data, resultingDueOn: dl.dueOn } },
    });
    const updated = await tx.case.update({
      where: { id: caseId },
      data: { ...derivedColumns(after, dl), version: { increment: 1 } },
    });
    await syncAppeals(tx, caseId, actor.agencyId, type, after.appeals);
    return { case: updated, event, deadlines: dl, state: after };
  });
}

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** The appeal table mirrors the timeline's reviews and suits, for counting by filing date. */
async function syncAppeals(tx: Tx, caseId: number, agencyId: number, type: EventType, appeals: ReturnType<typeof replay>['appeals']) {
  if (!['review_filed', 'review_decided', 'suit_filed', 'suit_decided'].includes(type)) return;
  await tx.appeal.deleteMany({ where: { caseId } });
  await tx.appeal.createMany({
    data: appeals.map((a) => ({ caseId, agencyId, kind: a.kind, afterReview: a.afterReview, filedOn: toDate(a.filedOn), outcome: a.outcome, decidedOn: a.decidedOn ? toDate(a.decidedOn) : null })),
  });
}
