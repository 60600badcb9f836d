import { publicRoute } from '@/lib/api/public-route';
import { db } from '@/lib/db/client';
import { releasedHints } from '@/lib/released/public-register';

/** `?agency=&description=`: the office's published items the description seems to ask for (the hint on /apply). */
export const GET = publicRoute(async (req) => {
  const url = new URL(req.url);
  const hints = await releasedHints(db(), Number(url.searchParams.get('agency')), url.searchParams.get('description') ?? '');
  return Response.json({ hints }, { headers: { 'Cache-Control': 'no-store' } });
});
