import { ApiError } from '@/lib/api/errors';
import { publicRoute } from '@/lib/api/public-route';
import { ATTACHMENT_KINDS, type AttachmentKind, type IncomingFile } from '@/lib/attachments/store';
import { db } from '@/lib/db/client';
import { submitApplication } from '@/lib/portal/submit-application';
import { markHintApplied } from '@/lib/released/public-register';
import { hintToken } from '@/lib/released/hint-cookie';

/** JSON, or multipart with a JSON part `application` and files named by kind (id_copy, authorization, other). */
export const POST = publicRoute(async (req, address) => {
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  let input: unknown;
  const files: IncomingFile[] = [];
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData().catch(() => {
      throw new ApiError(400, 'invalid', '提交的表单无法读取');
    });
    try {
      input = JSON.parse(String(form.get('application') ?? ''));
    } catch {
      throw new ApiError(400, 'invalid', '缺少申请内容（application）');
    }
    for (const [field, value] of form.entries()) {
      if (field === 'application' || typeof value === 'string') continue;
      const kind = (field in ATTACHMENT_KINDS && field !== 'released' && field !== 'scan' ? field : 'other') as AttachmentKind;
      files.push({ name: value.name || '附件', bytes: new Uint8Array(await value.arrayBuffer()), kind });
    }
  } else if (type.startsWith('application/json')) {
    input = await req.json().catch(() => {
      throw new ApiError(400, 'invalid_json', '请求体不是有效的 JSON');
    });
  } else {
    throw new ApiError(415, 'unsupported_type', '请以 JSON 或 multipart/form-data 提交');
  }
  const { queryCode } = await submitApplication(db(), input, files, address);
  // A hint this browser followed did not answer it after all.
  await markHintApplied(db(), hintToken(req.headers.get('cookie')));
  return Response.json({ queryCode }, { status: 201 });
});
