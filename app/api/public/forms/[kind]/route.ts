import { ApiError } from '@/lib/api/errors';
import { publicRoute } from '@/lib/api/public-route';
import { db } from '@/lib/db/client';
import { applicationFormFor } from '@/lib/documents/application-forms';
import { isApplicationForm } from '@/lib/documents/application-form-kinds';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `?agency=`: that office's blank application form (its own template, or the default), to print. */
export const GET = publicRoute(async (req, _address, params: { kind: string }) => {
  const agency = Number(new URL(req.url).searchParams.get('agency'));
  const form = isApplicationForm(params.kind) && Number.isSafeInteger(agency) && agency > 0 ? await applicationFormFor(db(), agency, params.kind) : null;
  if (!form) throw new ApiError(404, 'not_found', '没有该申请表');
  return new Response(new Uint8Array(form.bytes), {
    headers: {
      'Content-Type': DOCX,
      'Content-Disposition': `attachment; filename="${params.kind}.docx"; filename*=UTF-8''${encodeURIComponent(form.name)}`,
      'Cache-Control': 'no-store',
    },
  });
});
