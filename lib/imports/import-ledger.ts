// Imports a historical ledger: every row validated, bad rows reported and skipped whole, good rows
// written in batches (one transaction each), rows already imported unchanged. Re-importing the
// same file changes nothing.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { importedState } from '@/lib/cases/case-state';
import { derivedColumns } from '@/lib/cases/row';
import { deadlinesOf } from '@/lib/cases/case-state';
import { regimeFor } from '@/lib/deadlines/compute-deadlines';
import { toDate, yearOf } from '@/lib/deadlines/dates';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { parseLedger } from './parse-ledger';
import { validateRow, type LedgerRecord, type RowError } from './ledger-row';

export interface ImportResult { total: number; imported: number; unchanged: number; errors: RowError[] }
export type Progress = (done: number, total: number) => void;

const BATCH = 1000;

export async function importLedger(db: PrismaClient, bytes: Uint8Array, actor: { userId: number | null; agencyId: number }, onProgress: Progress = () => {}): Promise<ImportResult> {
  const { rows, unknownHeaders } = await parseLedger(bytes);
  const catalogue = new Map((await db.disposition.findMany()).map((d) => [d.code, d.label]));
  const errors: RowError[] = unknownHeaders.map((h) => ({ row: 1, column: h, message: '未知的列，已忽略' }));
  const records: LedgerRecord[] = [];
  const seen = new Map<string, number>();
  for (const raw of rows) {
    const { record, errors: rowErrors } = validateRow(raw, catalogue);
    if (record && seen.has(record.trackingNo)) rowErrors.push({ row: raw.row, column: 'trackingNo', message: `与第 ${seen.get(record.trackingNo)} 行编号重复` });
    errors.push(...rowErrors);
    if (record && !rowErrors.length) { seen.set(record.trackingNo, raw.row); records.push(record); }
  }
  const rowOf = new Map([...seen]);
  const cal = await loadCalendar(db);
  let imported = 0;
  let unchanged = 0;
  onProgress(0, records.length);
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH);
    const existing = new Map((await db.case.findMany({
      where: { agencyId: actor.agencyId, trackingNo: { in: batch.map((r) => r.trackingNo) } }, select: { trackingNo: true, importHash: true },
    })).map((c) => [c.trackingNo, c.importHash]));
    const fresh = batch.filter((r) => {
      if (!existing.has(r.trackingNo)) return true;
      if (existing.get(r.trackingNo) === r.hash) unchanged++;
      else errors.push({ row: rowOf.get(r.trackingNo)!, column: 'trackingNo', message: `编号 ${r.trackingNo} 已存在，且内容与系统中的不同，未导入` });
      return false;
    });
    if (fresh.length) await writeBatch(db, fresh, cal, actor);
    imported += fresh.length;
    onProgress(Math.min(i + BATCH, records.length), records.length);
  }
  await db.adminEvent.create({ data: { actorId: actor.userId, action: 'import.ledger', target: `agency:${actor.agencyId}`, detail: { total: rows.length, imported, unchanged, errors: errors.length } } });
  errors.sort((a, b) => a.row - b.row);
  return { total: rows.length, imported, unchanged, errors };
}

async function writeBatch(db: PrismaClient, batch: LedgerRecord[], cal: Awaited<ReturnType<typeof loadCalendar>>, actor: { userId: number | null; agencyId: number }) {
  await db.$transaction(async (tx) => {
    await tx.case.createMany({
      data: batch.map((r) => {
        const state = importedState(r.receivedOn, r);
        const dl = deadlinesOf(cal, state);
        return {
          agencyId: actor.agencyId, trackingNo: r.trackingNo, year: yearOf(r.receivedOn), channel: r.channel,
          receivedOn: toDate(r.receivedOn), regime: regimeFor(r.receivedOn), applicantKind: r.applicantKind, applicantName: r.applicantName,
          description: r.description, topic: r.topic, createdById: actor.userId, importHash: r.hash,
          ...derivedColumns(state, dl),
        };
      }),
    });
    const ids = new Map((await tx.case.findMany({ where: { agencyId: actor.agencyId, trackingNo: { in: batch.map((r) => r.trackingNo) } }, select: { id: true, trackingNo: true } })).map((c) => [c.trackingNo, c.id]));
    await tx.caseEvent.createMany({
      data: batch.map((r) => {
        const { hash: _hash, ...data } = r;
        void _hash;
        return { caseId: ids.get(r.trackingNo)!, type: 'imported', on: toDate(r.receivedOn), actorId: actor.userId, data };
      }),
    });
    const appeals = batch.flatMap((r) => importedState(r.receivedOn, r).appeals.map((a) => ({ caseId: ids.get(r.trackingNo)!, kind: a.kind, afterReview: a.afterReview, filedOn: toDate(a.filedOn), outcome: a.outcome })));
    if (appeals.length) await tx.appeal.createMany({ data: appeals });
    // Keep intake numbering clear of imported numbers of the form 2017-0042.
    const maxByYear = new Map<number, number>();
    for (const r of batch) {
      const m = /^(\d{4})-(\d{1,6})$/.exec(r.trackingNo);
      if (m) maxByYear.set(+m[1], Math.max(maxByYear.get(+m[1]) ?? 0, +m[2]));
    }
    for (const [year, last] of maxByYear) {
      await tx.$executeRaw`INSERT INTO "tracking_counter" ("agency_id", "year", "last") VALUES (${actor.agencyId}, ${year}, ${last})
        ON CONFLICT ("agency_id", "year") DO UPDATE SET "last" = GREATEST("tracking_counter"."last", EXCLUDED."last")`;
    }
  }, { timeout: 60_000 });
}
