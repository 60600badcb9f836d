// One application's file for the archive (一案一档): read from the case, its letters as issued (and
// their stored PDFs), its attachments and its timeline, and written into a zip under one folder with
// its 卷内目录 (.docx and .xlsx) and the DA/T 22-2015 item metadata. Nothing is rendered here: PDFs
// come from the background job (render-archive-pdfs.ts), so writing only copies stored bytes.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ZipFile } from 'yazl';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { loadCase } from '@/lib/cases/load-case';
import { kindById } from '@/lib/documents/catalog';
import { buildDocx } from '@/lib/documents/docx-writer';
import { chinaDate, formatCn, fromDate } from '@/lib/shared/dates';
import { xmlSafe } from '@/lib/shared/text';
import { archiveIndex, type ArchiveCase, type ArchiveEntry } from './archive-index';
import { currentPdf, generatedPieces } from './generated-pieces';

/** The case as the archive sees it, with the bytes of every piece (one case: a few hundred KB). */
export async function loadArchiveCase(db: PrismaClient, agencyId: number, caseId: number, { bytes = true } = {}) {
  const loaded = await loadCase(db, caseId, agencyId);
  const { row, state } = loaded;
  const [documents, attachments, pdfs] = await Promise.all([
    // Without the bytes (the 归档 page's check), only what the index needs.
    db.document.findMany({
      where: { caseId },
      orderBy: { id: 'asc' },
      select: { id: true, kind: true, docNo: true, version: true, letterDate: true, issuedAt: true, file: bytes },
    }),
    db.attachment.findMany({
      where: { caseId },
      orderBy: { id: 'asc' },
      select: { id: true, kind: true, fileName: true, data: bytes, createdAt: true },
    }),
    db.archivePdf.findMany({
      where: { caseId },
      orderBy: { id: 'desc' },
      select: { documentId: true, sourceSha256: true, pdf: bytes, pages: true },
    }),
  ]);
  const { timeline, counterRecord } = generatedPieces(loaded);
  const timelinePdf = currentPdf(pdfs, timeline);
  const counterPdf = counterRecord && currentPdf(pdfs, counterRecord);
  const pdfOf = new Map(pdfs.filter((p) => p.documentId !== null).map((p) => [p.documentId!, p]));
  const c: ArchiveCase = {
    agencyName: row.agency.name,
    trackingNo: row.trackingNo,
    applicantName: row.applicantName,
    channel: row.channel,
    receivedOn: fromDate(row.receivedOn),
    closedOn: row.closedOn ? fromDate(row.closedOn) : null,
    disposition: state.disposition,
    counter: !!state.counter,
    deliveryMethod: state.delivery?.method ?? null,
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      name: kindById(d.kind)?.name ?? d.kind,
      docNo: d.docNo,
      version: d.version,
      date: d.letterDate ? fromDate(d.letterDate) : chinaDate(d.issuedAt),
      pages: pdfOf.get(d.id)?.pages ?? null,
    })),
    attachments: attachments.map((a) => ({ id: a.id, kind: a.kind, fileName: a.fileName, date: chinaDate(a.createdAt) })),
    timelinePages: timelinePdf?.pages ?? null,
    counterRecordPages: counterRecord ? (counterPdf?.pages ?? null) : undefined,
  };
  return {
    c,
    ...archiveIndex(c),
    bytes: {
      // The bytes as the driver gave them (no copies: a year passes through here).
      document: new Map(documents.map((d) => [d.id, { docx: d.file ?? new Uint8Array(), pdf: pdfOf.get(d.id)?.pdf ?? null }])),
      attachment: new Map(attachments.map((a) => [a.id, { data: a.data ?? new Uint8Array(), name: a.fileName }])),
      timeline: { docx: timeline, pdf: timelinePdf?.pdf ?? null },
      counterRecord: counterRecord && { docx: counterRecord, pdf: counterPdf?.pdf ?? null },
    },
  };
}
export type ArchiveCaseFile = Awaited<ReturnType<typeof loadArchiveCase>>;

const INDEX_HEAD = ['序号', '文号', '责任者', '题名', '日期', '页数', '备注'];
const indexRow = (e: ArchiveEntry) => [
  String(e.seq),
  e.docNo,
  e.author,
  e.title,
  formatCn(e.date),
  e.pages === null ? '' : String(e.pages),
  e.note,
];
/** A name safe in any zip tool and file system: no path separators or reserved characters. */
const safe = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 80);
const pad = (n: number) => String(n).padStart(2, '0');

