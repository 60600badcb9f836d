import { apiRoute } from '@/lib/api/handler';
import { idParam, notFound } from '@/lib/api/errors';
import { db } from '@/lib/db/client';

/** The issued .docx, exactly as it was issued. */
export const GET = apiRoute<{ id: string }>('cases.view', async (_req, actor, { id }) => {
  const numericId = idParam(id, '文书');
  const doc = await db().document.findFirst({ where: { id: numericId, agencyId: actor.agencyId } });
  if (!doc) throw notFound('文书');
  const name = `${doc.docNo}${doc.version > 1 ? `-v${doc.version}` : ''}.docx`;
  return new Response(new Uint8Array(doc.file), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="document-${doc.id}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
});
