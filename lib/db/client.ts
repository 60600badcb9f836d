import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import os from 'node:os';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { isLostConnection } from '@/lib/shared/errors';

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
// Keyed by the client object itself — not a property on it: a transaction's client forwards
// property reads to its parent, and a hot read taken from the pool inside a transaction would run
// outside it (and, with every connection held by waiting transactions, never get one). On
// globalThis so every bundle's copy of this module finds the same map.
const g = globalThis as unknown as { ddPools?: WeakMap<object, pg.Pool> };
const pools = (g.ddPools ??= new WeakMap());

/**
 * A Prisma client over a pg pool it shares with the hot reads (lib/db/hot-query.ts), so one
 * DB_POOL_SIZE bounds both. $disconnect ends the pool.
 */
export function createPrisma(url: string, max = 10, { connectTimeoutMs }: { connectTimeoutMs?: number } = {}): PrismaClient {
  const pool = new pg.Pool({ connectionString: url, max, ...(connectTimeoutMs ? { connectionTimeoutMillis: connectTimeoutMs } : {}) });
  // An idle connection the server closed (a restart) must not crash the process.
  pool.on('error', () => {});
  const base = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Under a burst (an office issuing at once, 200 simultaneous edits) transactions queue for a
    // connection and for row locks; waiting a few seconds beats failing the request.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
  const client = retryingReads(base);
  pools.set(client, pool);
  return client;
}

const READS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy']);

/**
 * A read whose connection died under it (PostgreSQL restarted, a failover behind the same address)
 * is tried once more, on a fresh connection — as the Kysely reads are (lib/db/kysely.ts). Never a
 * write: one whose connection dropped may have committed; it answers 503 instead.
 */
function retryingReads(base: PrismaClient): PrismaClient {
  return base.$extends({
    query: {
      $allModels: {
        async $allOperations({ operation, args, query }) {
          if (!READS.has(operation)) return query(args);
          try {
            return await query(args);
          } catch (err) {
            if (!isLostConnection(err)) throw err;
            return query(args);
          }
        },
      },
    },
  }) as unknown as PrismaClient;
}

/** The pg pool under a client made by createPrisma (none for other clients, nor for its transactions). */
export function poolOf(client: PrismaClient): pg.Pool | undefined {
  return pools.get(client);
}

/**
 * Connections per server process: DB_POOL_SIZE, else twice the cores (at least 4). More connections
 * than PostgreSQL has cores to run them only queue inside it: on 2 cores the bench's queues served
 * ~20 % more requests through 4 connections than through 10.
 */
const poolSize = () => Number(process.env.DB_POOL_SIZE) || Math.max(4, 2 * os.availableParallelism());

export function db(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url && !globalForPrisma.prisma) throw new Error('DATABASE_URL 未设置');
  return (globalForPrisma.prisma ??= createPrisma(url!, poolSize()));
}

export type { PrismaClient };
