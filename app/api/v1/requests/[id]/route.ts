import { apiRoute } from '@/lib/api/handler';
import { idParam } from '@/lib/api/errors';
import { getCaseDetail } from '@/lib/cases/queries';
import { caseToJson } from '@/lib/cases/serialize';
import { db } from '@/lib/db/client';

export const GET = apiRoute<{ id: string }>('cases.view', async (_req, actor, { id }) => {
  const numericId = idParam(id, '案件');
  return Response.json(caseToJson(await getCaseDetail(db(), numericId, actor)));
});
