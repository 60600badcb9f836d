// A year's archive package for an office with 2,000 closed applications, downloaded from the running
// server: it streams (the server's memory grows by far less than the package, which is over 200 MB),
// the check lists what is missing first, and each folder's 卷内目录 agrees with the files in it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { expect, it } from 'vitest';
import { yearArchiveCheck } from '@/lib/archive/year-archive';
import { buildDocx } from '@/lib/documents/docx-writer';
import { serverSuite } from '../helpers/app-server';
import { PDF } from '../helpers/files';

const s = serverSuite();
const CASES = 2_000;
const SCAN_BYTES = 200 * 1024;

/** 2,000 cases closed in 2025, each with its application scan, two letters and their PDFs. */
async function seed(agencyId: number) {
  const db = s.tdb.prisma;
  await db.$executeRawUnsafe(
    `INSERT INTO disclosure_case (agency_id, tracking_no, year, channel, received_on, regime, applicant_kind, applicant_name, description,
       status, disposition_code, delivered_on, closed_on, updated_at)
     SELECT $1, '2025-' || lpad(n::text, 4, '0'), 2025, 'letter', DATE '2025-01-02' + (n % 300), '2019', 'natural', '申请人' || n,
       '某批复文件' || n, 'closed', 'granted', DATE '2025-01-20' + (n % 300), DATE '2025-01-20' + (n % 300), now()
     FROM generate_series(1, ${CASES}) n`,
    agencyId,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO case_event (case_id, type, "on", data)
     SELECT id, 'imported', received_on, jsonb_build_object('extended', false, 'deliveredOn', to_char(delivered_on, 'YYYY-MM-DD'),
       'disposition', 'granted', 'feeYuan', 0, 'reviewFiledOn', null, 'reviewOutcome', null, 'suitFiledOn', null,
       'suitAfterReview', false, 'suitOutcome', null)
     FROM disclosure_case WHERE agency_id = $1 AND year = 2025`,
    agencyId,
  );
  const scan = crypto.randomBytes(SCAN_BYTES); // incompressible: the package can't be small
  await db.$executeRawUnsafe(
    `INSERT INTO attachment (agency_id, case_id, kind, file_name, content_type, size, sha256, data)
     SELECT $1, id, 'scan', '申请书.pdf', 'application/pdf', $2, 'x', $3 FROM disclosure_case WHERE agency_id = $1 AND year = 2025`,
    agencyId,
    SCAN_BYTES,
    scan,
  );
  const letter = buildDocx([
    { kind: 'title', text: '政府信息公开申请答复书' },
    { kind: 'body', text: '本机关依法作出答复。'.repeat(40) },
  ]);
  for (const [cls, kind] of [
    [7, 'reply_granted'],
    [0, 'delivery_receipt'],
  ] as const)
    await db.$executeRawUnsafe(
      `INSERT INTO document (agency_id, case_id, kind, cls, year, seq, doc_no, file, letter_date)
       SELECT $1, id, $2, $3, 2025, row_number() OVER (ORDER BY id), CASE WHEN $3 = 0 THEN '' ELSE '示依告〔2025〕' || row_number() OVER (ORDER BY id) || '号' END, $4, closed_on
       FROM disclosure_case WHERE agency_id = $1 AND year = 2025`,
      agencyId,
      kind,
      cls,
      Buffer.from(letter),
    );
  await db.$executeRawUnsafe(
    `INSERT INTO archive_pdf (case_id, document_id, source_sha256, pdf, pages)
     SELECT d.case_id, d.id, 'x', $2, 1 FROM document d WHERE d.agency_id = $1 AND d.year = 2025`,
    agencyId,
    PDF,
  );
}

/** Names of every entry, and the bytes of the ones asked for, read from the file lazily. */
function readZip(file: string, want: (name: string) => boolean): Promise<{ names: string[]; files: Map<string, Buffer> }> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const names: string[] = [];
      const files = new Map<string, Buffer>();
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        if (!want(e.fileName)) return zip.readEntry();
        zip.openReadStream(e, (e2, stream) => {
          if (e2 || !stream) return reject(e2);
          const chunks: Buffer[] = [];
          stream
            .on('data', (c: Buffer) => chunks.push(c))
            .on('end', () => {
              files.set(e.fileName, Buffer.concat(chunks));
              zip.readEntry();
            });
        });
      });
      zip.on('end', () => resolve({ names, files })).on('error', reject);
      zip.readEntry();
    });
  });
}

it('streams a 2,000-case year within a fixed memory bound, each index agreeing with its folder', async () => {
  const agencyId = s.a.manager.agencyId;
  await seed(agencyId);

  // The check goes a part at a time in closing order, each within its budget (here 1 s: the year
  // takes several), and the parts, each going on where the last stopped, cover every case of the
  // year exactly once.
  const parts: Awaited<ReturnType<typeof yearArchiveCheck>>[] = [];
  for (let after = ''; ;) {
    const started = Date.now();
    const part = await yearArchiveCheck(s.tdb.prisma, agencyId, 2025, { after, budgetMs: 1_000 });
    expect(Date.now() - started).toBeLessThan(1_500);
    if (parts.length) expect(part.firstOn! >= parts.at(-1)!.lastOn!).toBe(true);
    parts.push(part);
    if (!part.next) break;
    after = part.next;
  }
  expect(parts.length).toBeGreaterThan(1);
  // An address's `after` that names no place (typed by hand, cut short) starts from the beginning.
  for (const after of ['junk', '2025-02-30|1', '2025-01-01|'])
    expect((await yearArchiveCheck(s.tdb.prisma, agencyId, 2025, { after, budgetMs: 100 })).missing[0].id).toBe(parts[0].missing[0].id);
  expect(parts.reduce((n, p) => n + p.cases, 0)).toBe(CASES);
  const missing = parts.flatMap((p) => p.missing);
  expect(new Set(missing.map((m) => m.trackingNo)).size).toBe(CASES);
  // The seeded timelines have no PDF yet: every case says so, and nothing else is missing.
  expect(missing).toHaveLength(CASES);
  expect(new Set(missing.flatMap((m) => m.items))).toEqual(new Set(['办理过程记录尚无 PDF 版本（或已过时）']));

  // Warm the path once (one case's package: the same reads and writers), then measure the server
  // while it sends the whole year.
  const first = await s.tdb.prisma.case.findFirstOrThrow({ where: { agencyId, trackingNo: '2025-0001' } });
  const one = await fetch(`${s.app.base}/api/v1/archive/cases/${first.id}`, { headers: { authorization: `Bearer ${s.tokens.manager}` } });
  expect(one.status, `${await one.clone().text()}\n${s.app.errors()}`).toBe(200);
  await one.arrayBuffer();
  const before = s.app.rssMb();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, s.app.rssMb())), 100);
  const file = path.join(os.tmpdir(), `archive-2025-${process.pid}.zip`);
  try {
    const res = await fetch(`${s.app.base}/api/v1/archive/2025`, { headers: { authorization: `Bearer ${s.tokens.manager}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    // The server's memory as the package goes out, every 60 MB (printed with the result).
    let got = 0;
    const marks: string[] = [];
    const meter = new Transform({
      transform(c: Buffer, _e, cb) {
        if (Math.floor((got + c.length) / 60e6) > Math.floor(got / 60e6))
          marks.push(`${Math.floor((got + c.length) / 60e6) * 60} MB: ${s.app.rssMb().toFixed(0)}`);
        got += c.length;
        cb(null, c);
      },
    });
    await pipeline(Readable.fromWeb(res.body as never), meter, fs.createWriteStream(file));
    clearInterval(timer);
    const size = fs.statSync(file).size;
    console.log(
      `year package: ${(size / 1e6).toFixed(0)} MB; server RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB (sent → RSS: ${marks.join(', ')})`,
    );
    expect(size).toBeGreaterThan(CASES * SCAN_BYTES);
    // Bounded by the server's heap cap (384 MB of JavaScript heap, scripts/lib/server-flags.ts) and one
    // case's bytes, not by the year: the package is larger than everything the server holds.
    expect(peak).toBeLessThan(520);
    expect(peak - before).toBeLessThan(size / 1e6 / 2);

    const sample = ['2025-0001', '2025-1000', '2025-2000'];
    const { names, files } = await readZip(file, (n) => n === '归档清单.xlsx' || sample.some((c) => n.startsWith(`${c}/`)));
    expect(new Set(names.map((n) => n.split('/')[0]).filter((n) => n.startsWith('2025-'))).size).toBe(CASES);
    const list = new ExcelJS.Workbook();
    await list.xlsx.load(files.get('归档清单.xlsx') as unknown as ArrayBuffer);
    expect(list.worksheets[0].rowCount).toBe(CASES + 1);
    for (const c of sample) {
      const index = new ExcelJS.Workbook();
      await index.xlsx.load(files.get(`${c}/卷内目录.xlsx`) as unknown as ArrayBuffer);
      const rows: string[][] = [];
      index.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      const numbers = rows.slice(1).map((r) => Number(r[0]));
      expect(rows.slice(1).map((r) => r[3])).toEqual([
        '申请书（扫描件）：申请书.pdf',
        `办理过程记录（${c}）`,
        '公开答复书（予以公开）',
        '送达回证',
      ]);
      const pieces = [...files.keys()].filter((n) => n.startsWith(`${c}/`) && /\/\d\d-/.test(n));
      expect(new Set(pieces.map((n) => Number(n.slice(c.length + 1, c.length + 3))))).toEqual(new Set(numbers));
      expect(files.get(`${c}/02-申请书.pdf`) ?? files.get(`${c}/01-申请书.pdf`)).toHaveLength(SCAN_BYTES);
      expect(files.get(`${c}/03-公开答复书（予以公开）.pdf`)!.subarray(0, 5).toString()).toBe('%PDF-');
      expect(files.get(`${c}/缺少的材料.txt`)!.toString('utf8')).toContain('办理过程记录尚无 PDF 版本');
    }
  } finally {
    clearInterval(timer);
    fs.rmSync(file, { force: true });
  }
}, 600_000);
