// When a letter may be issued, for which addressee, with which date. A letter is the office's legal
// act: it is dated the day of the step it records (never before it, never in the future), it is
// offered only when the file supports it, and one issued after its legal limit needs a reason.
// Each kind's rule is one entry of WHEN (the reply letters come from the disposition table), so the
// case page, GET /api/v1/requests/{id} (availableLetters) and POST …/documents ask the same question.
import type { CaseState } from '@/lib/cases/case-state';
import { DISPOSITIONS, dispositionDef, discloses, isAbandonment } from '@/lib/cases/dispositions';
import { consultedParties, objectingParties } from '@/lib/cases/third-parties';
import type { Deadlines } from '@/lib/deadlines/compute-deadlines';
import type { IsoDate } from '@/lib/shared/dates';
import { hasBasis, type Regime } from './citations';
import { kindById } from './catalog';

export const replyKindFor = (disposition: string | null | undefined): string | null => dispositionDef(disposition)?.letter ?? null;

export interface LetterTiming {
  /** The date of the step the letter records: its default date and its earliest. */
  stepOn: IsoDate;
  /** The legal limit for issuing it, if any: later needs a recorded reason. */
  limitOn?: IsoDate | null;
  limitLabel?: string;
}

interface Facts {
  s: CaseState;
  dl: Deadlines;
  channel: string;
  party?: string;
  /** The office requires a leader's 签发 before a reply goes out. */
  signoff?: boolean;
}
type When = (f: Facts) => LetterTiming | null;

// A reply is final once approved — and, where the office requires it, signed (签发): its letters are
// dated the day it became final.
const approvedReply = (s: CaseState, signoff = false) =>
  (s.status === 'approved' || (s.status === 'closed' && !!s.approvedOn)) && !!s.reply && (!signoff || !!s.signed || s.status === 'closed');
const finalOn = (s: CaseState) => s.signed?.on ?? s.approvedOn!;
const consultOf = ({ s, party }: Facts) => (party ? s.consultations.findLast((c) => c.party === party) : s.consultations.at(-1));
const atApproval = (s: CaseState, ok: boolean, signoff = false): LetterTiming | null =>
  ok && approvedReply(s, signoff) ? { stepOn: finalOn(s) } : null;

/** What may still be issued once a case was withdrawn or deemed abandoned: the letters of its ending (and the answers to appeals). */
export const AFTER_ENDING = new Set([
  'register_form',
  'withdrawal_confirmation',
  'abandoned_no_correction',
  'abandoned_no_fee',
  'review_answer',
  'suit_defence',
]);

const appealDraft = (s: CaseState, kind: 'review' | 'suit'): LetterTiming | null => {
  const a = s.appeals.findLast((x) => x.kind === kind && x.noticeReceivedOn);
  return a ? { stepOn: a.noticeReceivedOn! } : null;
};

/** A reply letter: only the approved reply's own disposition, while it stands (abandonment has its own). */
const replyLetter =
  (kind: string): When =>
  ({ s, dl, signoff }) =>
    approvedReply(s, signoff) && replyKindFor(s.reply!.disposition) === kind
      ? { stepOn: finalOn(s), limitOn: dl.dueOn, limitLabel: '答复期限' }
      : null;

const ending =
  (code: 'abandoned_no_correction' | 'abandoned_no_fee'): When =>
  ({ s }) =>
    s.disposition === code && s.closedOn ? { stepOn: s.closedOn } : null;

