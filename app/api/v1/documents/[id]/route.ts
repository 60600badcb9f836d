import { apiRoute } from '@/lib/api/handler';
import { idParam } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { readIssuedDocument } from '@/lib/documents/read-document';

/** The issued .docx, exactly as it was issued — only for roles that may see applicants' full details. */
export const GET = apiRoute<{ id: string }>('cases.view', async (_req, actor, { id }) => {
  const doc = await readIssuedDocument(db(), idParam(id, '文书'), actor, 'download');
  const name = `${doc.docNo}${doc.version > 1 ? `-v${doc.version}` : ''}.docx`;
  return new Response(new Uint8Array(doc.file), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="document-${doc.id}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
});
