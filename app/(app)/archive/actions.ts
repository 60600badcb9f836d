'use server';

import { z } from 'zod';
import { serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { queueArchivePdfs } from '@/lib/archive/year-archive';

export const queuePdfsAction = serverAction(
  'archive.manage',
  '/archive',
  z.tuple([
    z
      .array(
        z
          .number()
          .int()
          .positive()
          .max(2 ** 31 - 1),
      )
      .max(100_000),
  ]),
  async ([ids], actor) => {
    const n = await queueArchivePdfs(db(), actor.agencyId, ids);
    return { ok: true as const, message: `已安排生成 ${n} 件申请的 PDF，稍后刷新本页查看` };
  },
);
