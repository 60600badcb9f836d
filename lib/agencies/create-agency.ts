// A subordinate office joins the platform: the agency, its starting topics (copied from the
// parent), and its first administrator, in one transaction. An admin creates agencies only inside
// their own subtree; the shell (no actor) may create a top-level one.
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password';
import { AGENCY_LEVELS, type AgencyLevel } from '@/lib/documents/remedy';
import { DomainError, notFoundError } from '@/lib/shared/errors';
import { text } from '@/lib/shared/text';
import { DEFAULT_TOPICS } from '@/lib/users/seed-demo';
import { checkPasswordAgainstLogin, userFieldsSchema } from '@/lib/users/schema';
import { isWithin } from './tree';
import { audit } from '@/lib/audit/audit';

const agencyCreateSchema = z.object({
  name: text('机关名称', 100, { required: true }),
  shortName: text('简称', 20, { required: true }),
  parentId: z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .nullable()
    .default(null),
  level: z.enum(Object.keys(AGENCY_LEVELS) as [AgencyLevel, ...AgencyLevel[]], { message: '请选择机关层级' }).default('local_department'),
  firstAdmin: userFieldsSchema.omit({ role: true, email: true }).superRefine(checkPasswordAgainstLogin).optional(),
});

export async function createAgency(db: PrismaClient, input: unknown, actor: { userId: number; agencyId: number } | null) {
  const v = agencyCreateSchema.parse(input);
  const parentId = v.parentId ?? actor?.agencyId ?? null;
  const parent =
    parentId === null ? null : await db.agency.findUnique({ where: { id: parentId }, include: { topics: { where: { active: true } } } });
  if (parentId !== null && (!parent || (actor && !(await isWithin(db, actor.agencyId, parentId))))) throw notFoundError('上级机关');
  if (await db.agency.findFirst({ where: { name: v.name } })) throw new DomainError('conflict', `机关“${v.name}”已存在`, 'name');
  const passwordHash = v.firstAdmin ? await hashPassword(v.firstAdmin.password) : null;
  return db.$transaction(async (tx) => {
    if (v.firstAdmin && (await tx.user.findUnique({ where: { login: v.firstAdmin.login } })))
      throw new DomainError('conflict', `登录名 ${v.firstAdmin.login} 已存在`, 'firstAdmin.login');
    const topics = parent?.topics.length ? parent.topics.map((t) => t.name) : DEFAULT_TOPICS;
    const agency = await tx.agency.create({
      data: {
        name: v.name,
        shortName: v.shortName,
        parentId,
        level: v.level,
        // The remedy clause's "本级人民政府" starts as the supervising office; the admin corrects it.
        parentName: parent?.name ?? '',
        topics: { create: topics.map((name, i) => ({ name, sort: i * 10 })) },
      },
    });
    await audit(tx, {
      actorId: actor?.userId ?? null,
      action: 'agency.create',
      target: `agency:${agency.id}`,
      detail: { name: v.name, parentId },
      // The supervisors' roll-ups now have one office more.
      office: parentId ?? agency.id,
    });
    if (v.firstAdmin && passwordHash) {
      const user = await tx.user.create({
        data: {
          agencyId: agency.id,
          login: v.firstAdmin.login,
          name: v.firstAdmin.name,
          role: 'admin',
          passwordHash,
          mustChangePassword: !!actor,
        },
      });
      await audit(tx, {
        actorId: actor?.userId ?? null,
        action: 'user.create',
        target: `user:${user.id}`,
        detail: { login: user.login, role: 'admin', agencyId: agency.id },
        office: agency.id,
      });
    }
    return agency;
  });
}
