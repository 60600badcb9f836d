import { db } from '@/lib/db/client';
import { healthReport } from '@/lib/db/health-report';
import { replicaState } from '@/lib/db/replica';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await healthReport(db);
  // The replica's state beside it: a replica down or behind leaves the app up (the primary answers).
  const replica = health.database === 'up' ? await replicaState(db()) : undefined;
  const body = { ...health, ...(replica ? { replica: replicaJson(replica) } : {}) };
  return health.database === 'up'
    ? Response.json({ status: 'ok', ...body })
    : Response.json({ status: 'degraded', ...body }, { status: 503 });
}

const replicaJson = (r: Awaited<ReturnType<typeof replicaState>>) =>
  r.state === 'none' ? 'none' : r.state === 'down' ? { state: 'down' } : { state: r.state, lagSeconds: Math.round(r.lagSeconds * 10) / 10 };
