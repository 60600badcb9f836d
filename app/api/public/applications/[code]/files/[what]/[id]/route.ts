import { notFound } from '@/lib/api/errors';
import { publicRoute } from '@/lib/api/public-route';
import { attachmentResponse } from '@/lib/attachments/store';
import { db } from '@/lib/db/client';
import { deliveredFile } from '@/lib/portal/application-status';
import { idFromAddress } from '@/lib/shared/id-from-address';

/** A reply letter (what=document) or released file (what=file) delivered electronically to the code's holder. */
export const GET = publicRoute<{ code: string; what: string; id: string }>(async (_req, _address, { code, what, id }) => {
  const n = idFromAddress(id);
  if ((what !== 'document' && what !== 'file') || n === null) throw notFound('文件');
  return attachmentResponse(await deliveredFile(db(), code, what, n));
});
