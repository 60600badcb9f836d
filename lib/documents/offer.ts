// Which documents make sense for a case now. The reply letter follows the approved disposition and
// is only offered once the reply is approved.
import type { CaseState } from '@/lib/cases/case-state';

const BY_DISPOSITION: Record<string, string> = {
  published: 'reply_published', granted: 'reply_granted', partial: 'reply_partial',
  deny_state_secret: 'reply_deny_state_secret', deny_law: 'reply_deny_law', deny_security: 'reply_deny_security',
  deny_trade_secret: 'reply_deny_trade_secret', deny_privacy: 'reply_deny_privacy', deny_internal: 'reply_deny_internal',
  deny_process: 'reply_deny_process', deny_enforcement: 'reply_deny_enforcement', deny_not_gov_info: 'reply_deny_not_gov_info',
  not_held: 'unable_not_held', not_this_agency: 'unable_not_this_agency', needs_creation: 'unable_needs_creation',
  unclear_after_correction: 'unable_unclear', amend_requested: 'unable_amend', other_procedure: 'other_procedure',
  petition: 'noproc_petition', duplicate: 'noproc_duplicate', publication: 'noproc_publication', mass: 'noproc_mass',
  confirmation: 'noproc_confirmation', abandoned_no_correction: 'abandoned_no_correction', abandoned_no_fee: 'abandoned_no_fee',
};

export function replyKindFor(disposition: string | null | undefined): string | null {
  return disposition ? BY_DISPOSITION[disposition] ?? null : null;
}

export function offeredKinds(s: CaseState, channel: string): string[] {
  const out = ['register_form', channel === 'in_person' ? 'in_person_receipt' : 'receipt'];
  if (s.corrections.length) out.push('correction_notice');
  if (s.status !== 'closed') out.push('reasons_notice');
  if (s.extensionDays > 0) out.push('extension_notice');
  if (s.consultations.length) {
    out.push(s.consultations.at(-1)!.partyKind === 'agency' ? 'consult_agency' : 'consult_third_party', 'consult_notice_applicant');
    if (s.consultations.some((c) => c.answeredOn && c.objection)) out.push('disclosure_notice_third_party');
  }
  const approved = s.status === 'approved' || (s.status === 'closed' && !!s.approvedOn);
  if (s.reply?.feeYuan && approved) out.push('fee_notice');
  if (approved) { const k = replyKindFor(s.reply?.disposition); if (k) out.push(k); }
  if (s.status === 'closed' && s.disposition?.startsWith('abandoned_')) out.push(replyKindFor(s.disposition)!);
  return out;
}
