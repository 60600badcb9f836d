import { apiRoute } from '@/lib/api/handler';
import { ApiError } from '@/lib/api/errors';
import { exportCsv, exportXlsx } from '@/lib/cases/export-cases';
import { assertListParams, parseListParams } from '@/lib/cases/list-params';
import { db } from '@/lib/db/client';
import { todayInChina } from '@/lib/shared/dates';
import { readerFor } from '@/lib/db/replica';

/** The filtered case list as a streamed .csv or .xlsx: the same query string gives the same cases as GET /requests (view defaults to all). */
export const GET = apiRoute('cases.view', async (req, actor) => {
  const p = new URL(req.url).searchParams;
  const type = p.get('type') ?? 'xlsx';
  if (type !== 'csv' && type !== 'xlsx') throw new ApiError(400, 'invalid', 'type 须为 csv 或 xlsx');
  const f = assertListParams(parseListParams((k) => p.get(k), 'all'));
  const name = encodeURIComponent(`申请列表-${todayInChina()}.${type}`);
  const headers = {
    'Content-Disposition': `attachment; filename="cases.${type}"; filename*=UTF-8''${name}`,
    'Content-Type': type === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
  // A long read of many rows: on the replica when one is set and caught up.
  const reader = await readerFor(db());
  return new Response(type === 'csv' ? exportCsv(reader, actor, f) : exportXlsx(reader, actor, f), { headers });
});
