// The case_route table mirrors the timeline's routings (as the appeal table mirrors its reviews and
// suits): the handler's lists, overdue routes on the dashboards, 督办 and the digest read it.
import type { Prisma } from '@/lib/generated/prisma/client';
import { toDate } from '@/lib/shared/dates';
import type { Route } from './case-state';

export async function syncRoutes(tx: Prisma.TransactionClient, caseId: number, agencyId: number, routes: Route[]) {
  await tx.caseRoute.deleteMany({ where: { caseId } });
  await tx.caseRoute.createMany({
    data: routes.map((r) => ({
      caseId,
      agencyId,
      departmentId: r.department,
      routedOn: toDate(r.routedOn),
      dueOn: toDate(r.dueOn),
      status: r.status,
      doneOn: r.opinion ? toDate(r.opinion.on) : r.returned ? toDate(r.returned.on) : null,
    })),
  });
}
