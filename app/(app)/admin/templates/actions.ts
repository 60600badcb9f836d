'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { activateTemplate, restoreDefault, uploadTemplate } from '@/lib/documents/manage-templates';

export const uploadTemplateAction = serverAction('settings.manage', '/admin/templates', z.tuple([z.instanceof(FormData)]), async ([fd], actor) => {
  const file = fd.get('file');
  if (!(file instanceof File) || file.size === 0) return { ok: false as const, message: '请选择 .docx 文件' };
  const res = await uploadTemplate(db(), actor.agencyId, String(fd.get('kind')), new Uint8Array(await file.arrayBuffer()), file.name, actor.userId);
  return { ok: true as const, message: '模板检查通过。请查看下方用示例数据生成的预览，确认后点击“启用”。', data: res };
});

export const activateTemplateAction = serverAction('settings.manage', '/admin/templates', z.tuple([z.number().int()]), async ([id], actor) => {
  await activateTemplate(db(), actor.agencyId, id, actor.userId);
  revalidatePath('/admin/templates');
  return { ok: true as const, message: '已启用，此后出具的文书使用新模板；原模板已保留。' };
});

export const restoreDefaultAction = serverAction('settings.manage', '/admin/templates', z.tuple([z.string().max(60)]), async ([kind], actor) => {
  await restoreDefault(db(), actor.agencyId, kind, actor.userId);
  revalidatePath('/admin/templates');
  return { ok: true as const, message: '已恢复默认模板' };
});
