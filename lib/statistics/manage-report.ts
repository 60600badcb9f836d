// Entering manual figures and freezing a table. Both are audited; a freeze is refused while any
// consistency check fails or when the table is already frozen.
import { chinaDate, formatCn } from '@/lib/shared/dates';
import { DomainError } from '@/lib/shared/errors';
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { buildReport } from './build-report';
import { manualRows, type FormatId } from './formats';
import { audit } from '@/lib/audit/audit';
import { clearDerived } from './derived-cache';

export class ReportError extends DomainError {
  constructor(message: string) {
    super('invalid_state', message);
  }
}

const valueSchema = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d{1,4})?$/, '须为不小于 0 的数字')
    .transform(Number),
  z.literal('').transform(() => null),
  z.null(),
]);

export async function saveManualValues(
  db: PrismaClient,
  agencyId: number,
  year: number,
  format: FormatId,
  input: Record<string, unknown>,
  actorId: number | null,
) {
  // A frozen table is a published one: its hand-entered figures are locked with it.
  const frozen = await db.reportSnapshot.findUnique({
    where: { agencyId_year_format: { agencyId, year, format } },
    select: { frozenAt: true },
  });
  if (frozen) throw new ReportError(`${year}年度报表已于${formatCn(chinaDate(frozen.frozenAt))}冻结，手工填报的数字不能再修改`);
  const allowed = new Map(manualRows(format).map((r) => [r.code, r]));
  const values: Record<string, number | null> = {};
  const problems: string[] = [];
  for (const [code, raw] of Object.entries(input)) {
    const row = allowed.get(code);
    if (!row) {
      problems.push(`未知栏目 ${code}`);
      continue;
    }
    const parsed = valueSchema.safeParse(raw);
    if (!parsed.success || (typeof parsed.data === 'number' && (parsed.data < 0 || !Number.isFinite(parsed.data) || parsed.data > 1e11)))
      problems.push(`${row.label}：须为不小于 0 的数字`);
    else values[code] = parsed.data;
  }
  if (problems.length) throw new ReportError(problems.join('；'));
  const storeFormat = format === '2017' ? '2017' : '2021';
  await db.$transaction(async (tx) => {
    for (const [code, value] of Object.entries(values)) {
      const key = { agencyId_year_format_code: { agencyId, year, format: storeFormat, code } };
      if (value === null) await tx.reportValue.deleteMany({ where: { agencyId, year, format: storeFormat, code } });
      else await tx.reportValue.upsert({ where: key, create: { agencyId, year, format: storeFormat, code, value }, update: { value } });
    }
    await audit(tx, { actorId, action: 'report.manual', target: `report:${year}:${format}`, detail: values, office: agencyId });
  });
  // The audit's notice drops the figures in every process once it is heard; the page this process
  // draws next (the action's own response) must not be drawn before: dropped here, after the commit.
  clearDerived(agencyId);
}

export async function freezeReport(db: PrismaClient, agencyId: number, year: number, format: FormatId, actorId: number | null) {
  const report = await buildReport(db, agencyId, year, format);
  if (report.frozen) throw new ReportError(`${year}年度报表（${format}格式）已于${formatCn(chinaDate(report.frozen.at))}冻结`);
  const failing = report.checks.filter((c) => !c.ok);
  if (failing.length) throw new ReportError(`一致性检查未通过，不能冻结：${failing.map((c) => `${c.label}（${c.detail}）`).join('；')}`);
  const snap = await db.$transaction(async (tx) => {
    const snap = await tx.reportSnapshot.create({
      data: {
        agencyId,
        year,
        format,
        cells: report.cells,
        manual: report.manual,
        mapping: report.mapping.map((m) => ({ ...m })),
        frozenById: actorId,
      },
    });
    await audit(tx, {
      actorId,
      action: 'report.freeze',
      target: `report:${year}:${format}`,
      detail: { snapshotId: snap.id },
      office: agencyId,
    });
    return snap;
  });
  clearDerived(agencyId); // as above: the action's page shows the table frozen, not a cached live one
  return snap;
}
