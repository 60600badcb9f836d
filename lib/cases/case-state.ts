// What a case's timeline adds up to. The state is plain data; the steps that change it (and the
// rules for when they may) are in ./steps.ts, and replaying the stored events from the start
// through them gives the state again.
import { computeDeadlines, RULES, regimeFor, type Deadlines, type Regime } from '@/lib/deadlines/compute-deadlines';
import type { Calendar } from '@/lib/deadlines/calendar';
import type { IsoDate } from '@/lib/shared/dates';
import type { CaseStatus, Outcome } from './labels';

interface Appeal {
  kind: 'review' | 'suit';
  afterReview: boolean;
  filedOn: IsoDate;
  outcome: Outcome;
  decidedOn: IsoDate | null;
  /** The day the office received the copy of the review application or the complaint (its answer runs from it). */
  noticeReceivedOn?: IsoDate | null;
  /** The day the 答复书 / 答辩状 went in. */
  answeredOn?: IsoDate | null;
}

/** A routing to one department (转办): its internal due date, 签收 or 退回, and its 拟办意见. */
export interface Route {
  department: number;
  /** The department's name when routed (the timeline keeps it if the department is renamed). */
  name: string;
  routedOn: IsoDate;
  dueOn: IsoDate;
  /** What the 公开办 asks the department (on the 转办单). */
  question?: string;
  status: 'routed' | 'accepted' | 'returned' | 'answered';
  acceptedOn: IsoDate | null;
  returned: { on: IsoDate; reason: string; by: number | null } | null;
  opinion: { on: IsoDate; disposition: string; note: string; items: string[]; by: number | null } | null;
}

export interface Reply {
  disposition: string;
  legalBasis: string;
  items: string[];
  form: 'paper' | 'electronic';
  feeYuan?: number | null;
  note: string;
  fee?: { basis: 'items' | 'pages'; count: number } | null;
  /** Why not (all or part), for every refusal (art. 36(3), 37); what was withheld (部分公开). */
  reasons?: string;
  withheld?: string;
  /** 非本机关: the responsible agency (art. 36(5)), or that it can't be determined. */
  referTo?: { name: string; contact: string } | null;
  referUnknown?: boolean;
  /**
   * Art. 32: the objecting third parties whose objection is overridden (their information is
   * disclosed), and the public interest that outweighs it. An objecting party not named here had
   * its information withheld.
   */
  overrides?: string[];
  publicInterest?: string;
  submittedOn: IsoDate;
  /** Who submitted it: that person may never approve or return it, whatever role they hold later. */
  by: number | null;
}

export interface CaseState {
  receivedOn: IsoDate;
  regime: Regime;
  status: CaseStatus;
  /** The date of the latest step: a new step can't be dated before it. */
  lastOn: IsoDate;
  corrections: { requestedOn: IsoDate; limitOn: IsoDate; items: string; receivedOn?: IsoDate; late?: boolean }[];
  consultations: { sentOn: IsoDate; party: string; partyKind: string; answeredOn?: IsoDate; objection?: boolean }[];
  pendingExtension: { workingDays: number; reason: string; on: IsoDate; by: number | null } | null;
  extensionDays: number;
  extensionReason: string | null;
  extensionApprovedOn: IsoDate | null;
  customApprovedOn: IsoDate | null;
  customReason: string | null;
  withdrawnOn: IsoDate | null;
  pendingCustom: { dueOn: IsoDate; reason: string; on: IsoDate; by: number | null } | null;
  customDueOn: IsoDate | null;
  reply: Reply | null;
  lastReturn: { comment: string; on: IsoDate } | null;
  approvedOn: IsoDate | null;
  delivery: { method: string; postalTrackingNo: string; on: IsoDate } | null;
  closedOn: IsoDate | null;
  disposition: string | null;
  appeals: Appeal[];
  feePaid: { amountYuan: number; on: IsoDate } | null;
  /**
   * 国办函〔2020〕109号: the day the fee notice (issued.fee_notice) reached the applicant, from which
   * the 20 working days to pay run; a reviewer may instead waive the fee, with a reason.
   */
  feeNoticeServedOn: IsoDate | null;
  feeWaived: { on: IsoDate; reason: string } | null;
  /** Letters to the applicant (or the file) as first issued, by kind: later forms name them by 文号. */
  issued: Record<string, { on: IsoDate; docNo: string }>;
  /** Art. 35: the request to state reasons (with its facts and time to answer) and the answer received. */
  reasonsRequest: { on: IsoDate; count: number; periodFrom: IsoDate; periodTo: IsoDate; answerBy: IsoDate } | null;
  reasonsAnswer: { on: IsoDate; content: string } | null;
  /** 转办 to the office's departments (several at once: 会签). */
  routes: Route[];
  /** The reviewer who approved the reply (who may not sign it), and that the 保密审查 was done. */
  approvedBy: number | null;
  secrecyReviewedOn: IsoDate | null;
  /** The leader's 签发, where the office requires it before the reply goes out. */
  signed: { on: IsoDate; by: number | null } | null;
  /** Answered at the counter on the day of receipt (当场答复, art. 33¶1): no letter, a signed record. */
  counter?: boolean;
  /** A request to correct information about the applicant (更正申请, art. 41), as registered: its own outcomes, steps and letters. */
  rectification?: boolean;
}

