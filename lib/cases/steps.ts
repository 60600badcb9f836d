// The rulebook of a case: every step type in one table (lib/cases/steps/*), and the three ways it
// is used. `availableSteps` (what the case page offers) and `takeStep` (what the API accepts) ask
// the same question, `whyNot`, so they cannot drift; `replay` re-applies stored steps without
// judging them again (they were judged when recorded).
import { can } from '@/lib/auth/permissions';
import { formatCn, type IsoDate } from '@/lib/shared/dates';
import { DomainError } from '@/lib/shared/errors';
import { initialState, importedState, type CaseState, type ImportedData } from './case-state';
import { STATUS_LABELS } from './labels';
import type { StepActor, StepContext, StepDef } from './steps/define';
import { correctionReceived, correctionRequested, consultationAnswered, consultationSent } from './steps/intake-steps';
import {
  customDeadlineApproved,
  customDeadlineRefused,
  customDeadlineRequested,
  extensionApproved,
  extensionRefused,
  extensionRequested,
} from './steps/deadline-steps';
import { delivered, replyApproved, replyReturned, replySigned, replySubmitted } from './steps/reply-steps';
import { opinionSubmitted, routeAccepted, routed, routeReturned } from './steps/route-steps';
import { feeNoticeServed, feePaid, feeWaived } from './steps/fee-steps';
import { reasonsReceived, reasonsRequested } from './steps/reasons-steps';
import { abandoned, withdrawn } from './steps/closing-steps';
import { counterReply } from './steps/counter-steps';
import { reviewAnswered, reviewDecided, reviewFiled, suitAnswered, suitDecided, suitFiled } from './steps/appeal-steps';

export const STEPS = {
  correction_requested: correctionRequested,
  correction_received: correctionReceived,
  consultation_sent: consultationSent,
  consultation_answered: consultationAnswered,
  routed,
  route_accepted: routeAccepted,
  route_returned: routeReturned,
  opinion_submitted: opinionSubmitted,
  reasons_requested: reasonsRequested,
  reasons_received: reasonsReceived,
  extension_requested: extensionRequested,
  extension_approved: extensionApproved,
  extension_refused: extensionRefused,
  custom_deadline_requested: customDeadlineRequested,
  custom_deadline_approved: customDeadlineApproved,
  custom_deadline_refused: customDeadlineRefused,
  counter_reply: counterReply,
  reply_submitted: replySubmitted,
  reply_returned: replyReturned,
  reply_approved: replyApproved,
  reply_signed: replySigned,
  fee_notice_served: feeNoticeServed,
  fee_paid: feePaid,
  fee_waived: feeWaived,
  delivered,
  withdrawn,
  abandoned,
  review_filed: reviewFiled,
  review_answered: reviewAnswered,
  review_decided: reviewDecided,
  suit_filed: suitFiled,
  suit_answered: suitAnswered,
  suit_decided: suitDecided,
} as const;

export type StepType = keyof typeof STEPS;
export const STEP_TYPES = Object.keys(STEPS) as StepType[];
export type { StepActor, StepContext } from './steps/define';

const def = (t: StepType) => STEPS[t] as unknown as StepDef;

/** Own keys only: "constructor" or "__proto__" are not step types. */
export function isStepType(t: unknown): t is StepType {
  return typeof t === 'string' && Object.hasOwn(STEPS, t);
}

/** Labels for events the system records itself. */
const SYSTEM_EVENT_LABELS: Record<string, string> = {
  registered: '登记申请',
  receipt_issued: '出具申请接收回执',
  details_edited: '修改申请信息',
  assigned: '分派承办人',
  calendar_recomputed: '节假日调整，重新计算期限',
  imported: '从台账导入',
  document_issued: '出具文书',
  attachment_added: '上传附件',
  supervision_note: '上级机关督办',
};

export function stepLabel(type: string): string {
  return isStepType(type) ? STEPS[type].label : Object.hasOwn(SYSTEM_EVENT_LABELS, type) ? SYSTEM_EVENT_LABELS[type] : '其他记录';
}

type Refusal = [kind: 'forbidden' | 'invalid_state', message: string, field?: string];

// The judgement itself, without an Error: the case page asks it for every step type twice, and an
// Error captures a stack trace each time (~60 per page view).
function refusal(s: CaseState, type: StepType, actor: StepActor, on: IsoDate, ctx: StepContext): Refusal | null {
  const d = def(type);
  if (!can(actor.role, d.permission)) return ['forbidden', `当前角色不能${d.label}`];
  if (d.applicationOnly && s.rectification) return ['invalid_state', `更正申请不办理“${d.label}”`];
  if (!d.from.includes(s.status)) return ['invalid_state', `案件当前状态为"${STATUS_LABELS[s.status]}"，不能${d.label}`];
  if (on < s.receivedOn) return ['invalid_state', `日期（${formatCn(on)}）早于收到申请日期（${formatCn(s.receivedOn)}）`, 'on'];
  if (on > ctx.today) return ['invalid_state', `日期（${formatCn(on)}）晚于今天，不能预先登记`, 'on'];
  if (!d.appeal && on < s.lastOn) return ['invalid_state', `日期（${formatCn(on)}）早于上一步骤的日期（${formatCn(s.lastOn)}）`, 'on'];
  const reason = d.canStart?.(s, actor, on, ctx);
  return reason ? ['invalid_state', reason] : null;
}

