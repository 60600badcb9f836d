// The background job that keeps a case's PDF renditions current: every issued letter without one,
// and the pieces the archive writes itself (the timeline, a 当场答复记录) when their text has changed
// since they were last rendered (generated-pieces.ts). Queued when a letter is
// issued or a case closes; LibreOffice runs in a child process (pdf-rendition.ts), never on a request.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { loadCase } from '@/lib/cases/load-case';
import { renderPdfs } from './pdf-rendition';
import { currentPdf, generatedPieces, sha256 } from './generated-pieces';

/** Renders what the case lacks; returns how many PDFs were stored. */
export async function renderArchivePdfs(db: PrismaClient, caseId: number): Promise<number> {
  const found = await db.case.findUnique({ where: { id: caseId }, select: { agencyId: true } });
  if (!found) return 0;
  const loaded = await loadCase(db, caseId, found.agencyId);
  const pieces = Object.values(generatedPieces(loaded)).filter((d): d is Uint8Array => d !== null);
  const [docs, stored] = await Promise.all([
    db.document.findMany({ where: { caseId, pdf: null }, select: { id: true, file: true } }),
    db.archivePdf.findMany({ where: { caseId, documentId: null }, select: { documentId: true, sourceSha256: true } }),
  ]);
  const todo = [
    ...docs.map((d) => ({ documentId: d.id, docx: new Uint8Array(d.file) })),
    ...pieces.filter((docx) => !currentPdf(stored, docx)).map((docx) => ({ documentId: null, docx })),
  ];
  if (todo.length === 0) return 0;
  const pdfs = await renderPdfs(todo.map((t) => t.docx));
  await db.$transaction(async (tx) => {
    // PDFs of a text that no longer stands (the timeline before the last step) go.
    await tx.archivePdf.deleteMany({ where: { caseId, documentId: null, sourceSha256: { notIn: pieces.map(sha256) } } });
    // Two jobs for one case (a letter issued while the last one rendered): the first PDF stays.
    await tx.archivePdf.createMany({
      data: todo.map((t, i) => ({
        caseId,
        documentId: t.documentId,
        sourceSha256: sha256(t.docx),
        pdf: new Uint8Array(pdfs[i].pdf),
        pages: pdfs[i].pages,
      })),
      skipDuplicates: true,
    });
  });
  return todo.length;
}
