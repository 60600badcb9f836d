'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { anyInput, serverAction } from '@/lib/auth/server-action';
import { db } from '@/lib/db/client';
import { assertCalendarKeeper, pasteCalendarYear, publishCalendarYear, removeCalendarDay, setCalendarDay } from '@/lib/settings/calendar';

const done = (moved: number) => {
  revalidatePath('/admin/calendar');
  return { ok: true as const, message: moved ? `已保存，${moved} 件未办结案件的答复期限已重新计算` : '已保存' };
};

export const setDayAction = serverAction('settings.manage', '/admin/calendar', z.tuple([anyInput]), async ([input], actor) => {
  await assertCalendarKeeper(db(), actor.agencyId);
  return done(await setCalendarDay(db(), input, actor.userId));
});

export const removeDayAction = serverAction('settings.manage', '/admin/calendar', z.tuple([z.string().max(10)]), async ([date], actor) => {
  await assertCalendarKeeper(db(), actor.agencyId);
  return done(await removeCalendarDay(db(), date, actor.userId));
});

export const publishYearAction = serverAction('settings.manage', '/admin/calendar', z.tuple([anyInput]), async ([input], actor) => {
  await assertCalendarKeeper(db(), actor.agencyId);
  return done(await publishCalendarYear(db(), input, actor.userId));
});

export const pasteYearAction = serverAction('settings.manage', '/admin/calendar', z.tuple([anyInput]), async ([input], actor) => {
  await assertCalendarKeeper(db(), actor.agencyId);
  return done(await pasteCalendarYear(db(), input, actor.userId));
});
