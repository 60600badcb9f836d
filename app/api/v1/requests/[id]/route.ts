import { apiRoute } from '@/lib/api/handler';
import { idParam } from '@/lib/api/errors';
import { getCaseDetail, logUnmaskedView } from '@/lib/cases/queries';
import { caseToJson } from '@/lib/cases/serialize';
import { db } from '@/lib/db/client';

export const GET = apiRoute<{ id: string }>('cases.view', async (_req, actor, { id }) => {
  const numericId = idParam(id, '案件');
  const detail = await getCaseDetail(db(), numericId, actor);
  await logUnmaskedView(db(), detail, actor.userId);
  return Response.json(caseToJson(detail));
});
