// The complaints register (举报投诉): complaints about the office's disclosure work, counted in
// row 六 of the 2017 table by the date received.
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isoDate, optionalText, text } from '@/lib/shared/text';
import { todayInChina, toDate } from '@/lib/shared/dates';

export const complaintSchema = z.object({
  receivedOn: isoDate('收到日期').refine((d) => d <= todayInChina(), '收到日期不能晚于今天'),
  complainant: text('举报投诉人', 200, { required: true }),
  content: text('举报投诉内容', 5000, { required: true, multiline: true }),
  result: optionalText('处理结果', 2000),
  closedOn: isoDate('办结日期')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export async function registerComplaint(db: PrismaClient, input: unknown, actor: { userId: number; agencyId: number }) {
  const v = complaintSchema.parse(input);
  return db.$transaction(async (tx) => {
    const row = await tx.complaint.create({
      data: {
        agencyId: actor.agencyId,
        receivedOn: toDate(v.receivedOn),
        complainant: v.complainant,
        content: v.content,
        result: v.result,
        closedOn: v.closedOn ? toDate(v.closedOn) : null,
        createdById: actor.userId,
      },
    });
    await tx.adminEvent.create({ data: { actorId: actor.userId, action: 'complaint.create', target: `complaint:${row.id}` } });
    return row;
  });
}

export function listComplaints(db: PrismaClient, agencyId: number) {
  return db.complaint.findMany({ where: { agencyId }, orderBy: [{ receivedOn: 'desc' }, { id: 'desc' }], take: 200 });
}
