'use server';

import { revalidatePath } from 'next/cache';
import { failure, type ActionResult } from '@/lib/api/action-result';
import { requirePermission } from '@/lib/auth/session';
import { registerComplaint } from '@/lib/complaints/register';
import { db } from '@/lib/db/client';

export async function registerComplaintAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission('complaints.manage', '/complaints');
  try {
    await registerComplaint(db(), input, actor);
    revalidatePath('/complaints');
    return { ok: true, message: '已登记' };
  } catch (e) {
    return failure(e);
  }
}
