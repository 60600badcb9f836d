// A file added to a case by staff: a scan of what arrived, identity papers marked as such, or the
// information released with the reply. Stored and noted on the timeline in one transaction.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { notFoundError } from '@/lib/shared/errors';
import { pgStore } from './store';
import { caseScope, caseWhere } from '@/lib/cases/case-scope';
import type { Role } from '@/lib/auth/permissions';
import { logEvent } from '@/lib/cases/log-event';

export type CaseFileKind = 'scan' | 'id_copy' | 'released';
export const caseFileKind = (asked: unknown): CaseFileKind =>
  asked === 'released' ? 'released' : asked === 'id_copy' ? 'id_copy' : 'scan';

export async function addCaseFile(
  db: PrismaClient,
  caseId: number,
  file: { name: string; bytes: Uint8Array; kind: CaseFileKind },
  actor: { userId: number; agencyId: number; role?: Role; departmentId?: number | null },
) {
  // A handler attaches files (the information to release) only to a case routed to their department.
  const scope = actor.role ? caseScope({ ...actor, role: actor.role }) : { agencyId: actor.agencyId, departmentId: null };
  const c = await db.case.findFirst({ where: { id: caseId, ...caseWhere(scope) }, select: { id: true } });
  if (!c) throw notFoundError('案件');
  await db.$transaction(async (tx) => {
    await pgStore.put(tx, { agencyId: actor.agencyId, caseId, uploadedById: actor.userId }, file);
    await logEvent(tx, caseId, 'attachment_added', { name: file.name, kind: file.kind }, { actorId: actor.userId });
  });
}
