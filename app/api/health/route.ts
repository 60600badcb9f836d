import { db } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok', database: 'up' });
  } catch {
    return Response.json({ status: 'degraded', database: 'down' }, { status: 503 });
  }
}
