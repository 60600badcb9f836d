'use server';

import { z } from 'zod';
import { serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { changeOwnPassword, signOutEverywhere } from '@/lib/users/manage-users';
import { changePasswordSchema } from '@/lib/users/schema';

export const changePasswordAction = serverAction('account.self', '/account', z.tuple([changePasswordSchema]), async ([input], actor) => {
  await changeOwnPassword(db(), actor.userId, input, actor.sessionId);
  return { ok: true as const, message: '密码已修改。您在其他设备上的登录已全部退出。' };
});

export const signOutEverywhereAction = serverAction('account.self', '/account', z.tuple([]), async (_input, actor) => {
  const ended = await signOutEverywhere(db(), actor.userId);
  return { ok: true as const, message: `已退出全部 ${ended} 个登录` };
});
