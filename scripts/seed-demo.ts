import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client';
import { describeDemoUsers, seedDemo } from '../lib/users/seed-demo';
import { applyMigrations, openDatabase } from './lib/database';

const dbh = await openDatabase();
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: dbh.url }) });
try {
  await applyMigrations(dbh.url);
  const created = await seedDemo(prisma, process.env.DEMO_PASSWORD);
  console.log(describeDemoUsers(created));
} finally {
  await prisma.$disconnect();
  await dbh.stop();
}
