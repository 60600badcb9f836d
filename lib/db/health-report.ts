import type { PrismaClient } from '@/lib/generated/prisma/client';
import { qb, rows, sql } from './kysely';

export interface Health {
  database: 'up' | 'down';
  /** Jobs due on the queue and not yet taken (mail, the morning digest, cleanup): a growing number means no worker runs them. */
  jobsDue?: number;
  /** The mail outbox: waiting to be sent, and given up after the last retry. */
  mail?: { queued: number; failed: number };
}

/**
 * What /api/health reports, in one statement: that the database answers, the job queue's backlog
 * and the mail outbox. Polled every few seconds by a load balancer and by the tests while they load
 * the server, so each figure is an index read or a small table's count.
 */
export async function healthReport(db: () => PrismaClient): Promise<Health> {
  const count = (status: string) =>
    qb
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', status);
  try {
    const [r] = await rows(
      db(),
      qb.selectNoFrom((eb) => [
        eb.cast<number>(count('queued'), 'int4').as('queued'),
        eb.cast<number>(count('failed'), 'int4').as('failed'),
      ]),
    );
    return { database: 'up', jobsDue: await jobsDue(db()), mail: { queued: r.queued, failed: r.failed } };
  } catch {
    return { database: 'down' };
  }
}

// graphile-worker's own view of its queue (not in schema.prisma; granted to the app's role by the
// migration runner). Asked apart: a database without the queue installed is still up.
async function jobsDue(client: PrismaClient): Promise<number | undefined> {
  try {
    const [r] = await rows(
      client,
      qb.selectNoFrom(
        sql<number>`(SELECT count(*)::int FROM graphile_worker.jobs WHERE run_at <= now() AND locked_at IS NULL AND attempts < max_attempts)`.as(
          'n',
        ),
      ),
    );
    return r.n;
  } catch {
    return undefined;
  }
}
