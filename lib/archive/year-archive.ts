// A year's archive package: every application of the office closed in the year, one folder each
// (case-archive.ts), and a list of them all (归档清单.xlsx). Streamed: cases are read a few at a
// time and the next is read only once the last one has gone out to the client, so memory holds
// about one case however large the year. `yearArchiveCheck` says first what is missing.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { asDate, isoDate, qb, rows } from '@/lib/db/kysely';
import { formatCn, type IsoDate } from '@/lib/shared/dates';
import { parseCursor } from '@/lib/cases/parse-cursor';
import { addCaseToZip, loadArchiveCase } from './case-archive';
import { queueArchivePdfJob } from '@/lib/jobs/add-job';

const BATCH = 20;
/** Bytes of the package produced but not yet taken by the client before the next case is read. */
const UNSENT_MAX = 4 * 1024 * 1024;

/** Ids of the office's cases closed in the year, in tracking-number order, a batch at a time. */
async function* closedCases(db: PrismaClient, agencyId: number, year: number) {
  const range = { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
  let after = '';
  for (;;) {
    const batch = await db.case.findMany({
      where: { agencyId, closedOn: range, trackingNo: { gt: after } },
      orderBy: { trackingNo: 'asc' },
      take: BATCH,
      select: { id: true, trackingNo: true },
    });
    if (batch.length === 0) return;
    for (const c of batch) yield c.id;
    after = batch.at(-1)!.trackingNo;
  }
}

/**
 * How long one check may read. Checking a case reads its file and renders its timeline to see
 * whether the stored PDF is current (~4 ms); an office's 20,000 cases of a year took over a minute,
 * past a reverse proxy's timeout, holding a request all the while. A check stops here and says
 * where to go on from.
 */
const CHECK_BUDGET_MS = 5_000;

/**
 * The year's closed cases after `after`, in closing order, a batch at a time: the order of the
 * office's closing-date index. In tracking-number order (the package's) the first batch of a year
 * deep in an office's history scanned every earlier case first (2.5 s for office 1 in 2025 at
 * 1 M cases, before a single case was checked).
 */
async function* closedInOrder(db: PrismaClient, agencyId: number, year: number, after: string) {
  // A keyset cursor as the case list writes it ("2025-03-05|1234"); anything else starts the year.
  const cur = parseCursor(after);
  let from = cur?.key ? { on: cur.key, id: cur.id } : null;
  for (;;) {
    const batch = await rows(
      db,
      qb
        .selectFrom('disclosure_case as c')
        .select((eb) => ['c.id', 'c.tracking_no', isoDate(eb.ref('c.closed_on')).as('closed_on')])
        .where('c.agency_id', '=', agencyId)
        .where('c.closed_on', '>=', asDate(`${year}-01-01`))
        .where('c.closed_on', '<', asDate(`${year + 1}-01-01`))
        .$if(!!from, (q) => q.where((eb) => eb(eb.refTuple('c.closed_on', 'c.id'), '>', eb.tuple(asDate(from!.on), from!.id))))
        .orderBy('c.closed_on')
        .orderBy('c.id')
        .limit(BATCH),
    );
    if (batch.length === 0) return;
    for (const c of batch) yield { id: c.id, trackingNo: c.tracking_no, closedOn: c.closed_on! };
    from = { on: batch.at(-1)!.closed_on!, id: batch.at(-1)!.id };
  }
}

/**
 * What the year's files lack, case by case, before the package is produced: the cases closed
 * after `after` (a closing date and case id), in closing order, for at most `budgetMs`. `firstOn`/`lastOn`
 * are the closing dates of the first and last case checked; `next` is where the next check goes
 * on (null when the year is done).
 */
export async function yearArchiveCheck(
  db: PrismaClient,
  agencyId: number,
  year: number,
  { after = '', budgetMs = CHECK_BUDGET_MS }: { after?: string; budgetMs?: number } = {},
) {
  const stopAt = Date.now() + budgetMs;
  let cases = 0;
  let firstOn: IsoDate | null = null;
  let last: { id: number; closedOn: IsoDate } | null = null;
  const missing: { id: number; trackingNo: string; items: string[] }[] = [];
  const result = (next: string | null) => ({ cases, missing, firstOn, lastOn: last?.closedOn ?? null, next });
  for await (const c of closedInOrder(db, agencyId, year, after)) {
    if (last && Date.now() > stopAt) return result(`${last.closedOn}|${last.id}`);
    cases++;
    firstOn ??= c.closedOn;
    last = c;
    const f = await loadArchiveCase(db, agencyId, c.id, { bytes: false });
    if (f.missing.length) missing.push({ id: c.id, trackingNo: c.trackingNo, items: f.missing });
  }
  return result(null);
}

/** The package as a stream of zip bytes; `done` settles when the work behind it has ended (finished or abandoned). */
export function yearArchiveStream(db: PrismaClient, agencyId: number, year: number): Readable & { done: Promise<void> } {
  const zip = new yazl.ZipFile();
  const out = new PassThrough();
  (zip.outputStream as Readable).pipe(out);
  // A client that goes away ends the work: nothing more is read, and no wait is left hanging.
  const gone = new Promise<'gone'>((resolve) => out.once('close', () => resolve('gone')));
  const done = (async () => {
    const list = new ExcelJS.Workbook();
    const sheet = list.addWorksheet('归档清单');
    sheet.addRow(['申请编号', '申请人', '收到申请日期', '办结日期', '件数', '缺少的材料']);
    for await (const id of closedCases(db, agencyId, year)) {
      if (out.destroyed) return;
      const f = await loadArchiveCase(db, agencyId, id);
      const { written } = await addCaseToZip(zip, f.c.trackingNo, f);
      sheet.addRow([
        f.c.trackingNo,
        f.c.applicantName,
        formatCn(f.c.receivedOn),
        f.c.closedOn ? formatCn(f.c.closedOn) : '',
        f.entries.length,
        f.missing.join('；'),
      ]);
      // The next case is read only once this one has left for the client: the zip writes its
      // buffered entries without waiting for the reader, so wait for the reader here.
      if ((await Promise.race([written, gone])) === 'gone') return;
      while (!out.destroyed && (zip.outputStream as Readable).readableLength + out.readableLength > UNSENT_MAX)
        await new Promise((r) => setTimeout(r, 5));
    }
    zip.addBuffer(Buffer.from(await list.xlsx.writeBuffer()), '归档清单.xlsx');
    zip.end();
  })().catch((err: unknown) => void out.destroy(err instanceof Error ? err : new Error(String(err))));
  return Object.assign(out, { done });
}

/** Queues the PDF renditions each of the cases needs (the job skips what is already rendered). */
export async function queueArchivePdfs(db: PrismaClient, agencyId: number, caseIds: number[]): Promise<number> {
  const owned = await db.case.findMany({ where: { agencyId, id: { in: caseIds } }, select: { id: true } });
  for (const { id } of owned) await queueArchivePdfJob(db, id, 0);
  return owned.length;
}
