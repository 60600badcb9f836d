'use server';

import { z } from 'zod';
import { anyInput, serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { updateDisposition } from '@/lib/settings/dispositions';
import { addTopic, updateTopic } from '@/lib/settings/topics';
import { saved } from '../../saved';
import { addSettingAction, saveSettingAction } from '../setting-actions';

export const saveDispositionAction = serverAction(
  'settings.manage',
  '/admin/catalogue',
  z.tuple([z.string().max(40), anyInput]),
  async ([code, input], actor) => {
    await updateDisposition(db(), actor.agencyId, code, input, actor.userId);
    return saved('/admin/catalogue');
  },
);

export const addTopicAction = addSettingAction('/admin/catalogue', addTopic);
export const saveTopicAction = saveSettingAction('/admin/catalogue', updateTopic);
