// What a case's timeline adds up to. Pure: replaying the events from the start gives the state,
// and each new event is checked against it ("does this make sense now?") before it is recorded.
import { computeDeadlines, RULES, regimeFor, type Deadlines } from '@/lib/deadlines/compute-deadlines';
import type { Calendar } from '@/lib/deadlines/calendar';
import { formatCn, type IsoDate } from '@/lib/deadlines/dates';
import { EVENT_RULES, type EventData, type EventType } from './events';
import type { CaseStatus, Outcome } from './labels';

export interface Appeal { kind: 'review' | 'suit'; afterReview: boolean; filedOn: IsoDate; outcome: Outcome; decidedOn: IsoDate | null }

export interface CaseState {
  receivedOn: IsoDate;
  status: CaseStatus;
  corrections: { requestedOn: IsoDate; limitOn: IsoDate; items: string; receivedOn?: IsoDate }[];
  consultations: { sentOn: IsoDate; party: string; partyKind: string; answeredOn?: IsoDate; objection?: boolean }[];
  pendingExtension: { workingDays: number; reason: string; on: IsoDate } | null;
  extensionDays: number;
  extensionReason: string | null;
  pendingCustom: { dueOn: IsoDate; reason: string; on: IsoDate } | null;
  customDueOn: IsoDate | null;
  reply: (EventData<'reply_submitted'> & { submittedOn: IsoDate }) | null;
  lastReturn: { comment: string; on: IsoDate } | null;
  approvedOn: IsoDate | null;
  delivery: { method: string; postalTrackingNo: string; on: IsoDate } | null;
  closedOn: IsoDate | null;
  disposition: string | null;
  appeals: Appeal[];
  feePaid: { amountYuan: number; on: IsoDate } | null;
}

export class TransitionError extends Error {}

export function initialState(receivedOn: IsoDate): CaseState {
  return {
    receivedOn, status: 'open', corrections: [], consultations: [], pendingExtension: null, extensionDays: 0, extensionReason: null,
    pendingCustom: null, customDueOn: null, reply: null, lastReturn: null, approvedOn: null, delivery: null,
    closedOn: null, disposition: null, appeals: [], feePaid: null,
  };
}

export interface ApplyContext { today: IsoDate; dispositions?: Set<string> }

const fail = (msg: string): never => { throw new TransitionError(msg); };
const NOT_BY_REPLY = new Set(['abandoned_no_correction', 'abandoned_no_fee']);

