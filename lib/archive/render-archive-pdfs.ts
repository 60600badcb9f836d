// The background job that keeps a case's PDF renditions current: every issued letter without one,
// and the timeline when its text has changed since it was last rendered. Queued when a letter is
// issued or a case closes; LibreOffice runs in a child process (pdf-rendition.ts), never on a request.
import crypto from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { loadCase } from '@/lib/cases/load-case';
import { renderPdfs } from './pdf-rendition';
import { timelineDocx } from './timeline-docx';

const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

/** Renders what the case lacks; returns how many PDFs were stored. */
export async function renderArchivePdfs(db: PrismaClient, caseId: number): Promise<number> {
  const found = await db.case.findUnique({ where: { id: caseId }, select: { agencyId: true } });
  if (!found) return 0;
  const loaded = await loadCase(db, caseId, found.agencyId);
  const timeline = timelineDocx(loaded);
  const [docs, current] = await Promise.all([
    db.document.findMany({ where: { caseId, pdf: null }, select: { id: true, file: true } }),
    db.archivePdf.findFirst({ where: { caseId, documentId: null, sourceSha256: sha(timeline) }, select: { id: true } }),
  ]);
  const todo = [
    ...docs.map((d) => ({ documentId: d.id, docx: new Uint8Array(d.file) })),
    ...(current ? [] : [{ documentId: null, docx: timeline }]),
  ];
  if (todo.length === 0) return 0;
  const pdfs = await renderPdfs(todo.map((t) => t.docx));
  await db.$transaction(async (tx) => {
    if (!current) await tx.archivePdf.deleteMany({ where: { caseId, documentId: null } });
    // Two jobs for one case (a letter issued while the last one rendered): the first PDF stays.
    await tx.archivePdf.createMany({
      data: todo.map((t, i) => ({
        caseId,
        documentId: t.documentId,
        sourceSha256: sha(t.docx),
        pdf: new Uint8Array(pdfs[i].pdf),
        pages: pdfs[i].pages,
      })),
      skipDuplicates: true,
    });
  });
  return todo.length;
}
