// Which letters the case page offers now: every kind of the catalogue whose rules (letter-rules.ts)
// the file supports, once per addressee.
import type { CaseState } from '@/lib/cases/case-state';
import type { Deadlines } from '@/lib/deadlines/compute-deadlines';
import { KINDS } from './catalog';
import { letterTiming, offeredLetters } from './letter-rules';

export { replyKindFor } from './letter-rules';

export function offeredDocuments(s: CaseState, dl: Deadlines, channel: string) {
  return offeredLetters(
    s,
    dl,
    channel,
    KINDS.map((k) => k.id),
  ).map((o) => {
    const k = KINDS.find((x) => x.id === o.kind)!;
    const t = letterTiming(o.kind, s, dl, channel, o.party || undefined)!;
    return { kind: o.kind, party: o.party, name: o.party ? `${k.name}：${o.party}` : k.name, stepOn: t.stepOn, limitOn: t.limitOn ?? null };
  });
}
