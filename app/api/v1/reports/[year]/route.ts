import { apiRoute } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { buildReport, publishedCells } from '@/lib/statistics/build-report';
import { parseFormat, parseYear } from '@/lib/statistics/parse-params';

export const GET = apiRoute<{ year: string }>('reports.view', async (req, actor, params) => {
  const year = parseYear(params.year);
  const format = parseFormat(new URL(req.url).searchParams.get('format'), year);
  const r = await buildReport(db(), actor.agencyId, year, format);
  return Response.json({
    year,
    format,
    frozen: r.frozen ? { at: r.frozen.at.toISOString(), by: r.frozen.by } : null,
    cells: publishedCells(r),
    ...(r.frozen ? { differsFromLive: r.differs } : {}),
    checks: r.checks.map((c) => ({ id: c.id, label: c.label, ok: c.ok, detail: c.detail })),
  });
});
