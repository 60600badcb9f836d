import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function create(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL 未设置');
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) }) });
}

export function db(): PrismaClient {
  return (globalForPrisma.prisma ??= create());
}

export type { PrismaClient };
