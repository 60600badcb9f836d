import { apiRoute } from '@/lib/api/handler';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { buildReport } from '@/lib/statistics/build-report';
import { reportCsv, reportXlsx } from '@/lib/statistics/export-files';
import { parseFormat, parseYear } from '@/lib/statistics/parse-params';

export const GET = apiRoute<{ year: string }>('reports.view', async (req, actor, params) => {
  const p = new URL(req.url).searchParams;
  const year = parseYear(params.year);
  const format = parseFormat(p.get('format'), year);
  const type = p.get('type') ?? 'xlsx';
  if (type !== 'xlsx' && type !== 'csv') throw new ApiError(400, 'invalid', 'type 须为 xlsx 或 csv');
  const [r, agency] = await Promise.all([
    buildReport(db(), actor.agencyId, year, format),
    db().agency.findUniqueOrThrow({ where: { id: actor.agencyId } }),
  ]);
  const name = encodeURIComponent(`${year}年政府信息公开统计表（${format}格式）.${type}`);
  const headers = { 'Content-Disposition': `attachment; filename="report-${year}-${format}.${type}"; filename*=UTF-8''${name}` };
  if (type === 'csv') return new Response(reportCsv(r), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(new Uint8Array(await reportXlsx(r, agency.name)), {
    headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
});