/** The files each index entry puts in the folder (the same names the index points to). */
function entryFiles(e: ArchiveEntry, f: ArchiveCaseFile): { name: string; data: Uint8Array }[] {
  const base = `${pad(e.seq)}-${safe(e.title)}`;
  const s = e.source;
  if ('document' in s) {
    const d = f.bytes.document.get(s.document)!;
    return [{ name: `${base}.docx`, data: d.docx }, ...(d.pdf ? [{ name: `${base}.pdf`, data: d.pdf }] : [])];
  }
  if ('attachment' in s) {
    const a = f.bytes.attachment.get(s.attachment)!;
    return [{ name: `${pad(e.seq)}-${safe(a.name)}`, data: a.data }];
  }
  const t = 'counterRecord' in s ? f.bytes.counterRecord! : f.bytes.timeline;
  return [{ name: `${base}.docx`, data: t.docx }, ...(t.pdf ? [{ name: `${base}.pdf`, data: t.pdf }] : [])];
}

function indexDocx(f: ArchiveCaseFile): Uint8Array {
  return buildDocx([
    { kind: 'title', text: '卷内目录' },
    { kind: 'plain', text: `${f.c.agencyName}　申请编号：${f.c.trackingNo}　申请人：${f.c.applicantName}` },
    { kind: 'table', header: 1, firstWidth: 0.07, rows: [INDEX_HEAD, ...f.entries.map(indexRow)] },
  ]);
}

async function indexXlsx(f: ArchiveCaseFile): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('卷内目录');
  ws.addRow(INDEX_HEAD);
  for (const e of f.entries) ws.addRow([e.seq, e.docNo, e.author, e.title, formatCn(e.date), e.pages ?? '', e.note]);
  ws.columns.forEach((col, i) => (col.width = [6, 22, 24, 40, 16, 6, 14][i]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The item-level metadata of DA/T 22-2015 (归档文件整理规则) for each piece, as XML. */
function metadataXml(f: ArchiveCaseFile): string {
  const el = (name: string, v: string | number | null) =>
    `<${name}>${v === null ? '' : xmlSafe(String(v)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</${name}>`;
  const year = (f.c.closedOn ?? f.c.receivedOn).slice(0, 4);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // 全宗号, 档号 and 保管期限 are the archive's to assign: left empty for it to fill in.
    `<归档文件 申请编号="${safe(f.c.trackingNo)}">`,
    ...f.entries.map((e) =>
      [
        '<文件>',
        el('全宗号', null),
        el('档号', null),
        el('年度', year),
        el('件号', e.seq),
        el('文号', e.docNo),
        el('责任者', e.author),
        el('题名', e.title),
        el('日期', e.date.replace(/-/g, '')),
        el('页数', e.pages),
        el('保管期限', null),
        el('密级', null),
        el('备注', e.note),
        el(
          '文件名',
          entryFiles(e, f)
            .map((x) => x.name)
            .join(';'),
        ),
        '</文件>',
      ].join(''),
    ),
    '</归档文件>',
  ].join('\n');
}

/**
 * A stream of one buffer that lets go of it once read. yazl keeps every entry until the zip ends (for
 * its central directory) — with addBuffer, the compressed bytes too, so a year's package would sit in
 * memory whole; a stream entry keeps only the spent stream, and is read only as the reader takes.
 */
function spent(data: Uint8Array | string): Readable {
  let held: Buffer | null =
    typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return new Readable({
    read() {
      this.push(held);
      held = null;
      this.push(null);
    },
  });
}

/**
 * Adds the case's folder to the zip: its pieces, the index (.docx, .xlsx), what is missing and, last,
 * the metadata. `written` resolves once the zip has read the last of them, i.e. once everything before
 * it went out to the reader (the year package waits for it before reading the next case).
 */
export async function addCaseToZip(zip: ZipFile, folder: string, f: ArchiveCaseFile): Promise<{ written: Promise<void> }> {
  const at = (name: string) => (folder ? `${folder}/${name}` : name);
  // Word, Excel, PDF and pictures are compressed already: stored as they are.
  const stored = { compress: false };
  for (const e of f.entries) for (const x of entryFiles(e, f)) zip.addReadStream(spent(x.data), at(x.name), stored);
  zip.addReadStream(spent(indexDocx(f)), at('卷内目录.docx'), stored);
  zip.addReadStream(spent(await indexXlsx(f)), at('卷内目录.xlsx'), stored);
  if (f.missing.length) zip.addReadStream(spent(`${f.missing.join('\r\n')}\r\n`), at('缺少的材料.txt'));
  const last = spent(metadataXml(f));
  const written = new Promise<void>((resolve, reject) => last.on('end', resolve).on('error', reject));
  zip.addReadStream(last, at('元数据.xml'));
  return { written };
}
