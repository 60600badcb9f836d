'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { anyInput, idAndInput, serverAction } from '@/lib/auth/server-action';
import { registerComplaint, updateComplaint } from '@/lib/complaints/register';
import { db } from '@/lib/db/client';

export const registerComplaintAction = serverAction('complaints.manage', '/complaints', z.tuple([anyInput]), async ([input], actor) => {
  await registerComplaint(db(), input, actor);
  revalidatePath('/complaints');
  return { ok: true as const, message: '已登记' };
});

export const updateComplaintAction = serverAction('complaints.manage', '/complaints', idAndInput, async ([id, input], actor) => {
  await updateComplaint(db(), id, input, actor);
  revalidatePath('/complaints');
  return { ok: true as const, message: '已保存' };
});
