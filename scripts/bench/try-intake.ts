// `tsx scripts/bench/try-intake.ts URL BASE SECONDS [CONNECTIONS]`: intake over the API as the benchmark runs it.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { createToken } from '../../lib/auth/tokens';
import { todayInChina } from '../../lib/shared/dates';
import { registering } from './load';

const [url, base, seconds, connections] = process.argv.slice(2);
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
const clerk = await prisma.user.findUniqueOrThrow({ where: { login: 'clerk' } });
const token = (await createToken(prisma, { userId: clerk.id, name: 'try' })).token;
const r = await registering(base, token, todayInChina(), Number(seconds), Number(connections ?? 32));
console.log(`intake ${r.rps.toFixed(0)} creates/s p95 ${r.p95.toFixed(1)} errors ${r.errors}`);
await prisma.$disconnect();
