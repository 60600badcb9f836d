'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { serverAction } from '@/lib/auth/server-action';
import { createTokenFor, revokeToken } from '@/lib/auth/tokens';
import { db } from '@/lib/db/client';

const issueSchema = z.object({
  login: z.string().trim().min(1, '请选择用户'),
  name: z.string().trim().min(1, '请填写用途，例如"省级平台转办"').max(80, '用途不超过 80 个字符'),
});

export const issueTokenAction = serverAction('tokens.manage', '/admin/tokens', z.tuple([issueSchema]), async ([{ login, name }], actor) => {
  const created = await createTokenFor(db(), actor.agencyId, login, name, actor.userId);
  if (!created) return { ok: false as const, message: `用户 ${login} 不存在或已停用` };
  const { token } = created;
  revalidatePath('/admin/tokens');
  return { ok: true as const, message: '令牌已生成，只显示这一次，请立即复制保存。', data: { token } };
});

export const revokeTokenAction = serverAction('tokens.manage', '/admin/tokens', z.tuple([z.number().int()]), async ([id], actor) => {
  const done = await revokeToken(db(), id, actor.userId, actor.agencyId);
  revalidatePath('/admin/tokens');
  return done ? { ok: true as const, message: '令牌已吊销' } : { ok: false as const, message: '令牌不存在或已吊销' };
});
