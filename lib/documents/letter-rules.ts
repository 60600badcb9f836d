// When a letter may be issued, for which addressee, with which date. A letter is the office's legal
// act: it is dated the day of the step it records (never before it, never in the future), it is
// offered only when the file supports it, and one issued after its legal limit needs a reason.
import type { CaseState } from '@/lib/cases/case-state';
import { discloses, isAbandonment } from '@/lib/cases/dispositions';
import { objectingParties } from '@/lib/cases/third-parties';
import type { Deadlines } from '@/lib/deadlines/compute-deadlines';
import type { IsoDate } from '@/lib/shared/dates';
import { hasBasis, type Regime } from './citations';
import { kindById } from './catalog';

const REPLY_KIND: Record<string, string> = {
  published: 'reply_published',
  granted: 'reply_granted',
  partial: 'reply_partial',
  deny_state_secret: 'reply_deny_state_secret',
  deny_law: 'reply_deny_law',
  deny_security: 'reply_deny_security',
  deny_trade_secret: 'reply_deny_trade_secret',
  deny_privacy: 'reply_deny_privacy',
  deny_internal: 'reply_deny_internal',
  deny_process: 'reply_deny_process',
  deny_enforcement: 'reply_deny_enforcement',
  deny_not_gov_info: 'reply_deny_not_gov_info',
  not_held: 'unable_not_held',
  not_this_agency: 'unable_not_this_agency',
  needs_creation: 'unable_needs_creation',
  unclear_after_correction: 'unable_unclear',
  amend_requested: 'unable_amend',
  other_procedure: 'other_procedure',
  petition: 'noproc_petition',
  duplicate: 'noproc_duplicate',
  publication: 'noproc_publication',
  mass: 'noproc_mass',
  confirmation: 'noproc_confirmation',
  abandoned_no_correction: 'abandoned_no_correction',
  abandoned_no_fee: 'abandoned_no_fee',
};

export const replyKindFor = (disposition: string | null | undefined): string | null =>
  disposition ? (REPLY_KIND[disposition] ?? null) : null;

export interface LetterTiming {
  /** The date of the step the letter records: its default date and its earliest. */
  stepOn: IsoDate;
  /** The legal limit for issuing it, if any: later needs a recorded reason. */
  limitOn?: IsoDate | null;
  limitLabel?: string;
}

/** The third parties a case has consulted, each an addressee of its own letters. */
export const consultedParties = (s: CaseState) => [...new Set(s.consultations.map((c) => c.party))];

const approvedReply = (s: CaseState) => (s.status === 'approved' || (s.status === 'closed' && !!s.approvedOn)) && !!s.reply;

/** What may still be issued once a case was withdrawn or deemed abandoned: the letters of its ending. */
export const AFTER_ENDING = new Set(['register_form', 'withdrawal_confirmation', 'abandoned_no_correction', 'abandoned_no_fee']);

/** When (and whether) this kind can be issued for this case and addressee; null when the file doesn't support it. */
export function letterTiming(kind: string, s: CaseState, dl: Deadlines, channel: string, party?: string): LetterTiming | null {
  const regime = s.regime as Regime;
  const k = kindById(kind);
  if (!k) return null;
  // A case withdrawn or deemed abandoned ended without its reply: no reply letter, fee notice or
  // 送达回证 may be issued (or re-issued) for it any more, whatever was approved before.
  if ((s.withdrawnOn || isAbandonment(s.disposition)) && !AFTER_ENDING.has(kind)) return null;
  if (k.cite?.some((c) => !hasBasis(regime, c))) return null; // no such act under this case's regime
  const consult = party ? s.consultations.findLast((c) => c.party === party) : s.consultations.at(-1);
  const replyKind = approvedReply(s) ? replyKindFor(s.reply!.disposition) : null;
  switch (kind) {
    case 'register_form':
      return { stepOn: s.receivedOn };
    case 'receipt':
      return channel === 'in_person' ? null : { stepOn: s.receivedOn };
    case 'in_person_receipt':
      return channel === 'in_person' ? { stepOn: s.receivedOn } : null;
    case 'approval_form':
      return s.reply ? { stepOn: s.reply.submittedOn } : null;
    case 'delivery_receipt':
      return approvedReply(s) && s.disposition !== 'other' ? { stepOn: s.approvedOn! } : null;
    case 'correction_notice': {
      const c = s.corrections.at(-1);
      return c ? { stepOn: c.requestedOn, limitOn: dl.correctionNoticeDueOn, limitLabel: '收到申请之日起7个工作日内' } : null;
    }
    case 'reasons_notice':
      return s.status !== 'closed' && (s.pendingCustom || s.customDueOn) ? { stepOn: s.pendingCustom?.on ?? s.customApprovedOn! } : null;
    case 'custom_deadline_notice':
      return s.customApprovedOn ? { stepOn: s.customApprovedOn } : null;
    case 'extension_notice':
      return s.extensionApprovedOn ? { stepOn: s.extensionApprovedOn, limitOn: dl.baseDueOn, limitLabel: '原答复期限' } : null;
    case 'consult_third_party':
      return consult && consult.partyKind !== 'agency' ? { stepOn: consult.sentOn } : null;
    case 'consult_agency':
      return consult && consult.partyKind === 'agency' ? { stepOn: consult.sentOn } : null;
    case 'consult_notice_applicant':
      return consult ? { stepOn: consult.sentOn } : null;
    case 'consult_confirmation':
      return consult?.answeredOn && consult.partyKind !== 'agency' ? { stepOn: consult.answeredOn } : null;
    // Art. 32: the decision to disclose over an objection goes only to a party it overrides; a
    // party whose objection was followed is told its information was not disclosed.
    case 'disclosure_notice_third_party':
      return party && approvedReply(s) && discloses(s.reply!.disposition) && (s.reply!.overrides ?? []).includes(party)
        ? { stepOn: s.approvedOn! }
        : null;
    case 'third_party_outcome':
      return party && approvedReply(s) && objectingParties(s).includes(party) && !(s.reply!.overrides ?? []).includes(party)
        ? { stepOn: s.approvedOn! }
        : null;
    // The fee notice goes out within the processing period (109号); later, a reason is recorded.
    case 'fee_notice':
      return approvedReply(s) && s.reply!.feeYuan ? { stepOn: s.approvedOn!, limitOn: dl.dueOn, limitLabel: '答复期限' } : null;
    case 'withdrawal_confirmation':
      return s.withdrawnOn ? { stepOn: s.withdrawnOn } : null;
    case 'abandoned_no_correction':
    case 'abandoned_no_fee':
      return s.disposition === kind && s.closedOn ? { stepOn: s.closedOn } : null;
    default:
      return replyKind === kind ? { stepOn: s.approvedOn!, limitOn: dl.dueOn, limitLabel: '答复期限' } : null;
  }
}

/** Letters to a third party are per party; every other letter has the applicant (or the file) as addressee. */
export function addresseesFor(kind: string, s: CaseState): string[] {
  return kindById(kind)?.to === 'thirdParty' ? consultedParties(s) : [''];
}
