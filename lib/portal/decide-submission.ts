// The office confirms an online submission (creating its case: channel online, legal receipt date
// = the day of confirmation, art. 31(3); the submission date kept) — optionally asking for a
// correction at once — or discards it with a reason the applicant will read. Nothing is deleted.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Role } from '@/lib/auth/permissions';
import { maskId } from '@/lib/cases/queries';
import { REQUEST_KIND_LABELS } from '@/lib/cases/labels';
import { registerApplication } from '@/lib/cases/register-application';
import { recordEvent } from '@/lib/cases/record-event';
import { enqueueMail } from '@/lib/mail/outbox';
import { chinaDate, formatCn, todayInChina } from '@/lib/shared/dates';
import { DomainError, notFoundError } from '@/lib/shared/errors';
import { text, isoDate } from '@/lib/shared/text';
import { z } from 'zod';
import type { PublicApplication } from './application-schema';
import { audit } from '@/lib/audit/audit';

const confirmSchema = z.object({
  on: isoDate('确认日期').optional(),
  correction: z.object({ items: text('需补正的内容', 2000, { required: true, multiline: true }), limitOn: isoDate('补正期限') }).optional(),
});
const discardSchema = z.object({ reason: text('不予受理的原因', 500, { required: true }) });

type Actor = { userId: number; agencyId: number; role: Role };

async function pending(db: PrismaClient, id: number, agencyId: number) {
  const s = await db.submission.findFirst({ where: { id, agencyId } });
  if (!s) throw notFoundError('网上申请');
  if (s.status !== 'pending')
    throw new DomainError('invalid_state', s.status === 'confirmed' ? '该网上申请已确认受理' : '该网上申请已作不予受理处理');
  return s;
}

export async function confirmSubmission(db: PrismaClient, id: number, input: unknown, actor: Actor) {
  const v = confirmSchema.parse(input ?? {});
  const s = await pending(db, id, actor.agencyId);
  const a = s.data as PublicApplication;
  const on = v.on ?? todayInChina();
  const requestKind = a.requestKind ?? 'application';
  // 补正 (art. 30) is for an application whose request is unclear: a 更正申请 is answered on its evidence.
  if (v.correction && requestKind === 'rectification')
    throw new DomainError('invalid_state', '更正申请不办理“发出补正告知”：请确认受理后依据申请人提供的证据作出更正决定');
  // Claimed first: a second confirmation racing this one finds it no longer pending and creates no
  // case; if registering fails (a date the law refuses), the claim is given back.
  const claimed = await db.submission.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'confirmed', decidedById: actor.userId, decidedAt: new Date() },
  });
  if (!claimed.count) throw new DomainError('conflict', '该网上申请已被他人处理');
  const registered = registerApplication(
    db,
    {
      channel: 'online',
      requestKind,
      submittedOn: chinaDate(s.submittedAt),
      confirmedOn: on,
      applicant: {
        kind: a.kind,
        name: a.name,
        idType: a.kind === 'natural' ? a.idType : '统一社会信用代码',
        idNumber: a.kind === 'natural' ? a.idNumber : '',
        orgCode: a.orgCode,
        contactPerson: a.contactPerson,
        phone: a.phone,
        email: a.email,
        address: a.address,
        postcode: a.postcode,
      },
      description: a.description,
      formWanted: a.formWanted,
      deliveryWanted: a.deliveryWanted,
      suggestPublish: requestKind === 'application' && a.suggestPublish === true,
    },
    actor,
  );
  const { case: c, deadlines } = await registered.catch(async (err) => {
    await db.submission.update({ where: { id }, data: { status: 'pending', decidedById: null, decidedAt: null } });
    throw err;
  });
  await db.$transaction(async (tx) => {
    await tx.submission.update({ where: { id }, data: { caseId: c.id } });
    await tx.attachment.updateMany({ where: { submissionId: id }, data: { caseId: c.id } });
    await enqueueMail(
      tx,
      actor.agencyId,
      a.email,
      `【政府信息公开】您的申请已受理（编号${c.trackingNo}）`,
      `${a.name}：\n\n您的${REQUEST_KIND_LABELS[requestKind]}已于${formatCn(on)}确认受理，编号 ${c.trackingNo}，本机关将于${deadlines.dueOn ? formatCn(deadlines.dueOn) : '法定期限内'}前作出答复。可凭查询码查看办理进度。`,
    );
  });
  if (v.correction) await recordEvent(db, c.id, { type: 'correction_requested', on, ...v.correction }, actor);
  return { caseId: c.id, trackingNo: c.trackingNo };
}

export async function discardSubmission(db: PrismaClient, id: number, input: unknown, actor: Actor) {
  const { reason } = discardSchema.parse(input ?? {});
  const s = await pending(db, id, actor.agencyId);
  await db.$transaction(async (tx) => {
    await tx.submission.update({
      where: { id: s.id },
      data: { status: 'discarded', discardReason: reason, decidedById: actor.userId, decidedAt: new Date() },
    });
    await audit(tx, { actorId: actor.userId, action: 'submission.discard', target: `submission:${s.id}`, detail: { reason } });
  });
}

/**
 * The submissions waiting for confirmation. They carry full ID numbers and phones, so showing them
 * is logged like an unmasked case view (one row naming the submissions shown); a role without the
 * right to see them sees them masked.
 */
export async function listPending(db: PrismaClient, actor: Actor) {
  const rows = await db.submission.findMany({
    where: { agencyId: actor.agencyId, status: 'pending' },
    orderBy: { submittedAt: 'asc' },
    take: 200,
    select: { id: true, data: true, submittedAt: true, attachments: { select: { id: true, fileName: true, kind: true, size: true } } },
  });
  if (!can(actor.role, 'applicant.unmask')) {
    const masked = (v: unknown) => (typeof v === 'string' && v ? maskId(v) : v);
    return rows.map((r) => {
      const d = r.data as Record<string, unknown>;
      return { ...r, data: { ...d, idNumber: masked(d.idNumber), orgCode: masked(d.orgCode), phone: masked(d.phone) } };
    });
  }
  if (rows.length)
    await audit(db, {
      actorId: actor.userId,
      action: 'submission.view',
      target: `agency:${actor.agencyId}`,
      detail: { submissions: rows.map((r) => r.id) },
    });
  return rows;
}
