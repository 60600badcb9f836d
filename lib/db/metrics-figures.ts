// The database's side of /api/metrics, read when Prometheus scrapes: the pool of this process, the
// job queue's backlog, the mail outbox, the replica, and open cases past their due date by office —
// what an operator alerts on (a pool with waiters, a queue that only grows, overdue cases rising).
import 'server-only';
import { Gauge, type Registry } from 'prom-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { todayInChina, toDate } from '@/lib/shared/dates';
import { poolOf } from './client';
import { healthReport } from './health-report';
import { isOverdue } from '@/lib/cases/open-case';
import { qb, rows } from './kysely';
import { replicaState } from './replica';

type Gauges = Record<'pool' | 'jobs' | 'mail' | 'overdue' | 'database', Gauge<string>> & {
  replica?: Record<'up' | 'lag', Gauge<string>>;
};
const made = new WeakMap<Registry, Gauges>();

const gauge = (registry: Registry, name: string, help: string, labelNames: string[] = []) =>
  new Gauge({ name, help, labelNames, registers: [registry] });

function gaugesOf(registry: Registry): Gauges {
  let g = made.get(registry);
  if (!g) {
    g = {
      database: gauge(registry, 'dd_database_up', '1 when the database answers'),
      pool: gauge(registry, 'dd_db_pool_connections', "This process's database connections, by state (total, idle, waiting requests)", [
        'state',
      ]),
      jobs: gauge(registry, 'dd_jobs_due', 'Jobs due on the queue and not yet taken'),
      mail: gauge(registry, 'dd_mail_outbox', 'Mail in the outbox, by status (queued, failed)', ['status']),
      overdue: gauge(registry, 'dd_cases_overdue', 'Open cases past their due date, by office id', ['agency_id']),
    };
    made.set(registry, g);
  }
  return g;
}

export async function collectDatabaseFigures(db: PrismaClient, registry: Registry): Promise<void> {
  const g = gaugesOf(registry);
  const pool = poolOf(db);
  if (pool) {
    g.pool.set({ state: 'total' }, pool.totalCount);
    g.pool.set({ state: 'idle' }, pool.idleCount);
    g.pool.set({ state: 'waiting' }, pool.waitingCount);
  }
  const health = await healthReport(() => db);
  g.database.set(health.database === 'up' ? 1 : 0);
  if (health.database !== 'up') return;
  if (health.jobsDue !== undefined) g.jobs.set(health.jobsDue);
  g.mail.set({ status: 'queued' }, health.mail?.queued ?? 0);
  g.mail.set({ status: 'failed' }, health.mail?.failed ?? 0);
  const replica = await replicaState(db);
  // Only with a replica configured: a series that is always 0 would read as "replica unused".
  if (replica.state !== 'none') {
    g.replica ??= {
      up: gauge(registry, 'dd_replica_in_use', '1 when the read replica is in use, 0 when reads fell back to the primary'),
      lag: gauge(registry, 'dd_replica_lag_seconds', 'How far the read replica is behind the primary'),
    };
    g.replica.up.set(replica.state === 'in_use' ? 1 : 0);
    if (replica.state !== 'down') g.replica.lag.set(replica.lagSeconds);
  }
  // Open cases past due, by office: the open-case index's range before today.
  const overdue = await rows(
    db,
    qb
      .selectFrom('disclosure_case as c')
      .select((eb) => ['c.agency_id', eb.fn.countAll<number>().as('n')])
      .where((eb) => isOverdue(eb.ref('c.status'), eb.ref('c.due_on'), toDate(todayInChina())))
      .groupBy('c.agency_id'),
  );
  g.overdue.reset();
  for (const r of overdue) g.overdue.set({ agency_id: String(r.agency_id) }, Number(r.n));
}
