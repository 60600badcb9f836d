import { publicRoute } from '@/lib/api/public-route';
import { db } from '@/lib/db/client';
import { challengeNeeded, newChallenge } from '@/lib/portal/challenge';

/** Whether this address must solve a picture before submitting, and a fresh picture if so. */
export const GET = publicRoute(async (_req, address) => {
  if (!(await challengeNeeded(db(), address))) return Response.json({ required: false });
  const { svg, token } = newChallenge();
  return Response.json({ required: true, svg, token }, { headers: { 'Cache-Control': 'no-store' } });
});