/** Why this actor can't take this step on `on`, or null. Permission first, then state, dates, the step's own guard. */
export function whyNot(s: CaseState, type: StepType, actor: StepActor, on: IsoDate, ctx: StepContext): DomainError | null {
  const r = refusal(s, type, actor, on, ctx);
  return r && new DomainError(...r);
}

/**
 * The date a step is offered for: today when it can be taken today; otherwise the date of the
 * latest step, when it could have been taken then (a clerk recording yesterday's extension
 * request after its deadline passed today); null when it can't be taken at all. Every date guard
 * is one-sided (before a limit, or after one), so these two ends decide whether any date works.
 */
function offerDate(s: CaseState, type: StepType, actor: StepActor, ctx: StepContext): IsoDate | null {
  if (!refusal(s, type, actor, ctx.today, ctx)) return ctx.today;
  if (s.lastOn < ctx.today && !refusal(s, type, actor, s.lastOn, ctx)) return s.lastOn;
  return null;
}

/** The steps the case page offers this actor, each with the date its form starts from. */
export function offeredSteps(s: CaseState, actor: StepActor, ctx: StepContext): { type: StepType; on: IsoDate }[] {
  return STEP_TYPES.flatMap((type) => {
    const on = offerDate(s, type, actor, ctx);
    return on ? [{ type, on }] : [];
  });
}

export function availableSteps(s: CaseState, actor: StepActor, ctx: StepContext): StepType[] {
  return offeredSteps(s, actor, ctx).map((o) => o.type);
}

/** Judges and applies one step; throws DomainError (403/409 kinds, or invalid for bad data). */
export function takeStep(s: CaseState, type: StepType, on: IsoDate, raw: unknown, actor: StepActor, ctx: StepContext) {
  const refused = whyNot(s, type, actor, on, ctx);
  if (refused) throw refused;
  const d = def(type);
  const input = (raw ?? {}) as Record<string, unknown>;
  const data = d.data.parse(d.prepare ? d.prepare(input, s, on, ctx, actor) : input);
  const problem = d.check?.(s, data, on, ctx);
  if (problem) throw new DomainError('invalid_state', problem);
  return { state: applyStep(s, type, data, on, actor.userId), data: data as Record<string, unknown> };
}

/** The state after a step, without judging it. */
export function applyStep(s: CaseState, type: StepType, data: unknown, on: IsoDate, by: number | null): CaseState {
  const next: CaseState = {
    ...s,
    corrections: [...s.corrections],
    consultations: [...s.consultations],
    appeals: [...s.appeals],
    routes: [...s.routes],
  };
  const d = def(type);
  d.apply(next, data, on, by);
  if (!d.appeal && on > next.lastOn) next.lastOn = on;
  return next;
}

export interface StoredEvent {
  type: string;
  on: IsoDate;
  data: unknown;
  actorId?: number | null;
}

/**
 * Replays stored events (judged when they were recorded). System events change no state, but for
 * issued letters: each kind's first issue to the applicant is noted (the 送达回证 names the reply
 * letter's 文号; the payment period and the abandonment letter rest on the fee notice's date and
 * 文号 — a re-issue keeps both).
 */
export function replay(receivedOn: IsoDate, events: StoredEvent[]): CaseState {
  let s = initialState(receivedOn);
  for (const e of events) {
    if (e.type === 'imported') s = importedState(receivedOn, e.data as ImportedData);
    else if (isStepType(e.type)) s = applyStep(s, e.type, e.data, e.on, e.actorId ?? null);
    else if (e.type === 'document_issued') s = noteIssued(s, e);
    else if (e.type === 'registered' && (e.data as { requestKind?: unknown } | null)?.requestKind === 'rectification')
      s = { ...s, rectification: true };
  }
  return s;
}

function noteIssued(s: CaseState, e: StoredEvent): CaseState {
  const d = (e.data ?? {}) as { kind?: unknown; docNo?: unknown; addressee?: unknown };
  if (typeof d.kind !== 'string' || d.addressee || Object.hasOwn(s.issued, d.kind)) return s;
  return { ...s, issued: { ...s.issued, [d.kind]: { on: e.on, docNo: typeof d.docNo === 'string' ? d.docNo : '' } } };
}

export function summarizeStep(type: StepType, data: Record<string, unknown>, dispositionLabel: (code: string) => string): string {
  try {
    return def(type).summary(data, dispositionLabel) ?? '';
  } catch {
    return ''; // an old event without a field this summary reads: the label alone still says what happened
  }
}
