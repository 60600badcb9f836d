import { apiRoute } from '@/lib/api/handler';
import { notFound } from '@/lib/api/errors';
import { getCaseDetail } from '@/lib/cases/queries';
import { caseToJson } from '@/lib/cases/serialize';
import { db } from '@/lib/db/client';

export const GET = apiRoute<{ id: string }>('cases.view', async (_req, actor, { id }) => {
  if (!/^\d{1,9}$/.test(id)) throw notFound('案件');
  return Response.json(caseToJson(await getCaseDetail(db(), Number(id), actor)));
});