/** Returns the state after the event, or throws TransitionError saying why it makes no sense. */
export function applyEvent<T extends EventType>(s: CaseState, type: T, on: IsoDate, data: EventData<T>, ctx: ApplyContext): CaseState {
  const rule = EVENT_RULES[type];
  if (!rule.from.includes(s.status)) fail(`案件当前状态下不能${rule.label}`);
  if (on < s.receivedOn) fail(`日期 ${on} 早于收到申请日期 ${s.receivedOn}`);
  if (on > ctx.today) fail(`日期 ${on} 晚于今天`);
  const d = data as Record<string, unknown>;
  const next: CaseState = { ...s, corrections: [...s.corrections], consultations: [...s.consultations], appeals: [...s.appeals] };
  const maxExt = RULES[regimeFor(s.receivedOn)].maxExtension;

  switch (type) {
    case 'correction_requested':
      if ((d.limitOn as string) <= on) fail('补正期限须晚于发出补正告知的日期');
      next.corrections.push({ requestedOn: on, limitOn: d.limitOn as string, items: d.items as string });
      next.status = 'correction';
      break;
    case 'correction_received': {
      const last = next.corrections.at(-1)!;
      if (on < last.requestedOn) fail('收到补正的日期不能早于发出补正告知的日期');
      next.corrections[next.corrections.length - 1] = { ...last, receivedOn: on };
      next.status = 'open';
      break;
    }
    case 'consultation_sent':
      next.consultations.push({ sentOn: on, party: d.party as string, partyKind: d.partyKind as string });
      next.status = 'consulting';
      break;
    case 'consultation_answered': {
      const last = next.consultations.at(-1)!;
      if (on < last.sentOn) fail('收到答复的日期不能早于发出征求意见的日期');
      next.consultations[next.consultations.length - 1] = { ...last, answeredOn: on, objection: d.objection as boolean };
      next.status = 'open';
      break;
    }
    case 'extension_requested':
      if (s.pendingExtension) fail('已有延期申请等待审核');
      if (s.extensionDays > 0) fail('本案已延期一次，不能再次延期');
      if ((d.workingDays as number) > maxExt) fail(`延长期限最长 ${maxExt} 个工作日`);
      next.pendingExtension = { workingDays: d.workingDays as number, reason: d.reason as string, on };
      break;
    case 'extension_approved':
      if (!s.pendingExtension) fail('没有等待审核的延期申请');
      next.extensionDays = s.pendingExtension!.workingDays;
      next.extensionReason = s.pendingExtension!.reason;
      next.pendingExtension = null;
      break;
    case 'extension_refused':
      if (!s.pendingExtension) fail('没有等待审核的延期申请');
      next.pendingExtension = null;
      break;
    case 'custom_deadline_requested':
      if (s.pendingCustom) fail('已有合理期限申请等待审核');
      if ((d.dueOn as string) <= on) fail('合理期限须晚于申请日期');
      next.pendingCustom = { dueOn: d.dueOn as string, reason: d.reason as string, on };
      break;
    case 'custom_deadline_approved':
      if (!s.pendingCustom) fail('没有等待审核的合理期限申请');
      next.customDueOn = s.pendingCustom!.dueOn;
      next.pendingCustom = null;
      break;
    case 'custom_deadline_refused':
      if (!s.pendingCustom) fail('没有等待审核的合理期限申请');
      next.pendingCustom = null;
      break;
    case 'reply_submitted': {
      const code = d.disposition as string;
      if (NOT_BY_REPLY.has(code)) fail('视为放弃申请请使用"视为放弃申请"操作');
      if (ctx.dispositions && !ctx.dispositions.has(code)) fail(`答复类型 ${code} 不在处理结果目录中`);
      next.reply = { ...(data as EventData<'reply_submitted'>), submittedOn: on };
      next.status = 'review';
      break;
    }
    case 'reply_returned':
      next.lastReturn = { comment: d.comment as string, on };
      next.status = 'open';
      break;
    case 'reply_approved':
      next.approvedOn = on;
      next.status = 'approved';
      break;
    case 'delivered':
      if (s.approvedOn && on < s.approvedOn) fail('送达日期不能早于审核通过日期');
      next.delivery = { method: d.method as string, postalTrackingNo: (d.postalTrackingNo as string) ?? '', on };
      next.disposition = s.reply!.disposition;
      next.closedOn = on;
      next.status = 'closed';
      break;
    case 'fee_paid':
      if (s.feePaid) fail('已登记缴费');
      next.feePaid = { amountYuan: d.amountYuan as number, on };
      break;
    case 'withdrawn':
      next.disposition = 'other';
      next.closedOn = on;
      next.status = 'closed';
      break;
    case 'abandoned':
      if (d.reason === 'no_correction') {
        const last = s.corrections.at(-1);
        if (s.status !== 'correction' || !last) fail('只有等待补正的案件才能因逾期不补正视为放弃');
        if (on <= last!.limitOn) fail(`补正期限（${formatCn(last!.limitOn)}）尚未届满`);
      }
      next.disposition = d.reason === 'no_correction' ? 'abandoned_no_correction' : 'abandoned_no_fee';
      next.closedOn = on;
      next.status = 'closed';
      break;
    case 'review_filed':
      if (on < s.closedOn!) fail('复议日期不能早于办结日期');
      next.appeals.push({ kind: 'review', afterReview: false, filedOn: on, outcome: 'pending', decidedOn: null });
      break;
    case 'suit_filed':
      if (on < s.closedOn!) fail('起诉日期不能早于办结日期');
      if (d.afterReview && !s.appeals.some((a) => a.kind === 'review')) fail('没有登记行政复议，不能登记为复议后起诉');
      next.appeals.push({ kind: 'suit', afterReview: d.afterReview as boolean, filedOn: on, outcome: 'pending', decidedOn: null });
      break;
    case 'review_decided':
    case 'suit_decided': {
      const kind = type === 'review_decided' ? 'review' : 'suit';
      const i = next.appeals.findLastIndex((a) => a.kind === kind && a.outcome === 'pending');
      if (i < 0) fail(kind === 'review' ? '没有尚未审结的行政复议' : '没有尚未审结的行政诉讼');
      if (on < next.appeals[i].filedOn) fail('结果日期不能早于立案日期');
      next.appeals[i] = { ...next.appeals[i], outcome: d.outcome as Outcome, decidedOn: d.outcome === 'pending' ? null : on };
      break;
    }
  }
  return next;
}