const RULES_BY_KIND: Record<string, When> = {
  register_form: ({ s }) => ({ stepOn: s.receivedOn }),
  receipt: ({ s, channel }) => (channel === 'in_person' ? null : { stepOn: s.receivedOn }),
  in_person_receipt: ({ s, channel }) => (channel === 'in_person' ? { stepOn: s.receivedOn } : null),
  approval_form: ({ s }) => (s.reply ? { stepOn: s.reply.submittedOn } : null),
  routing_slip: ({ s }) =>
    s.routes.length
      ? {
          stepOn: s.routes
            .map((r) => r.routedOn)
            .sort()
            .at(-1)!,
        }
      : null,
  countersign_record: ({ s }) => {
    const on = s.routes
      .flatMap((r) => (r.opinion ? [r.opinion.on] : []))
      .sort()
      .at(-1);
    return on ? { stepOn: on } : null;
  },
  // The drafts of the office's answers, once the copy of the review application or complaint came.
  review_answer: ({ s }) => appealDraft(s, 'review'),
  suit_defence: ({ s }) => appealDraft(s, 'suit'),
  // The 送达回证 names the letter it serves, so that letter is issued first.
  delivery_receipt: ({ s }) => {
    const reply = replyKindFor(s.reply?.disposition);
    return atApproval(s, !!reply && Object.hasOwn(s.issued, reply));
  },
  correction_notice: ({ s, dl }) => {
    const c = s.corrections.at(-1);
    return c ? { stepOn: c.requestedOn, limitOn: dl.correctionNoticeDueOn, limitLabel: '收到申请之日起7个工作日内' } : null;
  },
  // Art. 35: the request for reasons (with its facts), then the reasonable deadline once reasons were received.
  reasons_notice: ({ s }) => (s.reasonsRequest && s.status !== 'closed' ? { stepOn: s.reasonsRequest.on } : null),
  custom_deadline_notice: ({ s }) => (s.customApprovedOn && s.reasonsAnswer ? { stepOn: s.customApprovedOn } : null),
  extension_notice: ({ s, dl }) =>
    s.extensionApprovedOn ? { stepOn: s.extensionApprovedOn, limitOn: dl.baseDueOn, limitLabel: '原答复期限' } : null,
  consult_third_party: (f) => {
    const c = consultOf(f);
    return c && c.partyKind !== 'agency' ? { stepOn: c.sentOn } : null;
  },
  consult_agency: (f) => {
    const c = consultOf(f);
    return c && c.partyKind === 'agency' ? { stepOn: c.sentOn } : null;
  },
  consult_notice_applicant: (f) => {
    const c = consultOf(f);
    return c ? { stepOn: c.sentOn } : null;
  },
  consult_confirmation: (f) => {
    const c = consultOf(f);
    return c?.answeredOn && c.partyKind !== 'agency' ? { stepOn: c.answeredOn } : null;
  },
  // Art. 32: the decision to disclose over an objection goes only to a party it overrides; a
  // party whose objection was followed is told its information was not disclosed.
  disclosure_notice_third_party: ({ s, party, signoff }) =>
    atApproval(s, !!party && discloses(s.reply?.disposition ?? '') && (s.reply?.overrides ?? []).includes(party), signoff),
  third_party_outcome: ({ s, party, signoff }) =>
    atApproval(s, !!party && objectingParties(s).includes(party) && !(s.reply?.overrides ?? []).includes(party), signoff),
  // 109号: the fee notice goes out within the processing period (later, with a reason); not once
  // the fee was waived.
  fee_notice: ({ s, dl, signoff }) =>
    approvedReply(s, signoff) && s.reply!.feeYuan && !s.feeWaived
      ? { stepOn: finalOn(s), limitOn: dl.dueOn, limitLabel: '答复期限' }
      : null,
  withdrawal_confirmation: ({ s }) => (s.withdrawnOn ? { stepOn: s.withdrawnOn } : null),
  abandoned_no_correction: ending('abandoned_no_correction'),
  abandoned_no_fee: ending('abandoned_no_fee'),
};

/** Every kind's rule: the ones above, and one reply-letter rule per disposition's letter. */
export const WHEN: Readonly<Record<string, When>> = {
  ...Object.fromEntries(
    Object.values(DISPOSITIONS)
      .map((d) => d.letter)
      .filter((k): k is string => !!k && !(k in RULES_BY_KIND))
      .map((k) => [k, replyLetter(k)]),
  ),
  ...RULES_BY_KIND,
};

/**
 * The letters of a request to correct information (更正申请, art. 41): its own three replies, the
 * service receipt that names them, and the drafts of the answers to an appeal. Every other letter
 * and form is written for an application (its title and opening say 政府信息公开申请).
 */
const RECTIFICATION_LETTERS = new Set([
  'delivery_receipt',
  'review_answer',
  'suit_defence',
  'rectify_done',
  'rectify_refused',
  'rectify_referred',
]);

/** When (and whether) this kind can be issued for this case and addressee; null when the file doesn't support it. */
export function letterTiming(
  kind: string,
  s: CaseState,
  dl: Deadlines,
  channel: string,
  party?: string,
  signoff = false,
): LetterTiming | null {
  const k = kindById(kind);
  const when = Object.hasOwn(WHEN, kind) ? WHEN[kind] : null;
  if (!k || !when) return null;
  // A case withdrawn or deemed abandoned ended without its reply: no reply letter, fee notice or
  // 送达回证 may be issued (or re-issued) for it any more, whatever was approved before.
  if ((s.withdrawnOn || isAbandonment(s.disposition)) && !AFTER_ENDING.has(kind)) return null;
  if (s.rectification && !RECTIFICATION_LETTERS.has(kind)) return null;
  if (k.cite?.some((c) => !hasBasis(s.regime as Regime, c))) return null; // no such act under this case's regime
  return when({ s, dl, channel, party, signoff });
}

/**
 * The receipt a case is given when it is registered — 回执, or 当面签收单 for an application handed
 * in — or null when the rules give it none (a request to correct information, 更正申请).
 */
export const receiptKindFor = (s: CaseState, dl: Deadlines, channel: string): string | null =>
  ['receipt', 'in_person_receipt'].find((kind) => letterTiming(kind, s, dl, channel)) ?? null;

/** Letters to a third party are per party; every other letter has the applicant (or the file) as addressee. */
export function addresseesFor(kind: string, s: CaseState): string[] {
  return kindById(kind)?.to === 'thirdParty' ? consultedParties(s) : [''];
}
