'use server';

import { revalidatePath } from 'next/cache';
import { failure, type ActionResult } from '@/lib/api/action-result';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { freezeReport, ReportError, saveManualValues } from '@/lib/statistics/manage-report';
import { parseFormat, parseYear, ParamError } from '@/lib/statistics/parse-params';

const known = (e: unknown) => (e instanceof ReportError || e instanceof ParamError ? e.message : null);

export async function saveManualAction(year: string, format: string, values: Record<string, string>): Promise<ActionResult> {
  const actor = await requirePermission('reports.manage', '/reports');
  try {
    const y = parseYear(year);
    await saveManualValues(db(), actor.agencyId, y, parseFormat(format, y), values, actor.userId);
    revalidatePath('/reports');
    return { ok: true, message: '已保存' };
  } catch (e) {
    return failure(e, known);
  }
}

export async function freezeAction(year: string, format: string): Promise<ActionResult> {
  const actor = await requirePermission('reports.manage', '/reports');
  try {
    const y = parseYear(year);
    await freezeReport(db(), actor.agencyId, y, parseFormat(format, y), actor.userId);
    revalidatePath('/reports');
    return { ok: true, message: '已冻结。此后案件的变动不会改变已冻结的数字，只会在表上提示差异。' };
  } catch (e) {
    return failure(e, known);
  }
}
