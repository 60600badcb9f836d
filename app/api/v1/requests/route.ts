import { apiRoute, readJson } from '@/lib/api/handler';
import { registerApplication } from '@/lib/cases/register-application';
import { listCasesJson } from '@/lib/cases/list-cases-json';
import { assertListParams, parseListParams } from '@/lib/cases/list-params';
import { db } from '@/lib/db/client';

export const POST = apiRoute('cases.create', async (req, actor) => {
  const body = await readJson(req);
  // ?receipt=0: register only (a platform that sends its own receipts); otherwise the receipt is issued too.
  const receipt = new URL(req.url).searchParams.get('receipt') !== '0';
  const { case: row, deadlines, receipt: doc, receiptProblem, related } = await registerApplication(db(), body, actor, { receipt });
  return Response.json(
    {
      id: row.id,
      trackingNo: row.trackingNo,
      regime: row.regime,
      status: row.status,
      dueOn: deadlines.dueOn,
      provisional: deadlines.provisional,
      receipt: doc ? { id: doc.id, docNo: doc.docNo, url: `/api/v1/documents/${doc.id}` } : null,
      ...(receiptProblem ? { receiptProblem } : {}),
      related: related.map((r) => ({ id: r.id, trackingNo: r.trackingNo, reason: r.reason })),
    },
    { status: 201, headers: { Location: `/api/v1/requests/${row.id}` } },
  );
});

export const GET = apiRoute('cases.view', async (req, actor) => {
  const p = new URL(req.url).searchParams;
  const f = assertListParams(parseListParams((k) => p.get(k), 'all'));
  const body = await listCasesJson(db(), actor, {
    ...f,
    sort: p.get('sort') ? f.sort : 'newest',
    limit: Number(p.get('limit') ?? 50) || 50,
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
});
