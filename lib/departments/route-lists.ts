// The routings still waiting on a department (待签收, or signed for without an opinion), for the
// handler's dashboard (their department's), the clerk's (the office's overdue ones), 督办 and the
// morning digest. Read from case_route, the timeline's mirror (lib/cases/sync-routes.ts).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { asDate, countInt, isoDate, qb, rows } from '@/lib/db/kysely';
import type { IsoDate } from '@/lib/shared/dates';
import { OPEN_ROUTE, type OpenRouteStatus } from '@/lib/cases/steps/route-steps';

export interface OpenRoute {
  caseId: number;
  trackingNo: string;
  department: string;
  dueOn: IsoDate;
  status: OpenRouteStatus;
}

/** Open routings of an office (or of one department), due first; `overdueOn`: only those due before that day. */
export function openRouteList(
  db: PrismaClient,
  agencyId: number,
  { departmentId, overdueOn, limit = 50 }: { departmentId?: number | null; overdueOn?: IsoDate; limit?: number } = {},
): Promise<OpenRoute[]> {
  return rows(
    db,
    qb
      .selectFrom('case_route as r')
      .innerJoin('disclosure_case as c', 'c.id', 'r.case_id')
      .innerJoin('department as d', 'd.id', 'r.department_id')
      .select(['c.id as caseId', 'c.tracking_no as trackingNo', 'd.name as department'])
      .select((eb) => [isoDate(eb.ref('r.due_on')).as('dueOn'), eb.cast<OpenRouteStatus>('r.status', 'text').as('status')])
      .where('r.agency_id', '=', agencyId)
      .where('r.status', 'in', OPEN_ROUTE)
      .$if(departmentId != null, (q) => q.where('r.department_id', '=', departmentId!))
      .$if(!!overdueOn, (q) => q.where('r.due_on', '<', asDate(overdueOn!)))
      .orderBy('r.due_on')
      .orderBy('r.id')
      .limit(limit),
  );
}

/** How many routings of each office are past their internal due date (督办). */
export function overdueRouteCounts(db: PrismaClient, agencyIds: number[], today: IsoDate) {
  return rows(
    db,
    qb
      .selectFrom('case_route as r')
      .select(['r.agency_id as agencyId', countInt().as('n')])
      .where('r.agency_id', '=', (eb) => eb.fn.any(eb.val(agencyIds)))
      .where('r.status', 'in', OPEN_ROUTE)
      .where('r.due_on', '<', asDate(today))
      .groupBy('r.agency_id'),
  );
}
