// One agency and one demo user per role. Idempotent: existing logins are left alone.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { ROLES, type Role } from '@/lib/auth/permissions';
import { audit } from '@/lib/audit/audit';

const DEMO_NAMES: Record<Role, string> = {
  clerk: '王登记',
  reviewer: '李审核',
  manager: '张主任',
  admin: '赵管理',
  handler: '陈承办',
  leader: '刘局长',
};
/** The demo office's departments; the demo handler works in the first. */
const DEMO_DEPARTMENTS = ['规划科', '不动产登记科'];

export const DEFAULT_TOPICS = ['土地', '矿产', '征地', '财政资金', '规划', '不动产登记', '地质环境', '其他'];

export async function ensureAgency(db: PrismaClient) {
  const existing = await db.agency.findFirst({ orderBy: { id: 'asc' } });
  if (existing) return existing;
  return db.agency.create({
    data: {
      name: '示例市自然资源局',
      shortName: '示资',
      address: '示例市人民路 1 号',
      postcode: '100000',
      phone: '010-00000000',
      email: 'gongkai@example.gov.cn',
      level: 'local_department',
      parentName: '示例市人民政府',
      topics: { create: DEFAULT_TOPICS.map((name, sort) => ({ name, sort })) },
    },
  });
}

/** Returns the passwords of the users it created (fixed by `password` when given, e.g. in tests). */
export async function seedDemo(db: PrismaClient, password?: string): Promise<{ login: Role; password: string }[]> {
  const agency = await ensureAgency(db);
  for (const name of DEMO_DEPARTMENTS)
    await db.department.upsert({
      where: { agencyId_name: { agencyId: agency.id, name } },
      create: { agencyId: agency.id, name },
      update: {},
    });
  const department = await db.department.findUniqueOrThrow({
    where: { agencyId_name: { agencyId: agency.id, name: DEMO_DEPARTMENTS[0] } },
  });
  const created: { login: Role; password: string }[] = [];
  for (const role of ROLES) {
    if (await db.user.findUnique({ where: { login: role } })) continue;
    const pw = password ?? generatePassword();
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          agencyId: agency.id,
          login: role,
          name: DEMO_NAMES[role],
          role,
          passwordHash: await hashPassword(pw),
          departmentId: role === 'handler' ? department.id : null,
        },
      });
      await audit(tx, { action: 'user.create', target: `user:${user.id}`, detail: { login: role, role, demo: true }, office: agency.id });
    });
    created.push({ login: role, password: pw });
  }
  return created;
}

export function describeDemoUsers(created: { login: string; password: string }[]): string {
  if (!created.length) return '演示用户已存在，未做改动。';
  const lines = created.map((u) => `  ${u.login.padEnd(10)} ${u.password}`);
  return ['', '已创建演示用户（密码只显示这一次，请妥善保存）：', ...lines, ''].join('\n');
}
