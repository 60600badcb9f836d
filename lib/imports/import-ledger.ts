// Imports a historical ledger: every row validated, bad rows reported and skipped whole, good rows
// written in batches (one statement each), rows already imported unchanged. Re-importing the
// same file changes nothing.
import { TRACKING_SERIES } from '@/lib/cases/labels';
import type { Insertable, Selectable } from 'kysely';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { execute, jsonEntries, qb, recordsOf, sql, type DB } from '@/lib/db/kysely';
import { importedState } from '@/lib/cases/case-state';
import { derivedColumns } from '@/lib/cases/row';
import { deadlinesOf } from '@/lib/cases/case-state';
import { regimeFor } from '@/lib/deadlines/compute-deadlines';
import { yearOf } from '@/lib/shared/dates';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { loadCatalogue } from '@/lib/settings/dispositions';
import { openLedger, type ColumnMap } from './parse-ledger';
import { validateRow, type LedgerRecord, type RowError } from './ledger-row';
import { audit } from '@/lib/audit/audit';

export interface ImportResult {
  total: number;
  imported: number;
  unchanged: number;
  /** The first problems in row order (at most MAX_LISTED_ERRORS). */
  errors: RowError[];
  /** How many problems there were in all. */
  errorCount: number;
}

/** A file of 150,000 bad rows once answered with a 75 MB list; the answer lists this many, and the count. */
const MAX_LISTED_ERRORS = 1000;
export type Progress = (done: number, total: number) => void;

const BATCH = 1000;
const CASE_COLUMNS = [
  'agency_id',
  'tracking_no',
  'year',
  'channel',
  'received_on',
  'regime',
  'applicant_kind',
  'applicant_name',
  'description',
  'topic',
  'status',
  'due_on',
  'base_due_on',
  'due_provisional',
  'extension_days',
  'disposition_code',
  'delivered_on',
  'closed_on',
  'fee_yuan',
  'fee_paid_on',
  'import_hash',
  'created_by_id',
  'updated_at',
] as const;

export async function importLedger(
  db: PrismaClient,
  bytes: Uint8Array,
  actor: { userId: number | null; agencyId: number },
  onProgress: Progress = () => {},
  mapping?: ColumnMap,
): Promise<ImportResult> {
  const ledger = await openLedger(bytes, mapping);
  // The office's own wording and the national one both read as the disposition.
  const catalogue = new Map((await loadCatalogue(db, actor.agencyId)).map((d) => [d.code, [d.label, d.defaults.label]]));
  // Kept to the first MAX_LISTED_ERRORS problems (rows are read in order), with the total counted.
  const errors: RowError[] = [];
  let errorCount = 0;
  const report = (...found: RowError[]) => {
    errorCount += found.length;
    for (const e of found) if (errors.length < MAX_LISTED_ERRORS) errors.push(e);
  };
  report(...ledger.unknownHeaders.map((h) => ({ row: 1, column: h, message: '未知的列，已忽略' })));
  // Rows are validated and written a batch at a time as the file is read, so memory holds one
  // batch, not the file; a tracking number seen earlier in the file makes a later row an error.
  const seen = new Map<string, number>();
  const cal = await loadCalendar(db);
  let imported = 0;
  let unchanged = 0;
  let done = 0;
  let batch: LedgerRecord[] = [];
  const flush = async () => {
    const existing = new Map(
      (
        await db.case.findMany({
          where: { agencyId: actor.agencyId, trackingNo: { in: batch.map((r) => r.trackingNo) } },
          select: { trackingNo: true, importHash: true },
        })
      ).map((c) => [c.trackingNo, c.importHash]),
    );
    const fresh = batch.filter((r) => {
      if (!existing.has(r.trackingNo)) return true;
      if (existing.get(r.trackingNo) === r.hash) unchanged++;
      else
        report({
          row: seen.get(r.trackingNo)!,
          column: 'trackingNo',
          message: `编号 ${r.trackingNo} 已存在，且内容与系统中的不同，未导入`,
        });
      return false;
    });
    if (fresh.length) await writeBatch(db, fresh, cal, actor);
    imported += fresh.length;
    batch = [];
    onProgress(done, ledger.total);
  };
  onProgress(0, ledger.total);
  for await (const raw of ledger.rows()) {
    done++;
    const { record, errors: rowErrors } = validateRow(raw, catalogue);
    if (record && seen.has(record.trackingNo))
      rowErrors.push({ row: raw.row, column: 'trackingNo', message: `与第 ${seen.get(record.trackingNo)} 行编号重复` });
    report(...rowErrors);
    if (record && !rowErrors.length) {
      seen.set(record.trackingNo, raw.row);
      batch.push(record);
      if (batch.length === BATCH) await flush();
    }
  }
  if (batch.length) await flush();
  onProgress(ledger.total, ledger.total);
  await audit(db, {
    actorId: actor.userId,
    action: 'import.ledger',
    target: `agency:${actor.agencyId}`,
    detail: { total: ledger.total, imported, unchanged, errors: errorCount },
    office: actor.agencyId,
  });
  errors.sort((a, b) => a.row - b.row);
  return { total: ledger.total, imported, unchanged, errors, errorCount };
}

