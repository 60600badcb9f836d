// Topics offered at intake (土地, 矿产 …), the office's own list. A case keeps the topic's name as it
// was when registered, so renaming or retiring a topic never rewrites history.
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DomainError, notFoundError } from '@/lib/shared/errors';
import { text } from '@/lib/shared/text';
import { audit } from '@/lib/audit/audit';
import { entryChange, nameTaken } from './list-entry';

const topicSchema = z.object({ name: text('主题名称', 30, { required: true }), active: z.boolean().default(true) });

export const listTopics = (db: PrismaClient, agencyId: number) =>
  db.topic.findMany({ where: { agencyId }, orderBy: [{ active: 'desc' }, { sort: 'asc' }, { id: 'asc' }] });

export async function addTopic(db: PrismaClient, agencyId: number, input: unknown, actorId: number | null) {
  const { name } = topicSchema.parse(input);
  const clash = await db.topic.findUnique({ where: { agencyId_name: { agencyId, name } } });
  if (clash) throw new DomainError('conflict', clash.active ? `主题“${name}”已存在` : `主题“${name}”已停用，可在列表中重新启用`, 'name');
  const last = await db.topic.aggregate({ where: { agencyId }, _max: { sort: true } });
  await db.$transaction(async (tx) => {
    await tx.topic.create({ data: { agencyId, name, sort: (last._max.sort ?? 0) + 10 } });
    await audit(tx, { actorId, action: 'topic.add', target: `agency:${agencyId}`, detail: { name }, office: agencyId });
  });
}

export async function updateTopic(db: PrismaClient, agencyId: number, id: number, input: unknown, actorId: number | null) {
  const v = topicSchema.parse(input);
  const topic = await db.topic.findFirst({ where: { id, agencyId } });
  if (!topic) throw notFoundError('主题');
  if (v.name !== topic.name && (await db.topic.findUnique({ where: { agencyId_name: { agencyId, name: v.name } } })))
    throw nameTaken('主题', v.name);
  await db.$transaction(async (tx) => {
    await tx.topic.update({ where: { id }, data: v });
    const target = `agency:${agencyId}:topic:${id}` as const;
    await audit(tx, { actorId, action: 'topic.update', target, detail: entryChange(topic, v), office: agencyId });
  });
}
