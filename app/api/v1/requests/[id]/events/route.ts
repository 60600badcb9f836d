import { apiRoute, readJson } from '@/lib/api/handler';
import { ApiError, idParam } from '@/lib/api/errors';
import { recordEvent } from '@/lib/cases/record-event';
import { db } from '@/lib/db/client';

export const POST = apiRoute<{ id: string }>('cases.view', async (req, actor, { id }) => {
  const numericId = idParam(id, '案件');
  const body = await readJson(req);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'invalid', '请求体须为 JSON 对象');
  const { event, case: row, deadlines } = await recordEvent(db(), numericId, body as Record<string, unknown>, actor);
  return Response.json(
    {
      event: { id: Number(event.id), type: event.type, on: event.on.toISOString().slice(0, 10) },
      status: row.status,
      dueOn: row.status === 'closed' ? null : deadlines.dueOn,
      provisional: deadlines.provisional,
      version: row.version,
    },
    { status: 201 },
  );
});
