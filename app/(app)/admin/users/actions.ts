'use server';

import { revalidatePath } from 'next/cache';
import { failure, type ActionResult } from '@/lib/api/action-result';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { changeRole, createUser, resetPassword, setUserActive, UserError } from '@/lib/users/manage-users';
import { createUserSchema, roleSchema } from '@/lib/users/schema';
import { generatePassword } from '@/lib/auth/password';

const known = (e: unknown) => (e instanceof UserError ? e.message : null);

export async function createUserAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission('users.manage', '/admin/users');
  try {
    const user = await createUser(db(), createUserSchema.parse(input), actor.userId);
    revalidatePath('/admin/users');
    return { ok: true, message: `已创建用户 ${user.login}` };
  } catch (err) {
    return failure(err, known);
  }
}

export async function setActiveAction(login: string, active: boolean): Promise<ActionResult> {
  const actor = await requirePermission('users.manage', '/admin/users');
  try {
    await setUserActive(db(), String(login), Boolean(active), actor.userId);
    revalidatePath('/admin/users');
    return { ok: true, message: active ? `已启用 ${login}` : `已停用 ${login}` };
  } catch (err) {
    return failure(err, known);
  }
}

export async function resetPasswordAction(login: string): Promise<ActionResult<{ password: string }>> {
  const actor = await requirePermission('users.manage', '/admin/users');
  try {
    const password = generatePassword();
    await resetPassword(db(), String(login), password, actor.userId);
    return { ok: true, message: `已重置 ${login} 的密码（仅显示一次）：${password}`, data: { password } };
  } catch (err) {
    return failure(err, known);
  }
}

export async function changeRoleAction(login: string, role: string): Promise<ActionResult> {
  const actor = await requirePermission('users.manage', '/admin/users');
  try {
    await changeRole(db(), String(login), roleSchema.parse(role), actor.userId);
    revalidatePath('/admin/users');
    return { ok: true, message: `已调整 ${login} 的角色` };
  } catch (err) {
    return failure(err, known);
  }
}
