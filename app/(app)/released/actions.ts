'use server';

import { z } from 'zod';
import { anyInput, serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { decideRelease } from '@/lib/released/decide-release';
import { releaseFromForm } from '@/lib/released/release-form';
import { saved } from '../saved';

const caseIds = z
  .array(
    z
      .number()
      .int()
      .positive()
      .max(2 ** 31 - 1),
  )
  .max(400);

export const decideReleaseAction = serverAction(
  'releases.manage',
  '/released',
  z.tuple([caseIds, anyInput]),
  async ([ids, form], actor) => {
    const decision = await releaseFromForm(ids, form);
    await decideRelease(db(), actor, decision);
    return saved('/released', decision.publish ? '已纳入主动公开，公众可在“已公开信息”中查看' : '已记录不予主动公开的决定');
  },
);
