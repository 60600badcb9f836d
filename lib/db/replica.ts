// The optional read replica (DATABASE_REPLICA_URL): the reads that scan a year or an office tree —
// year tables, roll-ups, 督办, exports, the annual report — run on it; everything else stays on
// the primary. A read is sent to the replica only when it has replayed everything the primary had
// committed when the read began (its WAL position), so a year table computed there counts every
// case closed before it was asked for — also the one a clerk closed a moment ago — and the derived
// cache never keeps a figure older than the write that dropped it. A replica that is down, or more
// than REPLICA_MAX_LAG_SECONDS behind, is left alone: the primary answers, and the admin page says so.
import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isLostConnection, sqlState } from '@/lib/shared/errors';
import { createPrisma, poolOf } from './client';
import { qb, rows, sql } from './kysely';

export type ReplicaState =
  | { state: 'none' }
  | { state: 'in_use'; lagSeconds: number }
  | { state: 'lagging'; lagSeconds: number }
  | { state: 'down'; problem: string };

const g = globalThis as unknown as { ddReplica?: { url: string; client: PrismaClient; status: ReplicaState; checkedAt: number } };

/** How long a status holds before it is checked again (a down replica is retried after this too). */
const CHECK_MS = 5_000;
/** How long a read waits for the replica to replay up to the primary's position before it goes to the primary. */
const CATCH_UP_MS = 150;

const maxLag = () => Number(process.env.REPLICA_MAX_LAG_SECONDS) || 30;

function replica(): NonNullable<typeof g.ddReplica> | undefined {
  const url = process.env.DATABASE_REPLICA_URL;
  if (!url) return undefined;
  if (g.ddReplica?.url !== url) {
    // A few connections: the reads that go there are cached or one at a time (exports).
    // A replica that doesn't answer must not hold a report up: two seconds to connect, then the primary.
    const client = createPrisma(url, Math.max(2, Number(process.env.DB_REPLICA_POOL_SIZE) || 4), { connectTimeoutMs: 2_000 });
    g.ddReplica = { url, client, status: { state: 'in_use', lagSeconds: 0 }, checkedAt: 0 };
  }
  return g.ddReplica;
}

async function primaryPosition(primary: PrismaClient): Promise<string> {
  const [r] = await rows(primary, qb.selectNoFrom(sql<string>`pg_current_wal_lsn()::text`.as('lsn')));
  return r.lsn;
}

class NotStandby extends Error {
  constructor() {
    super('该数据库不是只读副本（未处于恢复状态）');
  }
}

/** Whether the replica has replayed up to `lsn`, and how far behind it is in time. */
async function replayed(client: PrismaClient, lsn: string): Promise<{ caught: boolean; lagSeconds: number }> {
  const [{ caught, lag }] = await rows(
    client,
    qb.selectNoFrom([
      // NULL on a server that isn't replaying (a primary given by mistake).
      sql<boolean | null>`pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn`.as('caught'),
      sql<number | null>`extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8`.as('lag'),
    ]),
  );
  if (caught === null) throw new NotStandby();
  return { caught, lagSeconds: caught ? 0 : Math.max(0, lag ?? 0) };
}

// Shown on the status page: in Chinese, never the driver's English.
const problemOf = (err: unknown) => (isLostConnection(err) ? '无法连接' : err instanceof NotStandby ? err.message : '无法读取其复制进度');

/** The replica's state now (checked against the primary's position); `none` when none is set. */
async function checkReplica(primary: PrismaClient): Promise<ReplicaState> {
  const r = replica();
  if (!r) return { state: 'none' };
  const lsn = await primaryPosition(primary).catch(() => null);
  // The primary not answering is its own trouble (the read fails as it would without a replica).
  if (lsn === null) return r.status;
  try {
    const { lagSeconds } = await replayed(r.client, lsn);
    r.status = lagSeconds > maxLag() ? { state: 'lagging', lagSeconds } : { state: 'in_use', lagSeconds };
    r.checkedAt = Date.now();
  } catch (err) {
    markDown(r, err);
  }
  return r.status;
}

/** The last known state (checked again when older than a few seconds). */
export async function replicaState(primary: PrismaClient): Promise<ReplicaState> {
  const r = replica();
  if (!r) return { state: 'none' };
  return Date.now() - r.checkedAt < CHECK_MS ? r.status : checkReplica(primary);
}

/**
 * The client a replica-worthy read runs on: the replica if it is usable and has replayed up to the
 * primary's position of this moment (waiting at most CATCH_UP_MS), else the primary.
 */
export async function readerFor(primary: PrismaClient): Promise<PrismaClient> {
  const r = replica();
  if (!r || !poolOf(primary) || (await replicaState(primary)).state !== 'in_use') return primary;
  const lsn = await primaryPosition(primary).catch(() => null);
  if (lsn === null) return primary;
  try {
    const until = Date.now() + CATCH_UP_MS;
    while (!(await replayed(r.client, lsn)).caught) {
      if (Date.now() > until) return primary;
      await new Promise((done) => setTimeout(done, 10));
    }
    return r.client;
  } catch (err) {
    markDown(r, err);
    return primary;
  }
}

function markDown(r: NonNullable<typeof g.ddReplica>, err: unknown) {
  r.status = { state: 'down', problem: problemOf(err) };
  r.checkedAt = Date.now();
}

/**
 * Runs a read where readerFor says; a replica that fails during it (stopped, restarted) is marked
 * down and the read runs again on the primary.
 */
export async function onReplica<T>(primary: PrismaClient, read: (db: PrismaClient) => Promise<T>): Promise<T> {
  const reader = await readerFor(primary);
  if (reader === primary) return read(primary);
  try {
    return await read(reader);
  } catch (err) {
    // A standby cancels a long read whose rows replay is removing (a recovery conflict, 40001):
    // the primary answers that one; a lost connection marks the replica down as well.
    if (sqlState(err) === '40001') return read(primary);
    if (!isLostConnection(err)) throw err;
    markDown(g.ddReplica!, err);
    return read(primary);
  }
}

/** The replica's state in a sentence, for the status page. */
export function replicaSummary(s: ReplicaState): string {
  const behind = (n: number) => (n < 1 ? '不到 1 秒' : ` ${Math.round(n)} 秒`);
  switch (s.state) {
    case 'none':
      return '未配置（年度报表、汇总、督办和导出都读主库）';
    case 'in_use':
      return `使用中：年度报表、汇总、督办和导出读副本（落后${behind(s.lagSeconds)}）`;
    case 'lagging':
      return `落后${behind(s.lagSeconds)}，超过允许的 ${maxLag()} 秒：已改读主库，副本追上后自动恢复`;
    case 'down':
      return `${s.problem}：已改读主库，副本恢复后自动使用`;
  }
}
