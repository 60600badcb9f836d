import { apiRoute } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { cachedReport, publishedCells } from '@/lib/statistics/build-report';
import { parseFormat, parseScope, parseYear } from '@/lib/statistics/parse-params';
import { cachedRollup } from '@/lib/statistics/rollup';

const checksJson = (checks: { id: string; label: string; ok: boolean; detail?: string }[]) =>
  checks.map((c) => ({ id: c.id, label: c.label, ok: c.ok, detail: c.detail }));

export const GET = apiRoute<{ year: string }>('reports.view', async (req, actor, params) => {
  const p = new URL(req.url).searchParams;
  const year = parseYear(params.year);
  const format = parseFormat(p.get('format'), year);
  if (parseScope(p.get('scope')) === 'tree') {
    const r = await cachedRollup(db(), actor.agencyId, year, format);
    // One cell's value per agency (the drill-down) when asked for; the whole table per agency is in the .xlsx export.
    const cell = p.get('cell');
    return Response.json({
      year,
      format,
      scope: 'tree',
      cells: r.cells,
      checks: checksJson(r.checks),
      agencies: r.agencies.map((a) => ({
        id: a.id,
        name: a.name,
        parentId: a.parentId,
        depth: a.depth,
        frozen: a.frozenAt ? { at: a.frozenAt.toISOString() } : null,
        checksFailing: a.checksFailing,
        ...(cell ? { value: a.cells[cell] ?? null } : {}),
      })),
    });
  }
  const r = await cachedReport(db(), actor.agencyId, year, format);
  return Response.json({
    year,
    format,
    frozen: r.frozen ? { at: r.frozen.at.toISOString(), by: r.frozen.by } : null,
    cells: publishedCells(r),
    ...(r.frozen ? { differsFromLive: r.differs } : {}),
    checks: checksJson(r.checks),
  });
});
