import { ApiError } from '@/lib/api/errors';
import { publicRoute } from '@/lib/api/public-route';
import { attachmentResponse } from '@/lib/attachments/store';
import { db } from '@/lib/db/client';
import { publishedFile } from '@/lib/released/public-register';

export const GET = publicRoute(async (_req, _address, params: { id: string }) => {
  const file = await publishedFile(db(), Number(params.id));
  if (!file) throw new ApiError(404, 'not_found', '该文件不存在或未公开');
  return attachmentResponse(file);
});
