// Exports exactly the filtered case list as .csv or .xlsx, streamed in keyset pages of 1,000 rows,
// so 100,000 rows go out without being held in memory. Chinese headers; dates as 2025-03-04.
import { PassThrough, Readable } from 'node:stream';
import { once } from 'node:events';
import { csvLines, CSV_BOM } from '@/lib/files/csv';
import ExcelJS from 'exceljs';
import type { InferResult } from 'kysely';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isoDate, qb, rows } from '@/lib/db/kysely';
import { toDate } from '@/lib/shared/dates';
import { APPLICANT_KIND_LABELS, CHANNEL_LABELS, STATUS_LABELS } from './labels';
import { filterConditions, type ListFilter } from './list-cases';

const HEADERS = [
  '申请编号',
  '收到申请日期',
  '申请渠道',
  '申请人类型',
  '申请人',
  '所需信息',
  '主题',
  '状态',
  '答复期限',
  '办结日期',
  '处理结果',
  '承办人',
];
/** Column widths of the .xlsx in characters (a CJK character counts about two). */
const WIDTHS = [12, 14, 10, 12, 20, 48, 12, 10, 14, 14, 30, 10];
/** The columns holding dates: written as dates, so Excel sorts and filters them as dates. */
const DATE_COLUMNS = [1, 8, 9];
const PAGE = 1000;

const d = (x: string | null) => x ?? '';
const values = (r: Row) => [
  r.tracking_no,
  d(r.received_on),
  CHANNEL_LABELS[r.channel],
  APPLICANT_KIND_LABELS[r.applicant_kind],
  r.applicant_name,
  r.description,
  r.topic ?? '',
  STATUS_LABELS[r.status],
  r.status === 'closed' ? '' : d(r.due_on),
  d(r.closed_on),
  r.disposition ?? '',
  r.assignee ?? '',
];

/** The filtered cases in id order, a page at a time. */
async function* pages(db: PrismaClient, actor: { userId: number; agencyId: number }, f: ListFilter): AsyncGenerator<Row[]> {
  const conds = filterConditions(actor, { ...f, cursor: undefined });
  for (let after = 0; ;) {
    const page = await rows(db, exportPage(conds, after));
    if (!page.length) return;
    yield page;
    after = page.at(-1)!.id;
  }
}

const exportPage = (conds: ReturnType<typeof filterConditions>, after: number) =>
  qb
    .selectFrom('disclosure_case as c')
    .leftJoin('app_user as u', 'u.id', 'c.assignee_id')
    .leftJoin('disposition as dp', 'dp.code', 'c.disposition_code')
    .select(['c.id', 'c.tracking_no'])
    .select((eb) => [
      isoDate(eb.ref('c.received_on')).as('received_on'),
      'c.channel',
      'c.applicant_kind',
      'c.applicant_name',
      'c.description',
      'c.topic',
      'c.status',
      isoDate(eb.ref('c.due_on')).as('due_on'),
      isoDate(eb.ref('c.closed_on')).as('closed_on'),
      'dp.label as disposition',
      'u.name as assignee',
    ])
    .where((eb) => eb.and([...conds, eb('c.id', '>', after)]))
    .orderBy('c.id')
    .limit(PAGE);
type Row = InferResult<ReturnType<typeof exportPage>>[number];

export function exportCsv(db: PrismaClient, actor: { userId: number; agencyId: number }, f: ListFilter): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const it = pages(db, actor, f);
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(enc.encode(CSV_BOM + csvLines([HEADERS])));
        return;
      }
      const next = await it.next();
      if (next.done) return controller.close();
      controller.enqueue(enc.encode(csvLines(next.value.map(values))));
    },
    async cancel() {
      await it.return(undefined);
    },
  });
}

/** An .xlsx row: the dates as real dates (UTC midnight), the rest as text. */
const cellsOf = (r: Row) => {
  const v: (string | Date | null)[] = values(r);
  const date = (x: string | null) => (x ? toDate(x) : null);
  v[1] = date(r.received_on);
  v[8] = r.status === 'closed' ? null : date(r.due_on);
  v[9] = date(r.closed_on);
  return v;
};

export function exportXlsx(db: PrismaClient, actor: { userId: number; agencyId: number }, f: ListFilter): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // The header row stays in view while scrolling; columns are wide enough to read without resizing.
  const ws = wb.addWorksheet('申请列表', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = WIDTHS.map((width, i) => ({ width, ...(DATE_COLUMNS.includes(i) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}) }));
  const header = ws.addRow(HEADERS);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
    c.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  (async () => {
    for await (const rows of pages(db, actor, f)) {
      for (const r of rows) ws.addRow(cellsOf(r)).commit();
      // Wait for the client to take what was written before reading the next page.
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    ws.commit();
    await wb.commit();
  })().catch((err) => out.destroy(err));
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
