'use server';

import { revalidatePath } from 'next/cache';
import { failure, type ActionResult } from '@/lib/api/action-result';
import { updateAgency } from '@/lib/agency/update-agency';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db/client';

export async function updateAgencyAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission('settings.manage', '/admin/agency');
  try {
    await updateAgency(db(), actor.agencyId, input, actor.userId);
    revalidatePath('/admin/agency');
    return { ok: true, message: '已保存。此后出具的文书使用新的信息；已出具的文书不变。' };
  } catch (e) {
    return failure(e);
  }
}
