import { publicRoute } from '@/lib/api/public-route';
import { db } from '@/lib/db/client';
import { followHint } from '@/lib/released/public-register';
import { HINT_COOKIE } from '@/lib/released/hint-cookie';

/** The hint's link: counts the visit, remembers it in this browser for a day, and opens the item. */
export const GET = publicRoute(async (req, _address, params: { id: string }) => {
  const id = Number(params.id);
  const token = await followHint(db(), id);
  const headers = new Headers({ Location: token ? `/apply/released/${id}` : '/apply/released', 'Cache-Control': 'no-store' });
  if (token) headers.append('Set-Cookie', `${HINT_COOKIE}=${token}; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax`);
  return new Response(null, { status: 303, headers });
});
