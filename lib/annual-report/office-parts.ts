// The parts of the annual report the office writes itself (一, 五, 六) for a year: saving them, and
// reading them with the office for the year-table page.
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { first, qb } from '@/lib/db/kysely';
import { notFoundError } from '@/lib/shared/errors';
import { text } from '@/lib/shared/text';
import { audit } from '@/lib/audit/audit';

// The parts only the office can write, with what each should say (the draft's placeholder text).
export const OFFICE_PARTS: Record<number, { title: string; hint: string }> = {
  1: { title: '一、总体情况', hint: '概述本年度政府信息公开工作的总体情况、主要做法和成效。' },
  5: { title: '五、存在的主要问题及改进情况', hint: '说明本年度工作中存在的主要问题、上年度问题的整改情况和下一步改进措施。' },
  6: {
    title: '六、其他需要报告的事项',
    hint: '说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况、人大代表建议和政协提案办理结果公开情况及其他需要报告的事项。',
  },
};

const partsSchema = z.object({
  1: text('总体情况', 20_000, { multiline: true }).optional(),
  5: text('存在的主要问题及改进情况', 20_000, { multiline: true }).optional(),
  6: text('其他需要报告的事项', 20_000, { multiline: true }).optional(),
});

export async function saveOfficeParts(db: PrismaClient, agencyId: number, year: number, input: unknown, actorId: number | null) {
  const v = partsSchema.parse(input);
  await db.$transaction(async (tx) => {
    for (const [part, value] of Object.entries(v)) {
      if (value === undefined) continue;
      const key = { agencyId, year, part: Number(part) };
      if (!value) await tx.annualReportPart.deleteMany({ where: key });
      else
        await tx.annualReportPart.upsert({
          where: { agencyId_year_part: key },
          create: { ...key, text: value },
          update: { text: value, updatedAt: new Date() },
        });
    }
    await audit(tx, {
      actorId,
      action: 'annual_report.parts',
      target: `agency:${agencyId}:year:${year}`,
      detail: { parts: Object.keys(v) },
    });
  });
}

/**
 * The year-table page's office: its name, whether offices report to it (the roll-up's link), and
 * its own parts of the annual report for the year, by part number — one statement, since the page
 * is opened all day and each further round trip cost it more than the reading.
 */
export async function reportPageOffice(
  db: PrismaClient,
  agencyId: number,
  year: number,
): Promise<{ name: string; hasSubordinates: boolean; parts: Record<number, string> }> {
  const row = await first(
    db,
    qb
      .selectFrom('agency as a')
      .where('a.id', '=', agencyId)
      .select((eb) => [
        'a.name',
        eb.exists(eb.selectFrom('agency as c').select('c.id').whereRef('c.parent_id', '=', 'a.id')).as('hasSubordinates'),
        jsonArrayFrom(
          eb
            .selectFrom('annual_report_part as p')
            .select(['p.part', 'p.text'])
            .whereRef('p.agency_id', '=', 'a.id')
            .where('p.year', '=', year),
        ).as('parts'),
      ]),
  );
  if (!row) throw notFoundError('机关');
  return {
    name: row.name,
    hasSubordinates: Boolean(row.hasSubordinates),
    parts: Object.fromEntries(row.parts.map((r) => [r.part, r.text])),
  };
}