/** A case imported from a ledger starts from what the ledger says happened. */
export function importedState(receivedOn: IsoDate, d: ImportedData): CaseState {
  const s = initialState(receivedOn);
  const appeals: Appeal[] = [];
  if (d.reviewFiledOn) appeals.push({ kind: 'review', afterReview: false, filedOn: d.reviewFiledOn, outcome: d.reviewOutcome ?? 'pending', decidedOn: null });
  if (d.suitFiledOn) appeals.push({ kind: 'suit', afterReview: d.suitAfterReview, filedOn: d.suitFiledOn, outcome: d.suitOutcome ?? 'pending', decidedOn: null });
  return {
    ...s,
    status: d.deliveredOn ? 'closed' : 'open',
    extensionDays: d.extended ? RULES[regimeFor(receivedOn)].maxExtension : 0,
    reply: d.disposition ? { disposition: d.disposition, legalBasis: '', items: [], form: 'paper', feeYuan: d.feeYuan || null, note: '台账导入', submittedOn: d.deliveredOn ?? receivedOn } : null,
    delivery: d.deliveredOn ? { method: 'imported', postalTrackingNo: '', on: d.deliveredOn } : null,
    closedOn: d.deliveredOn, disposition: d.disposition, appeals,
    feePaid: d.feeYuan > 0 && d.deliveredOn ? { amountYuan: d.feeYuan, on: d.deliveredOn } : null,
  };
}

export interface ImportedData {
  extended: boolean; deliveredOn: IsoDate | null; disposition: string | null; feeYuan: number;
  reviewFiledOn: IsoDate | null; reviewOutcome: Outcome | null; suitFiledOn: IsoDate | null; suitAfterReview: boolean; suitOutcome: Outcome | null;
}

/** Replays stored events (already validated when recorded). */
export function replay(receivedOn: IsoDate, events: { type: string; on: IsoDate; data: unknown }[]): CaseState {
  let s = initialState(receivedOn);
  for (const e of events) {
    if (e.type === 'imported') { s = importedState(receivedOn, e.data as ImportedData); continue; }
    if (!(e.type in EVENT_RULES)) continue; // system events (registered, receipt_issued …) change no state
    s = applyEvent(s, e.type as EventType, e.on, e.data as EventData<EventType>, { today: '9999-12-31' });
  }
  return s;
}

export function deadlinesOf(cal: Calendar, s: CaseState): Deadlines {
  return computeDeadlines(cal, {
    receivedOn: s.receivedOn,
    corrections: s.corrections,
    consultations: s.consultations,
    extensionDays: s.extensionDays,
    customDueOn: s.customDueOn,
  });
}

/** The events the given role could record now (the case page offers these). */
export function availableEvents(s: CaseState, role: string): EventType[] {
  return (Object.keys(EVENT_RULES) as EventType[]).filter((t) => {
    const r = EVENT_RULES[t];
    if (!r.roles.includes(role as never) || !r.from.includes(s.status)) return false;
    if (t === 'extension_requested') return !s.pendingExtension && s.extensionDays === 0;
    if (t === 'extension_approved' || t === 'extension_refused') return !!s.pendingExtension;
    if (t === 'custom_deadline_requested') return !s.pendingCustom;
    if (t === 'custom_deadline_approved' || t === 'custom_deadline_refused') return !!s.pendingCustom;
    if (t === 'review_decided') return s.appeals.some((a) => a.kind === 'review' && a.outcome === 'pending');
    if (t === 'suit_decided') return s.appeals.some((a) => a.kind === 'suit' && a.outcome === 'pending');
    if (t === 'abandoned') return s.status !== 'review' && s.status !== 'approved';
    if (t === 'fee_paid') return !s.feePaid && !!s.reply?.feeYuan;
    return true;
  });
}
