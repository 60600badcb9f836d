import { publicRoute } from '@/lib/api/public-route';
import { db } from '@/lib/db/client';
import { challengeNeeded, newChallenge } from '@/lib/portal/challenge';

/**
 * `{ required }`: whether this address must send a proof of work with its next submission.
 * `?widget=1`: a fresh challenge, in the form the ALTCHA widget fetches.
 */
export const GET = publicRoute(async (req, address) => {
  const noStore = { headers: { 'Cache-Control': 'no-store' } };
  if (new URL(req.url).searchParams.get('widget') === '1') return Response.json(await newChallenge(), noStore);
  return Response.json({ required: await challengeNeeded(db(), address) }, noStore);
});
