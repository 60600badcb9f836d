import { apiRoute } from '@/lib/api/handler';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { buildReport, publishedCells } from '@/lib/statistics/build-report';
import { ParamError, parseFormat, parseYear } from '@/lib/statistics/parse-params';

export const GET = apiRoute<{ year: string }>('reports.view', async (req, actor, params) => {
  let year, format;
  try {
    year = parseYear(params.year);
    format = parseFormat(new URL(req.url).searchParams.get('format'), year);
  } catch (e) {
    if (e instanceof ParamError) throw new ApiError(400, 'invalid', e.message);
    throw e;
  }
  const r = await buildReport(db(), actor.agencyId, year, format);
  return Response.json({
    year, format,
    frozen: r.frozen ? { at: r.frozen.at.toISOString(), by: r.frozen.by } : null,
    cells: publishedCells(r),
    ...(r.frozen ? { differsFromLive: r.differs } : {}),
    checks: r.checks.map((c) => ({ id: c.id, label: c.label, ok: c.ok, detail: c.detail })),
  });
});
