import { apiRoute, readJson } from '@/lib/api/handler';
import { idParam } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { confirmSubmission } from '@/lib/portal/decide-submission';

export const POST = apiRoute<{ id: string }>('cases.create', async (req, actor, { id }) => {
  const body = req.headers.get('content-length') === '0' ? {} : await readJson(req);
  return Response.json(await confirmSubmission(db(), idParam(id, '网上申请'), body, actor), { status: 201 });
});
