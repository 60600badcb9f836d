'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createAgency } from '@/lib/agencies/create-agency';
import { anyInput, serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';

export const createAgencyAction = serverAction('agencies.manage', '/admin/agencies', z.tuple([anyInput]), async ([input], actor) => {
  const agency = await createAgency(db(), input, actor);
  revalidatePath('/admin/agencies');
  return { ok: true as const, message: `已创建“${agency.name}”（编号 ${agency.id}）及其管理员账号，首次登录须修改密码` };
});
