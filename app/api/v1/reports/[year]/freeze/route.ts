import { apiRoute } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { freezeReport } from '@/lib/statistics/manage-report';
import { parseFormat, parseYear } from '@/lib/statistics/parse-params';

// Freezing a year table, as the page's 冻结 button does: refused (409) while a consistency check fails
// or when it is already frozen; there is no unfreeze.
export const POST = apiRoute<{ year: string }>('reports.manage', async (req, actor, params) => {
  const year = parseYear(params.year);
  const format = parseFormat(new URL(req.url).searchParams.get('format'), year);
  const snap = await freezeReport(db(), actor.agencyId, year, format, actor.userId);
  return Response.json({ year, format, frozen: { at: snap.frozenAt.toISOString(), by: actor.name } }, { status: 201 });
});
