// The third parties of a case (art. 32): whom it consulted, and whose latest answer objected to
// disclosure. The reply states for each objecting party whether its objection is overridden; the
// letters to the parties follow from that (lib/documents/letter-rules.ts).
import type { CaseState } from './case-state';

/** Everyone the case consulted (third parties and agencies), each an addressee of its own letters. */
export const consultedParties = (s: Pick<CaseState, 'consultations'>) => [...new Set(s.consultations.map((c) => c.party))];

/** The third parties (not agencies) whose latest answer objected to disclosure. */
export function objectingParties(s: Pick<CaseState, 'consultations'>): string[] {
  const last = new Map<string, { objection?: boolean; partyKind: string }>();
  for (const c of s.consultations) last.set(c.party, c);
  return [...last].filter(([, c]) => c.objection && c.partyKind !== 'agency').map(([p]) => p);
}
