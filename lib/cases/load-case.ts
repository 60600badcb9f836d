// The one way to read a case with its timeline replayed into state. With `lock`, the row is locked
// first (inside a transaction) so two steps on one case are judged one after the other.
import { qb, rows, type Runner } from '@/lib/db/kysely';
import { fromDate } from '@/lib/shared/dates';
import { notFoundError } from '@/lib/shared/errors';
import { readCaseRow } from './read-case-row';
import { replay } from './steps';
import type { CaseScope } from './case-scope';

/** `scope`: the office, or an actor's CaseScope (a handler's case not routed to them is not found). */
export async function loadCase(db: Runner, id: number, scope: number | CaseScope, { lock = false, papers = false } = {}) {
  const agencyId = typeof scope === 'number' ? scope : scope.agencyId;
  if (lock)
    await rows(db, qb.selectFrom('disclosure_case').select('id').where('id', '=', id).where('agency_id', '=', agencyId).forUpdate());
  const row = await readCaseRow(db, id, scope, { papers });
  if (!row) throw notFoundError('案件');
  const state = replay(
    fromDate(row.receivedOn),
    row.events.map((e) => ({ type: e.type, on: fromDate(e.on), data: e.data, actorId: e.actorId })),
  );
  return { row, state };
}

export type LoadedCase = Awaited<ReturnType<typeof loadCase>>;
