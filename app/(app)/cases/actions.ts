'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { anyInput, serverAction } from '@/lib/auth/server-action';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { issueDocument } from '@/lib/documents/issue-document';
import { db } from '@/lib/db/client';
import { formatCn, fromDate } from '@/lib/shared/dates';
import type { IntakeResult } from '@/components/cases/intake-form';

const caseId = z.number().int().positive();

export const createCaseAction = serverAction(
  'cases.create',
  '/cases/new',
  z.tuple([anyInput]),
  async ([input], actor): Promise<IntakeResult> => {
    const { case: c, deadlines } = await createCase(db(), input, actor);
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
      },
    };
  },
);

// Each step's own permission is checked by recordEvent against the step table.
export const recordEventAction = serverAction(
  'cases.view',
  '/cases',
  z.tuple([caseId, z.record(z.string(), z.unknown())]),
  async ([id, input], actor) => {
    await recordEvent(db(), id, input, actor);
    revalidatePath(`/cases/${id}`);
    return { ok: true as const, message: '已保存' };
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
