import { apiRoute } from '@/lib/api/handler';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { yearArchiveResponse } from '@/lib/archive/archive-files';

/** The year's archive package: every application closed in it, one folder each (streamed). */
export const GET = apiRoute<{ year: string }>('archive.manage', async (_req, actor, { year }) => {
  const y = /^\d{4}$/.test(year) ? Number(year) : NaN;
  if (!(y >= 2008 && y <= 2100)) throw new ApiError(400, 'invalid', '年度须为 2008 年以后的四位数字');
  return yearArchiveResponse(db(), actor.agencyId, y);
});
