import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';

type Actor = Parameters<typeof createCase>[2] & Parameters<typeof recordEvent>[3];

/** A case registered by `actor` and one step recorded on it by the same person, as a clerk works. */
export async function caseThen(db: PrismaClient, actor: Actor, input: Record<string, unknown>, step: Parameters<typeof recordEvent>[2]) {
  const { case: c } = await createCase(db, input, actor);
  return { case: c, state: await recordEvent(db, c.id, step, actor) };
}
