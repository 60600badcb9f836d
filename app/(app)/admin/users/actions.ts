'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { generatePassword } from '@/lib/auth/password';
import { serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { changeRole, createUser, resetPassword, setUserActive } from '@/lib/users/manage-users';
import { createUserSchema, roleSchema } from '@/lib/users/schema';

const login = z.string().max(60);

export const createUserAction = serverAction('users.manage', '/admin/users', z.tuple([createUserSchema]), async ([input], actor) => {
  const user = await createUser(db(), input, actor.userId, actor.agencyId);
  revalidatePath('/admin/users');
  return { ok: true as const, message: `已创建用户 ${user.login}` };
});

export const setActiveAction = serverAction('users.manage', '/admin/users', z.tuple([login, z.boolean()]), async ([who, active], actor) => {
  await setUserActive(db(), who, active, actor.userId, actor.agencyId);
  revalidatePath('/admin/users');
  return { ok: true as const, message: active ? `已启用 ${who}` : `已停用 ${who}` };
});

export const resetPasswordAction = serverAction('users.manage', '/admin/users', z.tuple([login]), async ([who], actor) => {
  const password = generatePassword();
  await resetPassword(db(), who, password, actor.userId, actor.agencyId);
  return { ok: true as const, message: `已重置 ${who} 的密码（仅显示一次）：${password}`, data: { password } };
});

export const changeRoleAction = serverAction(
  'users.manage',
  '/admin/users',
  z.tuple([login, z.string().max(20)]),
  async ([who, role], actor) => {
    await changeRole(db(), who, roleSchema.parse(role), actor.userId, actor.agencyId);
    revalidatePath('/admin/users');
    return { ok: true as const, message: `已调整 ${who} 的角色` };
  },
);
