// The case_route table mirrors the timeline's routings (as the appeal table mirrors its reviews and
// suits): the handler's lists, overdue routes on the dashboards, 督办 and the digest read it.
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatCn, toDate } from '@/lib/shared/dates';
import { enqueueMail } from '@/lib/mail/outbox';
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

/** Mail to the handlers of the departments a case was just routed to (only those with an address). */
export async function tellHandlers(
  tx: Prisma.TransactionClient,
  agencyId: number,
  trackingNo: string,
  d: { departments: number[]; dueOn: string },
) {
  const handlers = await tx.user.findMany({
    where: { agencyId, role: 'handler', active: true, email: { not: '' }, departmentId: { in: d.departments } },
    select: { name: true, email: true },
  });
  for (const h of handlers)
    await enqueueMail(
      tx,
      agencyId,
      h.email,
      `【转办】申请 ${trackingNo} 请于${formatCn(d.dueOn)}前办理`,
      `${h.name}：\n\n公开办已将申请 ${trackingNo} 转办至您所在的部门，请登录系统签收，并于${formatCn(d.dueOn)}前提出拟办意见；如不属于本部门职责，请退回并说明理由。\n`,
    );
}
