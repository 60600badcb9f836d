// Replacing a template with the office's own .docx: checked (broken files and unknown placeholders
// are refused by name), previewed with sample data, and only then put into use. The previous one
// is kept (retired), and defaults remain available.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { kindById } from './catalog';
import { isApplicationForm } from './application-form-kinds';
import { checkTemplate } from './check-template';
import { docxHtml } from './docx-engine.mjs';
import { PLACEHOLDERS } from './placeholders';
import { TemplateError } from './render';
import { audit } from '@/lib/audit/audit';

function sampleData(): Record<string, unknown> {
  const data: Record<string, unknown> = Object.fromEntries(Object.entries(PLACEHOLDERS).map(([k, label]) => [k, `【${label}】`]));
  Object.assign(data, {
    docNo: '示资依告〔2025〕17号',
    issueDate: '2025年3月4日',
    applicantName: '张三',
    agencyName: '示例市自然资源局',
    receivedOn: '2025年2月10日',
    description: '某地块征收补偿安置方案',
    trackingNo: '2025-0001',
    items: [
      { index: 1, name: '征收补偿安置方案' },
      { index: 2, name: '征地批复' },
    ],
  });
  return data;
}

/** HTML for reading a letter in the browser (links dropped; see docx-engine.mjs). */
export const docxToHtml = (bytes: Uint8Array): Promise<string> => docxHtml(bytes);

export async function uploadTemplate(
  db: PrismaClient,
  agencyId: number,
  kind: string,
  bytes: Uint8Array,
  fileName: string,
  actorId: number | null,
) {
  if (!kindById(kind) && !isApplicationForm(kind)) throw new TemplateError(`未知的文书种类：${kind}`);
  const preview = await checkTemplate(bytes, sampleData());
  const row = await db.$transaction(async (tx) => {
    const t = await tx.docTemplate.create({
      data: { agencyId, kind, status: 'pending', file: new Uint8Array(bytes), fileName: fileName.slice(0, 200), uploadedById: actorId },
    });
    await audit(tx, { actorId, action: 'template.upload', target: `template:${t.id}`, detail: { kind, fileName } });
    return t;
  });
  return { id: row.id, preview };
}

export async function activateTemplate(db: PrismaClient, agencyId: number, id: number, actorId: number | null) {
  return db.$transaction(async (tx) => {
    const t = await tx.docTemplate.findFirst({ where: { id, agencyId, status: 'pending' } });
    if (!t) throw new TemplateError('没有待启用的该模板');
    await tx.docTemplate.updateMany({ where: { agencyId, kind: t.kind, status: 'active' }, data: { status: 'retired' } });
    await tx.docTemplate.update({ where: { id }, data: { status: 'active' } });
    await audit(tx, { actorId, action: 'template.activate', target: `template:${id}`, detail: { kind: t.kind } });
    return t.kind;
  });
}

/** Back to the shipped default (the office's templates are kept, retired). */
export async function restoreDefault(db: PrismaClient, agencyId: number, kind: string, actorId: number | null) {
  await db.$transaction(async (tx) => {
    await tx.docTemplate.updateMany({ where: { agencyId, kind, status: 'active' }, data: { status: 'retired' } });
    await audit(tx, { actorId, action: 'template.restore_default', target: `kind:${kind}` });
  });
}

export function listTemplates(db: PrismaClient, agencyId: number) {
  return db.docTemplate.findMany({
    where: { agencyId },
    orderBy: { id: 'desc' },
    select: { id: true, kind: true, status: true, fileName: true, uploadedAt: true, uploadedBy: { select: { name: true } } },
  });
}
