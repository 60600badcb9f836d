import { db } from '@/lib/db/client';
import { healthReport } from '@/lib/db/health-report';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await healthReport(db);
  return health.database === 'up'
    ? Response.json({ status: 'ok', ...health })
    : Response.json({ status: 'degraded', ...health }, { status: 503 });
}
