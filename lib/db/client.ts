import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function create(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL 未设置');
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) }),
    // Under a burst (an office issuing at once, 200 simultaneous edits) transactions queue for a
    // connection and for row locks; waiting a few seconds beats failing the request.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

export function db(): PrismaClient {
  return (globalForPrisma.prisma ??= create());
}

export type { PrismaClient };
