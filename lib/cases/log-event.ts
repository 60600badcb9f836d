// A timeline entry for what happens beside the steps — a file added, a letter issued, a 督办 note, a
// deadline moved by a calendar change. None of these is a step of the case's life (the step table
// doesn't offer them and recordEvent doesn't take them); each is written with the row it explains.
import type { Prisma } from '@/lib/generated/prisma/client';
import { todayInChina, toDate, type IsoDate } from '@/lib/shared/dates';

export type LoggedEvent = 'attachment_added' | 'document_issued' | 'supervision_note' | 'calendar_recomputed';

export function logEvent(
  tx: Prisma.TransactionClient,
  caseId: number,
  type: LoggedEvent,
  data: Prisma.InputJsonObject,
  { actorId = null, on = todayInChina() }: { actorId?: number | null; on?: IsoDate } = {},
) {
  return tx.caseEvent.create({ data: { caseId, type, on: toDate(on), actorId, data } });
}