export function initialState(receivedOn: IsoDate): CaseState {
  return {
    receivedOn,
    regime: regimeFor(receivedOn),
    status: 'open',
    lastOn: receivedOn,
    corrections: [],
    consultations: [],
    pendingExtension: null,
    extensionDays: 0,
    extensionReason: null,
    extensionApprovedOn: null,
    customApprovedOn: null,
    customReason: null,
    withdrawnOn: null,
    pendingCustom: null,
    customDueOn: null,
    reply: null,
    lastReturn: null,
    approvedOn: null,
    delivery: null,
    closedOn: null,
    disposition: null,
    appeals: [],
    feePaid: null,
    feeNoticeServedOn: null,
    feeWaived: null,
    issued: {},
    reasonsRequest: null,
    reasonsAnswer: null,
    routes: [],
    approvedBy: null,
    secrecyReviewedOn: null,
    signed: null,
  };
}

/** A case imported from a ledger starts from what the ledger says happened. */
export function importedState(receivedOn: IsoDate, d: ImportedData): CaseState {
  const s = initialState(receivedOn);
  const appeals: Appeal[] = [];
  if (d.reviewFiledOn)
    appeals.push({ kind: 'review', afterReview: false, filedOn: d.reviewFiledOn, outcome: d.reviewOutcome ?? 'pending', decidedOn: null });
  if (d.suitFiledOn)
    appeals.push({
      kind: 'suit',
      afterReview: d.suitAfterReview,
      filedOn: d.suitFiledOn,
      outcome: d.suitOutcome ?? 'pending',
      decidedOn: null,
    });
  return {
    ...s,
    status: d.deliveredOn ? 'closed' : 'open',
    lastOn: [receivedOn, d.deliveredOn, d.reviewFiledOn, d.suitFiledOn]
      .filter((x): x is IsoDate => !!x)
      .sort()
      .at(-1)!,
    extensionDays: d.extended ? RULES[regimeFor(receivedOn)].maxExtension : 0,
    reply: d.disposition
      ? {
          disposition: d.disposition,
          legalBasis: '',
          items: [],
          form: 'paper',
          feeYuan: d.feeYuan || null,
          note: '台账导入',
          submittedOn: d.deliveredOn ?? receivedOn,
          by: null,
        }
      : null,
    delivery: d.deliveredOn ? { method: 'imported', postalTrackingNo: '', on: d.deliveredOn } : null,
    closedOn: d.deliveredOn,
    disposition: d.disposition,
    appeals,
    feePaid: d.feeYuan > 0 && d.deliveredOn ? { amountYuan: d.feeYuan, on: d.deliveredOn } : null,
  };
}

export interface ImportedData {
  extended: boolean;
  deliveredOn: IsoDate | null;
  disposition: string | null;
  feeYuan: number;
  reviewFiledOn: IsoDate | null;
  reviewOutcome: Outcome | null;
  suitFiledOn: IsoDate | null;
  suitAfterReview: boolean;
  suitOutcome: Outcome | null;
}

export function deadlinesOf(cal: Calendar, s: CaseState): Deadlines {
  return computeDeadlines(cal, {
    receivedOn: s.receivedOn,
    corrections: s.corrections,
    consultations: s.consultations,
    extensionDays: s.extensionDays,
    customDueOn: s.customDueOn,
    feeWait: s.feeNoticeServedOn ? { from: s.feeNoticeServedOn, to: s.feePaid?.on ?? s.feeWaived?.on ?? null } : null,
  });
}
