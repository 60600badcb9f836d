import { apiRoute } from '@/lib/api/handler';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { agencyName } from '@/lib/settings/agency';
import { buildReport } from '@/lib/statistics/build-report';
import { reportCsv, reportXlsx, rollupXlsx } from '@/lib/statistics/export-files';
import { buildRollup } from '@/lib/statistics/rollup';
import { parseFormat, parseScope, parseYear } from '@/lib/statistics/parse-params';
import { onReplica } from '@/lib/db/replica';

export const GET = apiRoute<{ year: string }>('reports.view', async (req, actor, params) => {
  const p = new URL(req.url).searchParams;
  const year = parseYear(params.year);
  const format = parseFormat(p.get('format'), year);
  const type = p.get('type') ?? 'xlsx';
  if (type !== 'xlsx' && type !== 'csv') throw new ApiError(400, 'invalid', 'type 须为 xlsx 或 csv');
  if (parseScope(p.get('scope')) === 'tree') {
    if (type !== 'xlsx') throw new ApiError(400, 'invalid', '汇总表只提供 .xlsx（汇总一张工作表，每个机关一张）');
    const r = await onReplica(db(), (d) => buildRollup(d, actor.agencyId, year, format));
    const [root, ...rest] = r.agencies;
    const sheet = (a: (typeof r.agencies)[number]) => ({ year, format, cells: a.cells, frozenAt: a.frozenAt });
    const file = await rollupXlsx(
      {
        year,
        format,
        cells: r.cells,
        frozenAt: null,
        rollup: { agencies: r.agencies.length, frozen: r.agencies.filter((a) => a.frozenAt).length },
      },
      root.name,
      [root, ...rest].map((a) => ({ id: a.id, name: a.name, shortName: a.shortName, sheet: sheet(a) })),
    );
    const name = encodeURIComponent(`${year}年政府信息公开统计表汇总（${format}格式）.xlsx`);
    return new Response(new Uint8Array(file), {
      headers: {
        'Content-Disposition': `attachment; filename="report-${year}-${format}-tree.xlsx"; filename*=UTF-8''${name}`,
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    });
  }
  const [r, agency] = await Promise.all([
    onReplica(db(), (d) => buildReport(d, actor.agencyId, year, format)),
    agencyName(db(), actor.agencyId),
  ]);
  const name = encodeURIComponent(`${year}年政府信息公开统计表（${format}格式）.${type}`);
  const headers = { 'Content-Disposition': `attachment; filename="report-${year}-${format}.${type}"; filename*=UTF-8''${name}` };
  if (type === 'csv') return new Response(reportCsv(r), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(new Uint8Array(await reportXlsx(r, agency)), {
    headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
});
