'use server';

import { revalidatePath } from 'next/cache';
import { failure, type ActionResult } from '@/lib/api/action-result';
import { requirePermission } from '@/lib/auth/session';
import { createCase } from '@/lib/cases/create-case';
import { CaseError } from '@/lib/cases/errors';
import { recordEvent } from '@/lib/cases/record-event';
import { issueDocument } from '@/lib/documents/issue-document';
import { db } from '@/lib/db/client';
import { fromDate } from '@/lib/deadlines/dates';
import type { IntakeResult } from '@/components/cases/intake-form';

const known = (e: unknown) => (e instanceof CaseError ? e.message : null);

export async function createCaseAction(input: unknown): Promise<IntakeResult> {
  const actor = await requirePermission('cases.create', '/cases/new');
  try {
    const { case: c, deadlines } = await createCase(db(), input, actor);
    revalidatePath('/cases');
    return { ok: true, message: `已登记 ${c.trackingNo}`, data: { id: c.id, trackingNo: c.trackingNo, dueOn: deadlines.dueOn, receivedOn: fromDate(c.receivedOn), provisional: deadlines.provisional } };
  } catch (err) {
    return failure(err, known);
  }
}

export async function recordEventAction(caseId: number, input: Record<string, unknown>): Promise<ActionResult> {
  const actor = await requirePermission('cases.view', `/cases/${caseId}`);
  try {
    await recordEvent(db(), Number(caseId), input, actor);
    revalidatePath(`/cases/${caseId}`);
    return { ok: true, message: '已保存' };
  } catch (err) {
    return failure(err, known);
  }
}

export async function issueDocumentAction(caseId: number, kind: string): Promise<ActionResult> {
  const actor = await requirePermission('cases.work', `/cases/${caseId}`);
  try {
    const doc = await issueDocument(db(), Number(caseId), String(kind), actor);
    revalidatePath(`/cases/${caseId}`);
    return { ok: true, message: `已出具${doc.name}，文号 ${doc.docNo}${doc.version > 1 ? `（第 ${doc.version} 版）` : ''}` };
  } catch (err) {
    return failure(err, known);
  }
}
