// One click from a duplicate hint to the 不予处理（重复申请） reply, sent to review as usual. The
// reasons say where the earlier application stands: answered, or still being handled.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/auth/permissions';
import { formatCn, fromDate } from '@/lib/shared/dates';
import { notFoundError } from '@/lib/shared/errors';
import { recordEvent } from './record-event';

export async function markDuplicate(
  db: PrismaClient,
  id: number,
  otherId: number,
  actor: { userId: number; agencyId: number; role: Role },
) {
  const other = await db.case.findFirst({
    where: { id: otherId, agencyId: actor.agencyId },
    select: { trackingNo: true, receivedOn: true, status: true },
  });
  if (!other) throw notFoundError('所指的申请');
  const answered = other.status === 'closed' ? '本机关已作出答复' : '该申请本机关正在办理，将一并答复';
  await recordEvent(
    db,
    id,
    {
      type: 'reply_submitted',
      disposition: 'duplicate',
      legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（六）项',
      reasons: `与${formatCn(fromDate(other.receivedOn))}收到的申请（编号${other.trackingNo}）内容相同，${answered}`,
    },
    actor,
  );
  return other.trackingNo;
}
