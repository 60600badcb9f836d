'use server';

import { revalidatePath } from 'next/cache';
import { idAndInput, serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { sendSupervisionNote } from '@/lib/supervision/send-note';

export const sendNoteAction = serverAction('supervision.send', '/supervision', idAndInput, async ([caseId, text], actor) => {
  await sendSupervisionNote(db(), caseId, text, actor);
  revalidatePath('/supervision');
  return { ok: true as const, message: '督办意见已发送，已记入该申请的办理记录' };
});
