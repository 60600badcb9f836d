'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failure, type ActionResult } from '@/lib/api/action-result';
import { requirePermission } from '@/lib/auth/session';
import { createToken, revokeToken } from '@/lib/auth/tokens';
import { db } from '@/lib/db/client';

const issueSchema = z.object({
  login: z.string().trim().min(1, '请选择用户'),
  name: z.string().trim().min(1, '请填写用途，例如"省级平台转办"').max(80, '用途不超过 80 个字符'),
});

export async function issueTokenAction(input: unknown): Promise<ActionResult<{ token: string }>> {
  const actor = await requirePermission('tokens.manage', '/admin/tokens');
  try {
    const { login, name } = issueSchema.parse(input);
    const user = await db().user.findUnique({ where: { login } });
    if (!user || !user.active) return { ok: false, message: `用户 ${login} 不存在或已停用` };
    const { token } = await createToken(db(), { userId: user.id, name, issuedById: actor.userId });
    revalidatePath('/admin/tokens');
    return { ok: true, message: '令牌已生成，只显示这一次，请立即复制保存。', data: { token } };
  } catch (err) {
    return failure(err);
  }
}

export async function revokeTokenAction(id: number): Promise<ActionResult> {
  const actor = await requirePermission('tokens.manage', '/admin/tokens');
  try {
    const done = await revokeToken(db(), z.number().int().parse(id), actor.userId);
    revalidatePath('/admin/tokens');
    return done ? { ok: true, message: '令牌已吊销' } : { ok: false, message: '令牌不存在或已吊销' };
  } catch (err) {
    return failure(err);
  }
}
