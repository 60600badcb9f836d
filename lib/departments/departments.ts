// An office's internal departments (承办部门): the 公开办 routes cases to them, and each handler
// (承办部门人员) belongs to one. Managed by the office's admin (系统管理 → 承办部门, or the CLI).
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { audit } from '@/lib/audit/audit';
import { notFoundError } from '@/lib/shared/errors';
import { entryChange, nameTaken } from '@/lib/settings/list-entry';
import { text } from '@/lib/shared/text';
import { cachedDerived } from '@/lib/statistics/derived-cache';

const departmentSchema = z.object({ name: text('部门名称', 50, { required: true }), active: z.boolean().default(true) });

export const listDepartments = (db: Pick<PrismaClient, 'department'>, agencyId: number) =>
  db.department.findMany({ where: { agencyId }, orderBy: [{ active: 'desc' }, { id: 'asc' }] });

/** The office's active departments by id, for routing (the step table's context). */
export async function activeDepartments(db: Pick<PrismaClient, 'department'>, agencyId: number): Promise<Map<number, string>> {
  const rows = await db.department.findMany({
    where: { agencyId, active: true },
    select: { id: true, name: true },
    orderBy: { id: 'asc' },
  });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The same, shared between requests like the office's other settings (dropped by any change here: audit()). */
export const cachedDepartments = (db: PrismaClient, agencyId: number) =>
  cachedDerived(`departments:${agencyId}`, [agencyId], () => activeDepartments(db, agencyId));

export async function createDepartment(db: PrismaClient, agencyId: number, input: unknown, actorId: number | null) {
  const { name } = departmentSchema.parse(input);
  if (!(await db.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) throw notFoundError('机关');
  if (await db.department.findUnique({ where: { agencyId_name: { agencyId, name } } })) throw nameTaken('部门', name);
  return db.$transaction(async (tx) => {
    const d = await tx.department.create({ data: { agencyId, name } });
    await audit(tx, { actorId, action: 'department.create', target: `department:${d.id}`, detail: { name }, office: agencyId });
    return d;
  });
}

export async function updateDepartment(db: PrismaClient, agencyId: number, id: number, input: unknown, actorId: number | null) {
  const v = departmentSchema.parse(input);
  const before = await db.department.findFirst({ where: { id, agencyId } });
  if (!before) throw notFoundError('部门');
  if (v.name !== before.name && (await db.department.findUnique({ where: { agencyId_name: { agencyId, name: v.name } } })))
    throw nameTaken('部门', v.name);
  await db.$transaction(async (tx) => {
    await tx.department.update({ where: { id }, data: v });
    await audit(tx, { actorId, action: 'department.update', target: `department:${id}`, detail: entryChange(before, v), office: agencyId });
  });
}
