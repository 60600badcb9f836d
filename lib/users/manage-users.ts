// User administration. Each change writes its admin_event in the same transaction.
import { DomainError } from '@/lib/shared/errors';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/password';
import { endUserSessions } from '@/lib/auth/sessions';
import { forgetTokenActors } from '@/lib/auth/tokens';
import { announce } from '@/lib/db/change-feed';
import type { Role } from '@/lib/auth/permissions';
import { changePasswordSchema, createUserSchema, passwordSchema, roleSchema, userFieldsSchema, type CreateUserInput } from './schema';
import { audit } from '@/lib/audit/audit';

export class UserError extends DomainError {
  constructor(message: string, code: 'not_found' | 'conflict' | 'invalid' = 'invalid') {
    super(code, message);
  }
}

async function defaultAgencyId(db: PrismaClient): Promise<number> {
  const agency = await db.agency.findFirst({ orderBy: { id: 'asc' } });
  if (!agency) throw new UserError('尚未配置机关信息，请先运行初始化（npm start 或 npm run seed:demo）。');
  return agency.id;
}

/**
 * `agencyId`: the office the user belongs to (an admin creates users in their own office; the shell
 * may name any, and defaults to the first).
 */
export async function createUser(db: PrismaClient, input: CreateUserInput, actorId: number | null, agencyId?: number) {
  const data = createUserSchema.parse(input);
  if (agencyId !== undefined && !(await db.agency.findUnique({ where: { id: agencyId } })))
    throw new UserError(`机关 ${agencyId} 不存在`, 'not_found');
  const officeId = agencyId ?? (await defaultAgencyId(db));
  if (data.departmentId && !(await db.department.findFirst({ where: { id: data.departmentId, agencyId: officeId, active: true } })))
    throw new UserError(`承办部门 ${data.departmentId} 不属于该机关或已停用`, 'not_found');
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { login: data.login } })) throw new UserError(`登录名 ${data.login} 已存在`, 'conflict');
    const user = await tx.user.create({
      data: {
        agencyId: officeId,
        login: data.login,
        name: data.name,
        role: data.role,
        passwordHash,
        email: data.email,
        departmentId: data.departmentId ?? null,
      },
    });
    await audit(tx, {
      actorId,
      action: 'user.create',
      target: `user:${user.id}`,
      detail: { login: user.login, role: user.role, departmentId: user.departmentId },
      office: officeId,
    });
    return user;
  });
}

/** `scope`: the admin's own agency — a user of another office is "not found" to them. */
async function findByLogin(db: PrismaClient, login: string, scope?: number) {
  const user = await db.user.findUnique({ where: { login } });
  if (!user || (scope !== undefined && user.agencyId !== scope)) throw new UserError(`用户 ${login} 不存在`, 'not_found');
  return user;
}

export async function setUserActive(db: PrismaClient, login: string, active: boolean, actorId: number | null, scope?: number) {
  const user = await findByLogin(db, login, scope);
  if (!active && user.id === actorId) throw new UserError('不能停用自己的账号');
  return db
    .$transaction(async (tx) => {
      const updated = await tx.user.update({ where: { id: user.id }, data: { active } });
      // Re-enabling brings no old session or token back: they were ended when the user was disabled.
      if (!active) {
        await endUserSessions(tx, user.id, 'disabled');
        await revokeUserTokens(tx, user.id);
      }
      await announce(tx, 'tokens');
      await audit(tx, { actorId, action: active ? 'user.enable' : 'user.disable', target: `user:${user.id}`, office: user.agencyId });
      return updated;
    })
    .finally(() => {
      forgetTokenActors();
    });
}

export async function resetPassword(db: PrismaClient, login: string, password: string, actorId: number | null, scope?: number) {
  const valid = passwordSchema.parse(password);
  const user = await findByLogin(db, login, scope);
  const problem = passwordProblem(valid, user.login);
  if (problem) throw new UserError(problem);
  const passwordHash = await hashPassword(valid);
  await db.$transaction(async (tx) => {
    // The user must choose their own password at the next sign-in; every current session ends.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true } });
    await endUserSessions(tx, user.id, 'password_reset');
    // A reset means the account may be in the wrong hands: its API tokens go too.
    await revokeUserTokens(tx, user.id);
    await announce(tx, 'tokens');
    await audit(tx, { actorId, action: 'user.reset_password', target: `user:${user.id}` });
  });
  forgetTokenActors();
}

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
const revokeUserTokens = (tx: Tx, userId: number) =>
  tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });

/** A user changes their own password; their other sessions end, the one in use stays. */
export async function changeOwnPassword(db: PrismaClient, userId: number, input: unknown, currentSession?: string) {
  const v = changePasswordSchema.parse(input);
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !(await verifyPassword(v.current, user.passwordHash))) throw new UserError('当前密码不正确');
  if (await verifyPassword(v.next, user.passwordHash)) throw new UserError('新密码不能与当前密码相同');
  const problem = passwordProblem(v.next, user.login);
  if (problem) throw new UserError(problem);
  const passwordHash = await hashPassword(v.next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false } });
    await endUserSessions(tx, userId, 'password_changed', currentSession);
    await announce(tx, 'tokens'); // a forced change is over: the user's tokens work again
    await audit(tx, { actorId: userId, action: 'user.change_own_password', target: `user:${userId}` });
  });
}

/** "Sign out everywhere": every session of the user ends, this one included. */
export async function signOutEverywhere(db: PrismaClient, userId: number) {
  return db.$transaction(async (tx) => {
    const ended = await endUserSessions(tx, userId, 'sign_out_everywhere');
    await audit(tx, { actorId: userId, action: 'user.sign_out_everywhere', target: `user:${userId}`, detail: { ended } });
    return ended;
  });
}

export async function changeRole(db: PrismaClient, login: string, role: Role, actorId: number | null, scope?: number) {
  const valid = roleSchema.parse(role);
  const user = await findByLogin(db, login, scope);
  if (user.id === actorId && valid !== 'admin') throw new UserError('不能取消自己的管理员角色');
  return db
    .$transaction(async (tx) => {
      const updated = await tx.user.update({ where: { id: user.id }, data: { role: valid } });
      await audit(tx, {
        actorId,
        action: 'user.change_role',
        target: `user:${user.id}`,
        detail: { from: user.role, to: valid },
        office: user.agencyId,
      });
      await announce(tx, 'tokens');
      return updated;
    })
    .finally(() => {
      forgetTokenActors();
    });
}

export function listUsers(db: PrismaClient, agencyId?: number) {
  return db.user.findMany({
    where: agencyId === undefined ? {} : { agencyId },
    orderBy: { id: 'asc' },
    select: { id: true, login: true, name: true, role: true, active: true, createdAt: true, agencyId: true },
  });
}

/** The address the daily digest goes to ('' for none). */
export async function setUserEmail(db: PrismaClient, login: string, email: string, actorId: number | null, scope?: number) {
  const valid = userFieldsSchema.shape.email.parse(email);
  const user = await findByLogin(db, login, scope);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { email: valid } });
    await audit(tx, { actorId, action: 'user.email', target: `user:${user.id}`, detail: { email: valid } });
  });
}
