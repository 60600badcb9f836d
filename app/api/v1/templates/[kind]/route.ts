import { apiRoute } from '@/lib/api/handler';
import { notFound } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { kindById } from '@/lib/documents/catalog';
import { activeTemplate } from '@/lib/documents/templates';

/** The template now in use for a kind (the office's own, or the shipped default), to edit. */
export const GET = apiRoute<{ kind: string }>('settings.manage', async (_req, actor, { kind }) => {
  const k = kindById(kind);
  if (!k) throw notFound('文书种类');
  const { bytes } = await activeTemplate(db(), actor.agencyId, kind);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${kind}.docx"; filename*=UTF-8''${encodeURIComponent(k.name + '.docx')}`,
    },
  });
});
