import { apiRoute } from '@/lib/api/handler';
import { ApiError, idParam, notFound } from '@/lib/api/errors';
import { attachmentResponse } from '@/lib/attachments/store';
import { can } from '@/lib/auth/permissions';
import { mayOpenAttachment } from '@/lib/attachments/may-open';
import { db } from '@/lib/db/client';
import { audit } from '@/lib/audit/audit';

/** A stored attachment, for staff who may see the case (or, before confirmation, the submission). */
export const GET = apiRoute<{ id: string }>('cases.view', async (_req, actor, { id }) => {
  const a = await db().attachment.findFirst({ where: { id: idParam(id, '附件'), agencyId: actor.agencyId } });
  // Submissions not yet confirmed are for those who register applications.
  if (!a || (!a.caseId && !can(actor.role, 'cases.create'))) throw notFound('附件');
  if (!mayOpenAttachment(actor.role, a.kind)) throw new ApiError(403, 'forbidden', '当前角色不能查看申请人的身份证明材料');
  if (can(actor.role, 'applicant.unmask'))
    await audit(db(), { actorId: actor.userId, action: 'attachment.download', target: `attachment:${a.id}` });
  return attachmentResponse(a);
});
