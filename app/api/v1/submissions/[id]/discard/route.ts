import { apiRoute, readJson } from '@/lib/api/handler';
import { idParam } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { discardSubmission } from '@/lib/portal/decide-submission';

export const POST = apiRoute<{ id: string }>('cases.create', async (req, actor, { id }) => {
  await discardSubmission(db(), idParam(id, '网上申请'), await readJson(req), actor);
  return Response.json({ ok: true });
});
