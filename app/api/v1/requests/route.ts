import { apiRoute, readJson } from '@/lib/api/handler';
import { createCase } from '@/lib/cases/create-case';
import { listCases } from '@/lib/cases/list-cases';
import { db } from '@/lib/db/client';
import { fromDate } from '@/lib/shared/dates';

export const POST = apiRoute('cases.create', async (req, actor) => {
  const { case: row, deadlines } = await createCase(db(), await readJson(req), actor);
  return Response.json(
    {
      id: row.id,
      trackingNo: row.trackingNo,
      regime: row.regime,
      status: row.status,
      dueOn: deadlines.dueOn,
      provisional: deadlines.provisional,
    },
    { status: 201, headers: { Location: `/api/v1/requests/${row.id}` } },
  );
});

export const GET = apiRoute('cases.view', async (req, actor) => {
  const p = new URL(req.url).searchParams;
  const view = p.get('view');
  const { items, nextCursor } = await listCases(db(), actor, {
    view: view === 'mine' || view === 'review' ? view : 'all',
    status: p.get('status') ?? undefined,
    channel: p.get('channel') ?? undefined,
    dueBefore: p.get('dueBefore') ?? undefined,
    q: p.get('q') ?? undefined,
    cursor: p.get('cursor') ?? undefined,
    limit: Number(p.get('limit') ?? 50) || 50,
    sort: (p.get('sort') as 'due' | 'received' | 'newest' | null) ?? 'newest',
  });
  return Response.json({
    items: items.map((c) => ({
      id: c.id,
      trackingNo: c.trackingNo,
      channel: c.channel,
      status: c.status,
      receivedOn: fromDate(c.receivedOn),
      dueOn: c.dueOn ? fromDate(c.dueOn) : null,
      provisional: c.dueProvisional,
      applicantName: c.applicantName,
      applicantKind: c.applicantKind,
      pendingReview: c.pendingReview,
      version: c.version,
    })),
    nextCursor,
  });
});
