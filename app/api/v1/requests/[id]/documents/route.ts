import { apiRoute, readJson } from '@/lib/api/handler';
import { ApiError, idParam } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { issueDocument, listDocuments } from '@/lib/documents/issue-document';
import { caseScope } from '@/lib/cases/case-scope';

export const GET = apiRoute<{ id: string }>('cases.view', async (_req, actor, { id }) => {
  const numericId = idParam(id, '案件');
  const docs = await listDocuments(db(), numericId, caseScope(actor));
  return Response.json({ documents: docs.map((d) => ({ ...d, issuedBy: d.issuedBy?.name ?? null, url: `/api/v1/documents/${d.id}` })) });
});

export const POST = apiRoute<{ id: string }>('cases.work', async (req, actor, { id }) => {
  const numericId = idParam(id, '案件');
  const body = (await readJson(req)) as {
    kind?: unknown;
    date?: unknown;
    lateReason?: unknown;
    backdateReason?: unknown;
    party?: unknown;
  } | null;
  if (typeof body?.kind !== 'string')
    throw new ApiError(400, 'invalid', 'kind: 请指定文书种类', [{ field: 'kind', message: '请指定文书种类' }]);
  const { kind, ...options } = body;
  const doc = await issueDocument(db(), numericId, kind, actor, options);
  return Response.json({ ...doc, url: `/api/v1/documents/${doc.id}` }, { status: 201 });
});
