import { db } from '@/lib/db/client';
import { databaseUp } from '@/lib/db/database-up';

export const dynamic = 'force-dynamic';

export async function GET() {
  return (await databaseUp(db))
    ? Response.json({ status: 'ok', database: 'up' })
    : Response.json({ status: 'degraded', database: 'down' }, { status: 503 });
}
