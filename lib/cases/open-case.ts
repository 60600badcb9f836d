// A case is open until it is closed. The condition is written into the statement, never passed as
// a parameter: the open-case queues' partial indexes say WHERE status <> 'closed', and a prepared
// statement's generic plan can use them only when its condition is literally theirs (passed as a
// parameter, page 2 of a filtered list took 11 s at 1 M cases; tests/integration/list-keyset.test.ts).
import type { Expression, SqlBool } from 'kysely';
import { sql } from '@/lib/db/kysely';
import type { CaseStatus } from './labels';

export const isOpen = (status: Expression<CaseStatus>) => sql<SqlBool>`${status} <> 'closed'`;

/** Overdue: open, and its due date before `today`. The one SQL form of the rule (督办, metrics). */
export const isOverdue = (status: Expression<CaseStatus>, dueOn: Expression<Date | null>, today: Date | Expression<Date>) =>
  sql<SqlBool>`(${isOpen(status)} AND ${dueOn} < ${today})`;
