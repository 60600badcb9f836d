import { apiRoute } from '@/lib/api/handler';
import { idParam } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { caseArchiveResponse } from '@/lib/archive/archive-files';

/** One application's archive package (一案一档). */
export const GET = apiRoute<{ id: string }>('archive.manage', async (_req, actor, { id }) =>
  caseArchiveResponse(db(), actor.agencyId, idParam(id, '案件')),
);
