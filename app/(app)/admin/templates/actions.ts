'use server';

import { revalidatePath } from 'next/cache';
import { failure, type ActionResult } from '@/lib/api/action-result';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { activateTemplate, restoreDefault, uploadTemplate } from '@/lib/documents/manage-templates';
import { TemplateError } from '@/lib/documents/render';

const known = (e: unknown) => (e instanceof TemplateError ? e.message : null);

export async function uploadTemplateAction(fd: FormData): Promise<ActionResult<{ id: number; preview: string }>> {
  const actor = await requirePermission('settings.manage', '/admin/templates');
  try {
    const file = fd.get('file');
    if (!(file instanceof File) || file.size === 0) return { ok: false, message: '请选择 .docx 文件' };
    const res = await uploadTemplate(db(), actor.agencyId, String(fd.get('kind')), new Uint8Array(await file.arrayBuffer()), file.name, actor.userId);
    return { ok: true, message: '模板检查通过。请查看下方用示例数据生成的预览，确认后点击“启用”。', data: res };
  } catch (e) {
    return failure(e, known);
  }
}

export async function activateTemplateAction(id: number): Promise<ActionResult> {
  const actor = await requirePermission('settings.manage', '/admin/templates');
  try {
    await activateTemplate(db(), actor.agencyId, Number(id), actor.userId);
    revalidatePath('/admin/templates');
    return { ok: true, message: '已启用，此后出具的文书使用新模板；原模板已保留。' };
  } catch (e) {
    return failure(e, known);
  }
}

export async function restoreDefaultAction(kind: string): Promise<ActionResult> {
  const actor = await requirePermission('settings.manage', '/admin/templates');
  try {
    await restoreDefault(db(), actor.agencyId, String(kind), actor.userId);
    revalidatePath('/admin/templates');
    return { ok: true, message: '已恢复默认模板' };
  } catch (e) {
    return failure(e, known);
  }
}
