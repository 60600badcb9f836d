'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateAgency } from '@/lib/settings/agency';
import { anyInput, serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';

export const updateAgencyAction = serverAction('settings.manage', '/admin/agency', z.tuple([anyInput]), async ([input], actor) => {
  await updateAgency(db(), actor.agencyId, input, actor.userId);
  revalidatePath('/admin/agency');
  return { ok: true as const, message: '已保存。此后出具的文书使用新的信息；已出具的文书不变。' };
});
