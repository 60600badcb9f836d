// Issues one document for a case: checks it is offered now, numbers it (or re-issues a new
// version under the same 文号), fills the template, keeps the file and notes it on the timeline —
// all in one transaction.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { deadlinesOf } from '@/lib/cases/case-state';
import { loadCase } from '@/lib/cases/load-case';
import { DomainError } from '@/lib/shared/errors';
import { fromDate, todayInChina, toDate, yearOf } from '@/lib/shared/dates';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { kindById } from './catalog';
import { formatDocNo, nextDocSeq, prefixFor } from './document-number';
import { offeredKinds } from './offer';
import { fillData } from './placeholders';
import { renderDocx, TemplateError } from './render';
import { activeTemplate } from './templates';

export async function issueDocument(db: PrismaClient, caseId: number, kind: string, actor: { userId: number; agencyId: number }) {
  const k = kindById(kind);
  if (!k) throw new DomainError('invalid', `未知的文书种类：${kind}`, 'kind');
  const { row, state } = await loadCase(db, caseId, actor.agencyId);
  const cal = await loadCalendar(db);
  if (!offeredKinds(state, row.channel).includes(kind)) {
    throw new DomainError('invalid_state', k.cls >= 7 && k.cls <= 11 ? `${k.name}须在答复审核通过后、且与处理结果相符时才能出具` : `当前阶段不能出具${k.name}`);
  }
  const deadlines = deadlinesOf(cal, state);
  const approver = [...row.events].reverse().find((e) => e.type === 'reply_approved' || e.type === 'extension_approved')?.actor?.name ?? '';
  const { bytes: template, templateId } = await activeTemplate(db, actor.agencyId, kind);
  const issueDate = todayInChina();

  return db.$transaction(async (tx) => {
    const previous = await tx.document.findFirst({ where: { caseId, kind }, orderBy: { version: 'desc' } });
    const year = previous?.year ?? yearOf(issueDate);
    const seq = previous?.seq ?? (await nextDocSeq(tx, actor.agencyId, k.cls, year));
    const docNo = previous?.docNo ?? formatDocNo(await prefixFor(tx, actor.agencyId, k.cls, row.agency.shortName), year, seq);
    const version = (previous?.version ?? 0) + 1;
    let file: Uint8Array<ArrayBuffer>;
    try {
      file = new Uint8Array(renderDocx(template, fillData({
        agency: row.agency, row: { ...row, receivedOn: fromDate(row.receivedOn) }, state, deadlines, cal,
        clerkName: row.assignee?.name ?? '', approverName: approver, dispositionLabel: row.disposition?.label ?? '', docNo, issueDate,
      })));
    } catch (err) {
      if (err instanceof TemplateError) throw new DomainError('invalid_state', `模板无法填充：${err.message}`);
      throw err;
    }
    const doc = await tx.document.create({
      data: { agencyId: actor.agencyId, caseId, kind, cls: k.cls, year, seq, docNo, version, file, templateId, issuedById: actor.userId },
    });
    await tx.caseEvent.create({
      data: { caseId, type: 'document_issued', on: toDate(issueDate), actorId: actor.userId, data: { kind, name: k.name, docNo, version, documentId: doc.id } },
    });
    return { id: doc.id, kind, name: k.name, docNo, version, issuedAt: doc.issuedAt };
    // Issues of one class queue on the 文号 counter while each renders its letter (~15 ms).
  }, { maxWait: 30_000, timeout: 30_000 });
}

export function listDocuments(db: PrismaClient, caseId: number, agencyId: number) {
  return db.document.findMany({
    where: { caseId, agencyId }, orderBy: [{ id: 'desc' }],
    select: { id: true, kind: true, docNo: true, version: true, issuedAt: true, issuedBy: { select: { name: true } } },
  });
}
