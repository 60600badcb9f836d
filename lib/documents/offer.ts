// Which letters the case page offers now: every kind of the catalogue whose rules (letter-rules.ts)
// the file supports, once per addressee.
import type { CaseState } from '@/lib/cases/case-state';
import type { Deadlines } from '@/lib/deadlines/compute-deadlines';
import { KINDS } from './catalog';
import { addresseesFor, letterTiming } from './letter-rules';

export { replyKindFor } from './letter-rules';

export function offeredDocuments(s: CaseState, dl: Deadlines, channel: string, office?: { signoffRequired: boolean }) {
  return KINDS.flatMap((k) =>
    addresseesFor(k.id, s).flatMap((party) => {
      const t = letterTiming(k.id, s, dl, channel, party || undefined, office?.signoffRequired);
      return t ? [{ kind: k.id, party, name: party ? `${k.name}：${party}` : k.name, stepOn: t.stepOn, limitOn: t.limitOn ?? null }] : [];
    }),
  );
}
