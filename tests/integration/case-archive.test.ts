// 一案一档 on a real PostgreSQL with the real LibreOffice: a closed case's letters and timeline are
// rendered as PDF by the background job's function; its archive package holds every piece its index
// names (read from the .xlsx and the .docx alike) and nothing unnamed; a file with gaps lists them.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { caseArchiveResponse } from '@/lib/archive/archive-files';
import { yearArchiveStream } from '@/lib/archive/year-archive';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { renderArchivePdfs } from '@/lib/archive/render-archive-pdfs';
import { loadArchiveCase } from '@/lib/archive/case-archive';
import { addCaseFile } from '@/lib/attachments/add-case-file';
import { recordEvent } from '@/lib/cases/record-event';
import { replyAtCounter } from '@/lib/cases/counter-reply';
import { issueDocument } from '@/lib/documents/issue-document';
import { demoForFile } from '../helpers/actors';
import { docxText } from '../helpers/docx';
import { PNG } from '../helpers/files';
import { BACKDATED, letterCases } from '../helpers/letter-cases';
import { unzip } from '../helpers/unzip';

const { tdb, a } = demoForFile();

async function indexRows(xlsx: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('the archive package of one case', () => {
  it('holds what its index names, each letter as issued and as PDF, and nothing else', async () => {
    const { id } = await letterCases(tdb.prisma, a).caseFor('delivery_receipt', '2019', 'natural');
    await issueDocument(tdb.prisma, id, 'delivery_receipt', a.clerk, BACKDATED);
    await recordEvent(tdb.prisma, id, { type: 'delivered', on: '2025-10-13', method: 'post' }, a.clerk);
    await addCaseFile(tdb.prisma, id, { name: '申请书.png', bytes: PNG, kind: 'scan' }, a.clerk);

    const before = await loadArchiveCase(tdb.prisma, a.clerk.agencyId, id, { bytes: false });
    expect(before.missing.some((m) => m.includes('尚无 PDF'))).toBe(true);
    expect(await renderArchivePdfs(tdb.prisma, id)).toBe(3); // two letters and the timeline
    expect(await renderArchivePdfs(tdb.prisma, id)).toBe(0); // nothing left to render

    const res = await caseArchiveResponse(tdb.prisma, a.clerk.agencyId, id);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = await unzip(Buffer.from(await res.arrayBuffer()));
    const folder = [...files.keys()][0].split('/')[0];
    const rows = await indexRows(files.get(`${folder}/卷内目录.xlsx`)!);
    expect(rows[0]).toEqual(['序号', '文号', '责任者', '题名', '日期', '页数', '备注']);
    const titles = rows.slice(1).map((r) => r[3]);
    expect(titles).toEqual(['申请书（扫描件）：申请书.png', '办理过程记录（' + folder + '）', '公开答复书（予以公开）', '送达回证']);
    // Every entry's files are in the folder under its number, and only they (besides the index and metadata).
    const inFolder = [...files.keys()].filter((n) => n.startsWith(`${folder}/`)).map((n) => n.slice(folder.length + 1));
    const pieces = inFolder.filter((n) => /^\d\d-/.test(n));
    expect(new Set(pieces.map((n) => Number(n.slice(0, 2))))).toEqual(new Set(rows.slice(1).map((r) => Number(r[0]))));
    expect(inFolder.filter((n) => !/^\d\d-/.test(n)).sort()).toEqual(['元数据.xml', '卷内目录.docx', '卷内目录.xlsx']);
    for (const r of rows.slice(1).filter((x) => x[2] !== '张三丰')) {
      // Letters and the timeline: the .docx as issued, and a PDF whose pages the index gives.
      const base = `${r[0].padStart(2, '0')}-${r[3]}`;
      expect(files.has(`${folder}/${base}.docx`)).toBe(true);
      const pdf = files.get(`${folder}/${base}.pdf`)!;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(Number(r[5])).toBeGreaterThan(0);
    }
    const reply = rows.find((r) => r[3] === '公开答复书（予以公开）')!;
    expect(reply[1]).toMatch(/〔2025〕\d+号/);
    expect(docxText(files.get(`${folder}/${reply[0].padStart(2, '0')}-公开答复书（予以公开）.docx`)!)).toContain(reply[1]);
    // The .docx index says the same as the .xlsx.
    const docIndex = docxText(files.get(`${folder}/卷内目录.docx`)!);
    for (const r of rows.slice(1)) expect(docIndex).toContain(r[3]);
    expect(files.get(`${folder}/元数据.xml`)!.toString('utf8')).toContain('<题名>公开答复书（予以公开）</题名>');
  });

  it('lists what is missing: the reply letter, the 送达回证, the scan, the PDFs', async () => {
    const { id } = await letterCases(tdb.prisma, a).caseFor('review_answer', '2019', 'natural');
    const f = await loadArchiveCase(tdb.prisma, a.clerk.agencyId, id, { bytes: false });
    expect(f.missing).toEqual([
      '未出具答复文书（予以公开）',
      '答复已送达，但未出具送达回证',
      '未上传申请书扫描件',
      '办理过程记录尚无 PDF 版本（或已过时）',
    ]);
  });

  it("files a counter reply's 当场答复记录 as its reply, as Word and as PDF", async () => {
    const c = await replyAtCounter(
      tdb.prisma,
      {
        intake: { applicant: { kind: 'natural', name: '柜台归档', phone: '13900003333' }, description: '本镇2026年农村危房改造名单' },
        reply: { disposition: 'published', answer: '该名单已在镇政府公示栏和门户网站公开，已告知网址' },
      },
      a.clerk,
    );
    const before = await loadArchiveCase(tdb.prisma, a.clerk.agencyId, c.id, { bytes: false });
    expect(before.missing).toEqual(['办理过程记录尚无 PDF 版本（或已过时）', '当场答复记录尚无 PDF 版本']);
    expect(await renderArchivePdfs(tdb.prisma, c.id)).toBe(2); // the timeline and the record
    expect(await renderArchivePdfs(tdb.prisma, c.id)).toBe(0);
    const files = await unzip(Buffer.from(await (await caseArchiveResponse(tdb.prisma, a.clerk.agencyId, c.id)).arrayBuffer()));
    const folder = [...files.keys()][0].split('/')[0];
    const rows = await indexRows(files.get(`${folder}/卷内目录.xlsx`)!);
    expect(rows.slice(1).map((r) => [r[3], r[6]])).toEqual([
      [`办理过程记录（${folder}）`, ''],
      ['当场答复记录', '申请人签字件另存'],
    ]);
    const record = docxText(files.get(`${folder}/02-当场答复记录.docx`)!);
    expect(record).toContain('政府信息公开申请当场答复记录');
    expect(record).toContain('该名单已在镇政府公示栏和门户网站公开，已告知网址');
    expect(record).toContain('依据《中华人民共和国政府信息公开条例》第三十三条第一款');
    expect(record).toContain('申请人（签字）');
    expect(files.get(`${folder}/02-当场答复记录.pdf`)!.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await loadArchiveCase(tdb.prisma, a.clerk.agencyId, c.id, { bytes: false })).missing).toEqual([]);
  });

  it('stops reading a year the moment its client goes away', async () => {
    // 120 cases closed in 2023, each with a 300 KB scan: far more than one read of the stream holds.
    const db = tdb.prisma;
    const agencyId = a.clerk.agencyId;
    await db.$executeRawUnsafe(
      `INSERT INTO disclosure_case (agency_id, tracking_no, year, channel, received_on, regime, applicant_kind, applicant_name, description,
         status, disposition_code, delivered_on, closed_on, updated_at)
       SELECT $1, '2023-' || lpad(n::text, 4, '0'), 2023, 'letter', DATE '2023-02-01' + n, '2019', 'natural', '归档中断' || n,
         '某批复' || n, 'closed', 'granted', DATE '2023-03-01' + n, DATE '2023-03-01' + n, now()
       FROM generate_series(1, 120) n`,
      agencyId,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO attachment (agency_id, case_id, kind, file_name, content_type, size, sha256, data)
       SELECT agency_id, id, 'scan', '申请书.pdf', 'application/pdf', 300000, md5(id::text), convert_to(repeat(md5(id::text), 9375), 'UTF8')
       FROM disclosure_case WHERE agency_id = $1 AND year = 2023`,
      agencyId,
    );
    // The same client, counting every statement it is asked to run.
    let statements = 0;
    const counting = db.$extends({
      query: {
        $allOperations({ args, query }) {
          statements++;
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
    const out = yearArchiveStream(counting, agencyId, 2023);
    const first = await new Promise<Buffer>((resolve) => out.once('data', resolve));
    expect(first.subarray(0, 2).toString()).toBe('PK');
    out.destroy();
    // The work behind the stream ends: no wait is left hanging on bytes no one will read.
    expect(await Promise.race([out.done.then(() => 'ended'), new Promise((r) => setTimeout(() => r('still waiting'), 3000))])).toBe(
      'ended',
    );
    const atClose = statements;
    expect(atClose).toBeGreaterThan(0);
    // Nothing more is read once the client is gone: not the next case, not the next batch.
    await new Promise((r) => setTimeout(r, 1000));
    expect(statements).toBe(atClose);
    // A whole year would have read every case (several statements each); it stopped within a few.
    expect(atClose).toBeLessThan(60);
  });
});
