// 当场答复 at the counter (条例 art. 33¶1): the application handed over in person is registered and
// answered in one go, received and closed the same day. Both halves are judged before anything is
// written, so a mistake in the answer never leaves a registered case behind.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { DomainError } from '@/lib/shared/errors';
import { todayInChina } from '@/lib/shared/dates';
import { initialState } from './case-state';
import { createCase } from './create-case';
import { recordEvent, type EventActor } from './record-event';
import { intakeSchema } from './schema';
import { takeStep } from './steps';

export async function replyAtCounter(db: PrismaClient, input: { intake: unknown; reply: unknown }, actor: EventActor) {
  const today = todayInChina();
  if (!input.intake || typeof input.intake !== 'object') throw new DomainError('invalid', '请填写申请人和所需信息');
  const intake = { ...(input.intake as Record<string, unknown>), channel: 'in_person', receivedOn: today };
  const reply = (input.reply ?? {}) as Record<string, unknown>;
  const { requestKind } = intakeSchema.parse(intake);
  takeStep({ ...initialState(today), rectification: requestKind === 'rectification' }, 'counter_reply', today, reply, actor, {
    today,
    calendar: await cachedCalendar(db),
    channel: 'in_person',
  });
  const { case: c } = await createCase(db, intake, actor);
  await recordEvent(db, c.id, { ...reply, type: 'counter_reply', on: today, version: c.version }, actor);
  return c;
}
