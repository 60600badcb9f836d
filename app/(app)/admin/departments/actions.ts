'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { anyInput, idAndInput, serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { createDepartment, updateDepartment } from '@/lib/departments/departments';

const saved = () => {
  revalidatePath('/admin/departments');
  return { ok: true as const, message: '已保存' };
};

export const addDepartmentAction = serverAction('settings.manage', '/admin/departments', z.tuple([anyInput]), async ([input], actor) => {
  await createDepartment(db(), actor.agencyId, input, actor.userId);
  return saved();
});

export const saveDepartmentAction = serverAction('settings.manage', '/admin/departments', idAndInput, async ([id, input], actor) => {
  await updateDepartment(db(), actor.agencyId, id, input, actor.userId);
  return saved();
});
