'use server';

import { revalidatePath } from 'next/cache';
import { failure, type ActionResult } from '@/lib/api/action-result';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { publishCalendarYear, removeCalendarDay, setCalendarDay } from '@/lib/deadlines/manage-calendar';

const done = (moved: number): ActionResult => {
  revalidatePath('/admin/calendar');
  return { ok: true, message: moved ? `已保存，${moved} 件未办结案件的答复期限已重新计算` : '已保存' };
};

export async function setDayAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission('settings.manage', '/admin/calendar');
  try { return done(await setCalendarDay(db(), input, actor.userId)); } catch (e) { return failure(e); }
}

export async function removeDayAction(date: string): Promise<ActionResult> {
  const actor = await requirePermission('settings.manage', '/admin/calendar');
  try { return done(await removeCalendarDay(db(), date, actor.userId)); } catch (e) { return failure(e); }
}

export async function publishYearAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission('settings.manage', '/admin/calendar');
  try { return done(await publishCalendarYear(db(), input, actor.userId)); } catch (e) { return failure(e); }
}
