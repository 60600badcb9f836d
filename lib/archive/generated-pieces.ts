// The pieces of a case's file the archive writes itself rather than copies: the 办理过程记录 (every
// case) and the 当场答复记录 (a case answered at the counter). Their PDFs are stored without a
// document (archive_pdf.document_id null) under the SHA-256 of the .docx they were made from, so a
// PDF is current exactly when its .docx still reads the same — one rule for the package and the job.
import crypto from 'node:crypto';
import type { LoadedCase } from '@/lib/cases/load-case';
import { COUNTER_RECORD_TITLE, counterRecord } from '@/lib/cases/counter-record';
import { buildDocx } from '@/lib/documents/docx-writer';
import { timelineDocx } from './timeline-docx';

export const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

/** The 当场答复记录 as filed: the record the applicant signed at the counter, with its signature lines. */
function counterRecordDocx(loaded: LoadedCase): Uint8Array | null {
  const reply = loaded.state.reply;
  if (!loaded.state.counter || !reply) return null;
  const r = counterRecord(loaded.row, reply);
  return buildDocx([
    { kind: 'title', text: COUNTER_RECORD_TITLE },
    { kind: 'plain', text: r.agencyName },
    { kind: 'table', header: 0, firstWidth: 0.25, large: true, rows: r.rows },
    { kind: 'body', text: r.statement },
    { kind: 'blank', text: '' },
    { kind: 'plain', text: '申请人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日' },
    { kind: 'plain', text: `经办人（签字）：＿＿＿＿＿＿＿＿　　日期：${r.on}` },
    { kind: 'note', text: '（申请人签字的纸质记录另行归档）' },
  ]);
}

export function generatedPieces(loaded: LoadedCase) {
  return { timeline: timelineDocx(loaded), counterRecord: counterRecordDocx(loaded) };
}

/** The stored PDF made from exactly this .docx, if any. */
export const currentPdf = <P extends { documentId: number | null; sourceSha256: string }>(pdfs: P[], docx: Uint8Array): P | null => {
  const h = sha256(docx);
  return pdfs.find((p) => p.documentId === null && p.sourceSha256 === h) ?? null;
};
