import { apiRoute } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { listPending } from '@/lib/portal/decide-submission';

/** Online applications waiting for the office's confirmation, oldest first. */
export const GET = apiRoute('cases.create', async (_req, actor) => {
  const rows = await listPending(db(), actor);
  return Response.json({
    submissions: rows.map((s) => ({ id: s.id, submittedAt: s.submittedAt.toISOString(), application: s.data, attachments: s.attachments })),
  });
});
