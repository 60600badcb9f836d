import { apiRoute } from '@/lib/api/handler';
import { idParam } from '@/lib/api/errors';
import { openAttachment } from '@/lib/attachments/open-attachment';
import { attachmentResponse } from '@/lib/attachments/store';
import { db } from '@/lib/db/client';

/** A stored attachment, for staff who may see the case (or, before confirmation, the submission). */
export const GET = apiRoute<{ id: string }>('cases.view', async (_req, actor, { id }) =>
  attachmentResponse(await openAttachment(db(), idParam(id, '附件'), actor)),
);
