// What each disposition is, for the rules that depend on it: its group (which sets the letter's
// required content), and the regime it exists under.
export type DispositionGroup = 'disclose' | 'published' | 'partial' | 'deny' | 'unable' | 'noproc' | 'other';

export function dispositionGroup(code: string): DispositionGroup {
  if (code === 'granted') return 'disclose';
  if (code === 'published') return 'published';
  if (code === 'partial') return 'partial';
  if (code.startsWith('deny_')) return 'deny';
  if (['not_held', 'not_this_agency', 'needs_creation', 'unclear_after_correction', 'amend_requested'].includes(code)) return 'unable';
  if (['petition', 'duplicate', 'publication', 'mass', 'confirmation'].includes(code)) return 'noproc';
  return 'other';
}

/** Dispositions that exist only under one regime. */
export const REGIME_ONLY: Record<string, '2007' | '2019'> = {
  amend_requested: '2007',
  publication: '2019',
  mass: '2019',
  confirmation: '2019',
  other_procedure: '2019',
};

/** A refusal, in whole or in part, or an answer that gives nothing, must say why. */
export const needsReasons = (code: string) =>
  ['partial', 'deny', 'unable', 'noproc'].includes(dispositionGroup(code)) || code === 'other_procedure';

export const discloses = (code: string) => code === 'granted' || code === 'partial';

/** Deemed abandonment (arts. 30, 42): the case ends without the reply being given. */
export const isAbandonment = (code: string | null | undefined) => code === 'abandoned_no_correction' || code === 'abandoned_no_fee';
