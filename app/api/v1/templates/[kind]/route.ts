import { apiRoute } from '@/lib/api/handler';
import { ApiError, notFound } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { kindById } from '@/lib/documents/catalog';
import { APPLICATION_FORMS, isApplicationForm } from '@/lib/documents/application-form-kinds';
import { activateTemplate, uploadTemplate } from '@/lib/documents/manage-templates';
import { activeTemplate } from '@/lib/documents/templates';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The template now in use for a kind (the office's own, or the shipped default), to edit. */
export const GET = apiRoute<{ kind: string }>('settings.manage', async (_req, actor, { kind }) => {
  const name = isApplicationForm(kind) ? APPLICATION_FORMS[kind] : kindById(kind)?.name;
  if (!name) throw notFound('文书种类');
  const { bytes } = await activeTemplate(db(), actor.agencyId, kind);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': DOCX,
      'Content-Disposition': `attachment; filename="${kind}.docx"; filename*=UTF-8''${encodeURIComponent(name + '.docx')}`,
    },
  });
});

/**
 * Replaces the kind's template with the body (the .docx), as 文书模板 does: checked (size, zip,
 * placeholders, a sample letter) and put into use; `?activate=0` only checks and keeps it waiting.
 * The body is capped at 5 MB by the server while it streams (lib/runtime/body-limit.mjs).
 */
export const PUT = apiRoute<{ kind: string }>(
  'settings.manage',
  async (req, actor, { kind }) => {
    if (!kindById(kind) && !isApplicationForm(kind)) throw notFound('文书种类');
    const type = (req.headers.get('content-type') ?? '').split(';')[0].trim();
    if (type !== DOCX && type !== 'application/octet-stream') throw new ApiError(415, 'unsupported_type', `Content-Type 须为 ${DOCX}`);
    const bytes = new Uint8Array(await req.arrayBuffer());
    const name = new URL(req.url).searchParams.get('name') ?? `${kind}.docx`;
    const { id, preview } = await uploadTemplate(db(), actor.agencyId, kind, bytes, name, actor.userId);
    const activate = new URL(req.url).searchParams.get('activate') !== '0';
    if (activate) await activateTemplate(db(), actor.agencyId, id, actor.userId);
    return Response.json({ id, kind, status: activate ? 'active' : 'pending', preview });
  },
  { bodyTypes: [DOCX, 'application/octet-stream'] },
);
