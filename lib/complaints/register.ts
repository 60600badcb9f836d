// The complaints register (举报投诉): complaints about the office's disclosure work, counted in
// row 六 of the 2017 table by the date received.
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isoDate, optionalText, text } from '@/lib/shared/text';
import { todayInChina, toDate } from '@/lib/shared/dates';
import { DomainError, notFoundError } from '@/lib/shared/errors';
import { audit } from '@/lib/audit/audit';

const complaintSchema = z
  .object({
    receivedOn: isoDate('收到日期').refine((d) => d <= todayInChina(), '收到日期不能晚于今天'),
    complainant: text('举报投诉人', 200, { required: true }),
    content: text('举报投诉内容', 5000, { required: true, multiline: true }),
    result: optionalText('处理结果', 2000),
    closedOn: isoDate('办结日期')
      .optional()
      .or(z.literal('').transform(() => undefined)),
  })
  .refine((v) => !v.closedOn || v.closedOn >= v.receivedOn, { message: '办结日期不能早于收到日期', path: ['closedOn'] });

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
    await audit(tx, { actorId: actor.userId, action: 'complaint.create', target: `complaint:${row.id}`, office: actor.agencyId });
    return row;
  });
}

/** Edits a complaint, closing it when a 办结日期 is given; what changed is logged. */
export async function updateComplaint(db: PrismaClient, id: number, input: unknown, actor: { userId: number; agencyId: number }) {
  const v = complaintSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.complaint.findFirst({ where: { id, agencyId: actor.agencyId } });
    if (!before) throw notFoundError('举报投诉');
    if (before.closedOn && !v.closedOn) throw new DomainError('invalid', '已办结的举报投诉不能撤销办结日期', 'closedOn');
    const data = {
      receivedOn: toDate(v.receivedOn),
      complainant: v.complainant,
      content: v.content,
      result: v.result,
      closedOn: v.closedOn ? toDate(v.closedOn) : null,
    };
    await tx.complaint.update({ where: { id }, data });
    await audit(tx, {
      actorId: actor.userId,
      action: v.closedOn && !before.closedOn ? 'complaint.close' : 'complaint.update',
      target: `complaint:${id}`,
      detail: { ...v },
      office: actor.agencyId,
    });
  });
}

/** One year's complaints (by date received, as row 六 counts them), newest first, with the total. */
export async function listComplaints(db: PrismaClient, agencyId: number, year: number) {
  const where = { agencyId, receivedOn: { gte: toDate(`${year}-01-01`), lt: toDate(`${year + 1}-01-01`) } };
  const [rows, total, open] = await Promise.all([
    db.complaint.findMany({ where, orderBy: [{ receivedOn: 'desc' }, { id: 'desc' }], take: 500 }),
    db.complaint.count({ where }),
    db.complaint.count({ where: { ...where, closedOn: null } }),
  ]);
  return { rows, total, open };
}
