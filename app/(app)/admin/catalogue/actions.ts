'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { anyInput, idAndInput, serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { updateDisposition } from '@/lib/settings/dispositions';
import { addTopic, updateTopic } from '@/lib/settings/topics';

const saved = () => {
  revalidatePath('/admin/catalogue');
  return { ok: true as const, message: '已保存' };
};

export const saveDispositionAction = serverAction(
  'settings.manage',
  '/admin/catalogue',
  z.tuple([z.string().max(40), anyInput]),
  async ([code, input], actor) => {
    await updateDisposition(db(), actor.agencyId, code, input, actor.userId);
    return saved();
  },
);

export const addTopicAction = serverAction('settings.manage', '/admin/catalogue', z.tuple([anyInput]), async ([input], actor) => {
  await addTopic(db(), actor.agencyId, input, actor.userId);
  return saved();
});

export const saveTopicAction = serverAction('settings.manage', '/admin/catalogue', idAndInput, async ([id, input], actor) => {
  await updateTopic(db(), actor.agencyId, id, input, actor.userId);
  return saved();
});
