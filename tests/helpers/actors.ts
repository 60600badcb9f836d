import { beforeAll } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { seedDemo } from '@/lib/users/seed-demo';
import type { Role } from '@/lib/auth/permissions';
import { databaseForFile, type TestDb } from './db';

export type Actors = Record<
  Role,
  { userId: number; role: Role; agencyId: number; login: string; name: string; departmentId: number | null }
>;

/** Seeds the demo agency and users and returns them as actors for lib calls. */
export async function demoActors(prisma: PrismaClient): Promise<Actors> {
  await seedDemo(prisma, 'test-Password-1');
  const users = await prisma.user.findMany({ where: { login: { in: ['clerk', 'reviewer', 'manager', 'admin', 'handler', 'leader'] } } });
  return Object.fromEntries(
    users.map((u) => [
      u.login,
      { userId: u.id, role: u.role as Role, agencyId: u.agencyId, login: u.login, name: u.name, departmentId: u.departmentId },
    ]),
  ) as Actors;
}

/** A fresh database for the test file with the demo office's users (see databaseForFile). */
export function demoForFile(): { tdb: TestDb; a: Actors } {
  const tdb = databaseForFile();
  const a = {} as Actors;
  beforeAll(async () => {
    Object.assign(a, await demoActors(tdb.prisma));
  });
  return { tdb, a };
}
