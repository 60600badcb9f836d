'use server';

import { z } from 'zod';
import { serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { freezeReport, saveManualValues } from '@/lib/statistics/manage-report';
import { saveOfficeParts } from '@/lib/annual-report/office-parts';
import { parseFormat, parseYear } from '@/lib/statistics/parse-params';
import { revalidatePath } from 'next/cache';
import { saved } from '../saved';

const yearFormat = [z.string().max(10), z.string().max(10)] as const;

export const saveManualAction = serverAction(
  'reports.manage',
  '/reports',
  z.tuple([...yearFormat, z.record(z.string().max(40), z.string().max(40))]),
  async ([year, format, values], actor) => {
    const y = parseYear(year);
    await saveManualValues(db(), actor.agencyId, y, parseFormat(format, y), values, actor.userId);
    return saved('/reports');
  },
);

export const freezeAction = serverAction('reports.manage', '/reports', z.tuple(yearFormat), async ([year, format], actor) => {
  const y = parseYear(year);
  await freezeReport(db(), actor.agencyId, y, parseFormat(format, y), actor.userId);
  revalidatePath('/reports');
  return { ok: true as const, message: '已冻结。此后案件的变动不会改变已冻结的数字，只会在表上提示差异。' };
});

export const saveOfficePartsAction = serverAction(
  'reports.manage',
  '/reports',
  z.tuple([z.string().max(10), z.record(z.string().max(2), z.string().max(20_000))]),
  async ([year, parts], actor) => {
    await saveOfficeParts(db(), actor.agencyId, parseYear(year), parts, actor.userId);
    revalidatePath('/reports');
    return { ok: true as const, message: '已保存，生成年度报告时使用' };
  },
);
