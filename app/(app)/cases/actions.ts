'use server';

import { z } from 'zod';
import { anyInput, serverAction } from '@/lib/auth/server-action';
import { registerApplication } from '@/lib/cases/register-application';
import { findRelated } from '@/lib/cases/related-cases';
import { recordEvent } from '@/lib/cases/record-event';
import { issueDocument } from '@/lib/documents/issue-document';
import { previewReplyLetter } from '@/lib/documents/draft-letter';
import { db } from '@/lib/db/client';
import { formatCn, fromDate } from '@/lib/shared/dates';
import { addCaseFile, caseFileKind } from '@/lib/attachments/add-case-file';
import { markDuplicate } from '@/lib/cases/mark-duplicate';
import { replyAtCounter } from '@/lib/cases/counter-reply';
import type { ActionResult } from '@/lib/shared/action-result';
import type { IntakeResult } from '@/components/cases/intake-form';
import { revalidatePath } from 'next/cache';
import { saved } from '../saved';

const caseId = z.number().int().positive();

export const createCaseAction = serverAction(
  'cases.create',
  '/cases/new',
  z.tuple([anyInput]),
  async ([input], actor): Promise<IntakeResult> => {
    const { case: c, deadlines, receipt, receiptProblem, related } = await registerApplication(db(), input, actor);
    revalidatePath('/cases');
    return {
      ok: true,
      message: `已登记 ${c.trackingNo}`,
      data: {
        id: c.id,
        trackingNo: c.trackingNo,
        dueOn: deadlines.dueOn,
        receivedOn: fromDate(c.receivedOn),
        provisional: deadlines.provisional,
        receipt: receipt ? { id: receipt.id, name: receipt.name, docNo: receipt.docNo } : null,
        receiptProblem,
        related,
      },
    };
  },
);

// 当场答复: registered and answered in one go (the counter_reply step's own permission is checked too).
export const counterReplyAction = serverAction(
  'cases.create',
  '/cases/counter',
  z.tuple([anyInput, anyInput]),
  async ([intake, reply], actor): Promise<ActionResult<{ id: number; trackingNo: string }>> => {
    const c = await replyAtCounter(db(), { intake, reply }, actor);
    revalidatePath('/cases');
    return { ok: true, message: `已登记并当场答复，编号 ${c.trackingNo}，案件已办结`, data: { id: c.id, trackingNo: c.trackingNo } };
  },
);

// Each step's own permission is checked by recordEvent against the step table.
export const recordEventAction = serverAction(
  'cases.view',
  '/cases',
  z.tuple([caseId, z.record(z.string(), z.unknown())]),
  async ([id, input], actor) => {
    await recordEvent(db(), id, input, actor);
    return saved(`/cases/${id}`);
  },
);

export const issueDocumentAction = serverAction(
  'cases.work',
  '/cases',
  z.tuple([caseId, z.string().max(60), z.record(z.string(), z.unknown())]),
  async ([id, kind, options], actor) => {
    const doc = await issueDocument(db(), id, kind, actor, options);
    revalidatePath(`/cases/${id}`);
    return {
      ok: true as const,
      message: `已出具${doc.name}，文号 ${doc.docNo}${doc.version > 1 ? `（第 ${doc.version} 版）` : ''}，文书日期${formatCn(doc.letterDate)}${doc.late ? '（逾期出具，原因已记录）' : ''}`,
    };
  },
);

/** The reply letter as the typed reply would produce it (nothing saved). */
export const previewReplyAction = serverAction(
  'cases.work',
  '/cases',
  z.tuple([caseId, z.record(z.string(), z.unknown())]),
  async ([id, input], actor) => {
    const letter = await previewReplyLetter(db(), id, input, actor);
    return letter ? { ok: true as const, message: '', data: letter } : { ok: false as const, message: '该答复类型没有答复书' };
  },
);

const relatedQuery = z.object({
  idNumber: z.string().max(40).optional(),
  name: z.string().max(200).optional(),
  phone: z.string().max(40).optional(),
  description: z.string().max(5000).optional(),
});

/** Hints while an application is typed in (nothing is saved). */
export const findRelatedAction = serverAction('cases.create', '/cases/new', z.tuple([relatedQuery]), async ([q], actor) => {
  const hints = await findRelated(db(), actor.agencyId, q);
  return { ok: true as const, message: '', data: hints };
});

/** One click from a duplicate hint to the 不予处理（重复申请） reply, sent to review as usual. */
export const markDuplicateAction = serverAction('cases.work', '/cases', z.tuple([caseId, caseId]), async ([id, otherId], actor) => {
  const trackingNo = await markDuplicate(db(), id, otherId, actor);
  revalidatePath(`/cases/${id}`);
  return { ok: true as const, message: `已按重复申请提交答复送审（与 ${trackingNo} 相同）` };
});

/** Scans of what arrived (identity papers marked as such), or the released information sent with the reply. */
export const uploadAttachmentAction = serverAction(
  'cases.attach',
  '/cases',
  z.tuple([caseId, z.instanceof(FormData)]),
  async ([id, fd], actor) => {
    const file = fd.get('file');
    if (!(file instanceof File) || file.size === 0) return { ok: false as const, message: '请选择文件' };
    await addCaseFile(
      db(),
      id,
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), kind: caseFileKind(fd.get('kind')) },
      actor,
    );
    revalidatePath(`/cases/${id}`);
    return { ok: true as const, message: `已上传：${file.name}` };
  },
);
