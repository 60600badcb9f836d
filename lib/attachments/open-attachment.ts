// Opening a stored file for a member of staff: found only within their office; a submission not
// yet confirmed only for those who register applications; identity papers only for roles that see
// ID numbers (may-open.ts); a full view by such a role is in the admin log.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { audit } from '@/lib/audit/audit';
import { can, type Role } from '@/lib/auth/permissions';
import { DomainError, notFoundError } from '@/lib/shared/errors';
import { mayOpenAttachment } from './may-open';
import { caseScope, caseWhere } from '@/lib/cases/case-scope';

export async function openAttachment(
  db: PrismaClient,
  id: number,
  actor: { userId: number; agencyId: number; role: Role; departmentId?: number | null },
) {
  const scope = caseScope(actor);
  // A handler opens only the files of a case routed to their department.
  const a = await db.attachment.findFirst({
    where: { id, agencyId: actor.agencyId, ...(scope.departmentId !== null ? { case: caseWhere(scope) } : {}) },
  });
  if (!a || (!a.caseId && !can(actor.role, 'cases.create'))) throw notFoundError('附件');
  if (!mayOpenAttachment(actor.role, a.kind)) throw new DomainError('forbidden', '当前角色不能查看申请人的身份证明材料');
  if (can(actor.role, 'applicant.unmask'))
    await audit(db, { actorId: actor.userId, action: 'attachment.download', target: `attachment:${a.id}` });
  return a;
}
