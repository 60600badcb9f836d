'use server';

import { z } from 'zod';
import { anyInput, serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { confirmSubmission, discardSubmission } from '@/lib/portal/decide-submission';

const id = z.number().int().positive();

// The list is not revalidated here: the card shows the outcome (and the case link) until the page is reloaded.
export const confirmSubmissionAction = serverAction(
  'cases.create',
  '/submissions',
  z.tuple([id, anyInput]),
  async ([sid, input], actor) => {
    const { trackingNo, caseId } = await confirmSubmission(db(), sid, input, actor);
    return { ok: true as const, message: `已确认受理，编号 ${trackingNo}`, data: { caseId } };
  },
);

export const discardSubmissionAction = serverAction(
  'cases.create',
  '/submissions',
  z.tuple([id, anyInput]),
  async ([sid, input], actor) => {
    await discardSubmission(db(), sid, input, actor);
    return { ok: true as const, message: '已作不予受理处理，申请人查询时可看到原因' };
  },
);