async function writeBatch(
  db: PrismaClient,
  batch: LedgerRecord[],
  cal: Awaited<ReturnType<typeof loadCalendar>>,
  actor: { userId: number | null; agencyId: number },
) {
  // One statement per batch: the rows travel as one JSON parameter and are inserted with their
  // timeline event and appeals, so a batch is written whole or not at all.
  const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
  const cases: Insertable<DB['disclosure_case']>[] = [];
  const events: Record<string, unknown> = {};
  const appeals: Record<string, Insertable<DB['appeal']>[]> = {};
  for (const r of batch) {
    const state = importedState(r.receivedOn, r);
    const col = derivedColumns(state, deadlinesOf(cal, state));
    const { hash: _hash, ...event } = r;
    void _hash;
    cases.push({
      agency_id: actor.agencyId,
      tracking_no: r.trackingNo,
      year: yearOf(r.receivedOn),
      channel: r.channel,
      received_on: r.receivedOn,
      regime: regimeFor(r.receivedOn),
      applicant_kind: r.applicantKind,
      applicant_name: r.applicantName,
      description: r.description,
      topic: r.topic,
      status: col.status,
      due_on: iso(col.dueOn),
      base_due_on: iso(col.baseDueOn),
      due_provisional: col.dueProvisional,
      extension_days: col.extensionDays,
      disposition_code: col.dispositionCode,
      delivered_on: iso(col.deliveredOn),
      closed_on: iso(col.closedOn),
      fee_yuan: col.feeYuan === null ? null : String(col.feeYuan),
      fee_paid_on: iso(col.feePaidOn),
      import_hash: r.hash,
      created_by_id: actor.userId,
      updated_at: new Date(),
    });
    events[r.trackingNo] = event;
    appeals[r.trackingNo] = state.appeals.map((a) => ({
      agency_id: actor.agencyId,
      case_id: 0,
      kind: a.kind,
      after_review: a.afterReview,
      filed_on: a.filedOn,
      outcome: a.outcome,
    }));
  }
  // One statement per batch: the rows travel as three JSON parameters, read back as rows of the
  // tables themselves (jsonb_populate_recordset), and are inserted with their timeline event and
  // appeals, so a batch is written whole or not at all.
  await execute(
    db,
    qb
      .with('r', (q) => q.selectFrom(recordsOf('disclosure_case', cases).as('x')).selectAll())
      .with('c', (q) =>
        q
          .insertInto('disclosure_case')
          .columns(CASE_COLUMNS)
          .expression(q.selectFrom('r').select(CASE_COLUMNS))
          .returning(['id', 'tracking_no']),
      )
      .with('e', (q) =>
        q
          .insertInto('case_event')
          .columns(['case_id', 'type', 'on', 'actor_id', 'data'])
          .expression((eb) =>
            eb
              .selectFrom('c')
              .innerJoin(jsonEntries(events).as('x'), 'x.key', 'c.tracking_no')
              .innerJoin('r', 'r.tracking_no', 'c.tracking_no')
              .select(['c.id', eb.val('imported').as('type'), 'r.received_on', eb.val(actor.userId).as('actor_id'), 'x.value']),
          ),
      )
      .insertInto('appeal')
      .columns(['agency_id', 'case_id', 'kind', 'after_review', 'filed_on', 'outcome'])
      .expression((eb) =>
        eb
          .selectFrom('c')
          .innerJoin(jsonEntries(appeals).as('x'), 'x.key', 'c.tracking_no')
          .innerJoinLateral(
            (x) => sql<Selectable<DB['appeal']>>`jsonb_populate_recordset(NULL::appeal, ${x.ref('x.value')})`.as('a'),
            (j) => j.onTrue(),
          )
          .select(['a.agency_id', 'c.id', 'a.kind', 'a.after_review', 'a.filed_on', 'a.outcome']),
      ),
  );
  // Keep intake numbering clear of imported numbers of the form 2017-0042.
  const maxByYear = new Map<number, number>();
  for (const r of batch) {
    const m = /^(\d{4})-(\d{1,6})$/.exec(r.trackingNo);
    if (m) maxByYear.set(+m[1], Math.max(maxByYear.get(+m[1]) ?? 0, +m[2]));
  }
  for (const [year, last] of maxByYear) {
    await execute(
      db,
      qb
        .insertInto('tracking_counter')
        // A ledger holds applications: their numbering series.
        .values({ agency_id: actor.agencyId, year, series: TRACKING_SERIES.application, last })
        .onConflict((oc) =>
          oc
            .columns(['agency_id', 'year', 'series'])
            .doUpdateSet((eb) => ({ last: eb.fn('greatest', ['tracking_counter.last', 'excluded.last']) })),
        ),
    );
  }
}
