'use server';

import { z } from 'zod';
import { anyInput, idAndInput, serverAction } from '@/lib/auth/server-action';
import { registerComplaint, updateComplaint } from '@/lib/complaints/register';
import { db } from '@/lib/db/client';
import { saved } from '../saved';

export const registerComplaintAction = serverAction('complaints.manage', '/complaints', z.tuple([anyInput]), async ([input], actor) => {
  await registerComplaint(db(), input, actor);
  return saved('/complaints', '已登记');
});

export const updateComplaintAction = serverAction('complaints.manage', '/complaints', idAndInput, async ([id, input], actor) => {
  await updateComplaint(db(), id, input, actor);
  return saved('/complaints');
});
