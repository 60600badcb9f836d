// Which cases an actor may see: the office's, except that a handler (承办部门人员) sees only the
// cases routed to their department — any other case is "not found" to them, and their lists hold
// only theirs. Every read of a case by id and every list goes through this.
import type { Expression, ExpressionBuilder, Selectable } from 'kysely';
import type { Role } from '@/lib/auth/permissions';
import type { DB } from '@/lib/db/kysely';

export interface CaseScope {
  agencyId: number;
  /** Set for a handler: only cases with a routing to this department (-1: a handler without one sees none). */
  departmentId: number | null;
}

export function caseScope(actor: { agencyId: number; role: Role; departmentId?: number | null }): CaseScope {
  return { agencyId: actor.agencyId, departmentId: actor.role === 'handler' ? (actor.departmentId ?? -1) : null };
}

/** A query over cases aliased `c`. */
type OverCases = DB & { c: Selectable<DB['disclosure_case']> };

/** The case `c` has a routing to this department (a handler's cases). */
export const routedTo = (eb: ExpressionBuilder<OverCases, 'c'>, departmentId: number | Expression<number>) =>
  eb.exists(eb.selectFrom('case_route as r').select('r.id').whereRef('r.case_id', '=', 'c.id').where('r.department_id', '=', departmentId));

/** The same scope as a Prisma filter on cases (a handler: only those routed to their department). */
export const caseWhere = ({ agencyId, departmentId }: CaseScope) => ({
  agencyId,
  ...(departmentId !== null ? { routes: { some: { departmentId } } } : {}),
});
