// `tsx scripts/bench/try-hot.ts URL BASE PATH SECONDS`: only the hot path (for a clean profile).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { createToken } from '../../lib/auth/tokens';
import { load } from './load';
import { sessionCookie } from './rounds';

const [url, base, route, seconds] = process.argv.slice(2);
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
const clerk = await prisma.user.findUniqueOrThrow({ where: { login: route.startsWith('m:') ? 'manager' : 'clerk' } });
const headers: Record<string, string> = route.startsWith('/api/')
  ? { authorization: `Bearer ${(await createToken(prisma, { userId: clerk.id, name: 'try' })).token}` }
  : { cookie: await sessionCookie(base, clerk.login, 'bench-Pass-123') };
const r = await load({ url: base + route.replace(/^m:/, ''), connections: 32, seconds: Number(seconds), headers });
console.log(`${r.rps.toFixed(0)} req/s p95 ${r.p95.toFixed(1)} errors ${r.errors}`);
await prisma.$disconnect();
