// A manager's decision on a group of granted applications (条例 art. 44): publish the information
// (a title, what it is, the redacted files, checked for the applicants' personal data) or not, with
// the reason. One transaction writes the item, its files and the admin log row.
import crypto from 'node:crypto';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { lockUntilCommit } from '@/lib/db/kysely';
import { DomainError } from '@/lib/shared/errors';
import { audit } from '@/lib/audit/audit';
import { checkFile, ATTACHMENT_LIMITS } from '@/lib/attachments/store';
import { todayInChina, toDate } from '@/lib/shared/dates';
import { GRANTING_DISPOSITIONS as GRANTING } from '@/lib/cases/dispositions';
import { findPersonalData } from './personal-data';
import { pdfText } from './pdf-text';

export interface ReleaseActor {
  userId: number;
  agencyId: number;
}
interface ReleaseFile {
  name: string;
  bytes: Uint8Array;
}
export type ReleaseDecision =
  | { publish: true; caseIds: number[]; title: string; summary: string; files: ReleaseFile[] }
  | { publish: false; caseIds: number[]; reason: string };

/** The cases, each of this office, granted and closed, and not decided before; else a clear refusal. */
async function decidable(db: PrismaClient, agencyId: number, caseIds: number[]) {
  const ids = [...new Set(caseIds)].filter((n) => Number.isSafeInteger(n) && n > 0);
  if (ids.length === 0) throw new DomainError('invalid', '请选择要决定的申请');
  const cases = await db.case.findMany({
    where: { id: { in: ids }, agencyId, dispositionCode: { in: GRANTING }, closedOn: { not: null } },
    select: {
      id: true,
      trackingNo: true,
      applicantName: true,
      idNumber: true,
      phone: true,
      address: true,
      attachments: { where: { kind: { not: 'released' } }, select: { sha256: true } },
      submissions: { select: { attachments: { select: { sha256: true } } } },
    },
  });
  if (cases.length !== ids.length) throw new DomainError('invalid', '所选申请须为本机关已办结且予以公开（含部分公开）的申请');
  return { ids, cases };
}

/** In the deciding transaction, after the office's lock: a case is decided once. */
async function notDecidedYet(tx: Prisma.TransactionClient, agencyId: number, ids: number[]) {
  await lockUntilCommit(tx, `release:${agencyId}`);
  const decided = await tx.releasedItem.findFirst({ where: { agencyId, caseIds: { hasSome: ids } }, select: { id: true } });
  if (decided) throw new DomainError('conflict', '所选申请已有决定（可能刚由他人作出），请刷新页面');
}

/** A PDF that can't be read as one is refused: what can't be checked is not published. */
async function pdfTextOf(name: string, bytes: Uint8Array): Promise<string | null> {
  try {
    return await pdfText(bytes);
  } catch {
    throw new DomainError('invalid', `文件"${name}"无法读取，请上传完好的 PDF 文件`, 'files');
  }
}

export async function decideRelease(db: PrismaClient, actor: ReleaseActor, d: ReleaseDecision): Promise<number> {
  const { ids, cases } = await decidable(db, actor.agencyId, d.caseIds);
  if (!d.publish) {
    const reason = d.reason.trim();
    if (!reason) throw new DomainError('invalid', '请填写不予主动公开的理由', 'reason');
    return db.$transaction(async (tx) => {
      await notDecidedYet(tx, actor.agencyId, ids);
      const item = await tx.releasedItem.create({
        data: { agencyId: actor.agencyId, status: 'declined', title: '', reason, caseIds: ids, decidedById: actor.userId },
      });
      await audit(tx, { actorId: actor.userId, action: 'release.decline', target: `release:${item.id}`, detail: { caseIds: ids, reason } });
      return item.id;
    });
  }
  const title = d.title.trim();
  const summary = d.summary.trim();
  if (!title) throw new DomainError('invalid', '请填写公开信息的名称', 'title');
  const people = cases.map((c) => ({ ...c, name: c.applicantName }));
  const found = findPersonalData(`${title}\n${summary}`, people);
  if (found.length) throw new DomainError('invalid', `名称或说明含有个人信息（${found.join('、')}），请删除后再公开`, 'summary');
  if (d.files.length > ATTACHMENT_LIMITS.maxFiles)
    throw new DomainError('invalid', `公开文件不超过 ${ATTACHMENT_LIMITS.maxFiles} 个`, 'files');
  // The applicant's own papers (letter, scans, ID copies) are never published, not even by mistake.
  const theirs = new Set(cases.flatMap((c) => [...c.attachments, ...c.submissions.flatMap((s) => s.attachments)].map((a) => a.sha256)));
  const files: { contentType: string; fileName: string; sha256: string; size: number; data: Uint8Array<ArrayBuffer> }[] = [];
  for (const f of d.files) {
    const checked = await checkFile({ ...f, kind: 'released' });
    const sha256 = crypto.createHash('sha256').update(f.bytes).digest('hex');
    if (theirs.has(sha256)) throw new DomainError('invalid', `文件"${f.name}"是申请人提交的材料，不能公开`, 'files');
    // A PDF's own text is read for the same personal data (a scan or a picture has none to read).
    const text = checked.contentType === 'application/pdf' ? await pdfTextOf(f.name, f.bytes) : null;
    const inFile = text ? findPersonalData(text, people) : [];
    if (inFile.length) throw new DomainError('invalid', `文件"${f.name}"含有个人信息（${inFile.join('、')}），请遮盖后重新上传`, 'files');
    files.push({ ...checked, sha256, size: f.bytes.length, data: new Uint8Array(f.bytes) });
  }
  return db.$transaction(async (tx) => {
    await notDecidedYet(tx, actor.agencyId, ids);
    const item = await tx.releasedItem.create({
      data: {
        agencyId: actor.agencyId,
        status: 'published',
        title,
        summary,
        publishedOn: toDate(todayInChina()),
        caseIds: ids,
        decidedById: actor.userId,
        files: { create: files },
      },
    });
    await audit(tx, {
      actorId: actor.userId,
      action: 'release.publish',
      target: `release:${item.id}`,
      detail: { caseIds: ids, title, files: files.map((f) => f.fileName) },
    });
    return item.id;
  });
}
