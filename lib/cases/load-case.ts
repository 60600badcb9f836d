// The one way to read a case with its timeline replayed into state. With `lock`, the row is locked
// first (inside a transaction) so two steps on one case are judged one after the other.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { fromDate } from '@/lib/shared/dates';
import { notFoundError } from '@/lib/shared/errors';
import { readCaseRow } from './read-case-row';
import { replay } from './steps';

type Db = Pick<PrismaClient, '$queryRaw'>;

export async function loadCase(db: Db, id: number, agencyId: number, { lock = false, papers = false } = {}) {
  if (lock) await db.$queryRaw`SELECT id FROM "disclosure_case" WHERE id = ${id} AND agency_id = ${agencyId} FOR UPDATE`;
  const row = await readCaseRow(db, id, agencyId, { papers });
  if (!row) throw notFoundError('案件');
  const state = replay(
    fromDate(row.receivedOn),
    row.events.map((e) => ({ type: e.type, on: fromDate(e.on), data: e.data, actorId: e.actorId })),
  );
  return { row, state };
}

export type LoadedCase = Awaited<ReturnType<typeof loadCase>>;
