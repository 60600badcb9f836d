// Reading an issued letter. Letters carry the applicant's full ID number and phone: roles that see
// them masked everywhere else (managers) get the preview masked and no .docx; every full view or
// download is written to the admin log, like an unmasked case view.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/auth/permissions';
import { mayDownloadLetter } from '@/lib/attachments/may-open';
import { maskId } from '@/lib/cases/queries';
import { DomainError, notFoundError } from '@/lib/shared/errors';
import { audit } from '@/lib/audit/audit';
import { caseScope, caseWhere } from '@/lib/cases/case-scope';

export async function readIssuedDocument(
  db: PrismaClient,
  id: number,
  actor: { userId: number; agencyId: number; role: Role; departmentId?: number | null },
  how: 'download' | 'preview',
) {
  const doc = await db.document.findFirst({
    where: { id, agencyId: actor.agencyId, case: caseWhere(caseScope(actor)) },
    include: { case: { select: { idNumber: true, phone: true } } },
  });
  if (!doc) throw notFoundError('文书');
  // The one rule of who gets the full letter (the case page offers the download by it too).
  const unmask = mayDownloadLetter(actor.role);
  const personal = [doc.case.idNumber, doc.case.phone].filter((v) => v.length > 0);
  if (!unmask && how === 'download' && personal.length) {
    throw new DomainError('forbidden', '文书含申请人的证件号码和联系电话，当前角色只能查看已隐藏这些信息的预览');
  }
  if (unmask && personal.length) await audit(db, { actorId: actor.userId, action: `document.${how}`, target: `document:${doc.id}` });
  // Longest first: a phone that is part of the ID number must not be masked inside it first.
  const masks = personal.toSorted((x, y) => y.length - x.length).map((v) => [v, maskId(v)] as const);
  return { ...doc, masks: unmask ? [] : masks };
}
