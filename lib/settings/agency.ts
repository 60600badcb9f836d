// Settings an admin changes: the agency's own details (agency.ts) and the holiday calendar's
// overrides (calendar.ts), kept together; the working-day rules they feed stay in lib/deadlines/.
// The office's own details: printed on every document (name, address, contact, the remedy
// clause's review body and court, how to pay fees) and its 文号 prefixes per document class.
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/shared/errors';
import { optionalText, text } from '@/lib/shared/text';
import { CLASS_SUFFIX } from '@/lib/documents/document-number';
import { AGENCY_LEVELS, reviewBodyFor, type AgencyLevel } from '@/lib/documents/remedy';
import { audit } from '@/lib/audit/audit';

const agencySchema = z.object({
  name: text('机关名称', 100, { required: true }),
  shortName: text('简称', 20, { required: true }),
  address: optionalText('地址', 200),
  postcode: optionalText('邮政编码', 10).refine((v) => /^\d{0,6}$/.test(v), '邮政编码为 6 位数字'),
  phone: optionalText('联系电话', 40),
  email: optionalText('电子邮箱', 120),
  level: z.enum(Object.keys(AGENCY_LEVELS) as [AgencyLevel, ...AgencyLevel[]], { message: '请选择机关层级' }),
  parentName: optionalText('本级人民政府或上一级机关名称', 100),
  reviewBody: optionalText('行政复议机关', 100),
  court: optionalText('管辖法院', 100),
  feePayment: optionalText('缴费方式', 300),
  // Internal handling (issue 30): a department's default time to answer a routing, and whether a
  // reply goes out only after a leader's 签发. Left out, they stay as they are.
  routeWorkdays: z.coerce
    .number({ message: '转办默认期限须为数字' })
    .int('转办默认期限须为整数')
    .min(1, '转办默认期限至少 1 个工作日')
    .max(14, '转办默认期限须短于答复期限（不超过 14 个工作日）')
    .optional(),
  signoffRequired: z.boolean({ message: '请说明是否须经领导签发' }).optional(),
  prefixes: z.record(z.string().regex(/^(?:[1-9]|1[01])$/, '类别无效'), text('文号前缀', 20, { required: true })).default({}),
});

export async function loadAgencySettings(db: PrismaClient, agencyId: number) {
  const [agency, prefixes] = await Promise.all([
    db.agency.findUniqueOrThrow({ where: { id: agencyId } }),
    db.docPrefix.findMany({ where: { agencyId } }),
  ]);
  const own = new Map(prefixes.map((p) => [p.cls, p.prefix]));
  return {
    agency,
    proposedReviewBody: reviewBodyFor({ ...agency, reviewBody: '' }),
    prefixes: Object.fromEntries(
      Object.keys(CLASS_SUFFIX).map((c) => [c, own.get(Number(c)) ?? agency.shortName + CLASS_SUFFIX[Number(c)]]),
    ),
  };
}

export async function updateAgency(db: PrismaClient, agencyId: number, input: unknown, actorId: number | null) {
  const { prefixes, ...v } = agencySchema.parse(input);
  await db.$transaction(async (tx) => {
    // As when an office is created: no two offices share a name (a sibling's name would make the
    // roll-up and every letter's letterhead ambiguous).
    if (await tx.agency.findFirst({ where: { name: v.name, id: { not: agencyId } }, select: { id: true } }))
      throw new DomainError('conflict', `机关“${v.name}”已存在，请使用本机关的全称`, 'name');
    await tx.agency.update({ where: { id: agencyId }, data: v });
    for (const [cls, prefix] of Object.entries(prefixes)) {
      await tx.docPrefix.upsert({
        where: { agencyId_cls: { agencyId, cls: Number(cls) } },
        create: { agencyId, cls: Number(cls), prefix },
        update: { prefix },
      });
    }
    await audit(tx, { actorId, action: 'agency.update', target: `agency:${agencyId}`, detail: { ...v, prefixes } });
  });
}

/** The office's full name, for lines such as the year table's 填报单位. */
export async function agencyName(db: PrismaClient, agencyId: number): Promise<string> {
  return (await db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true } })).name;
}

/** Whether the office's replies go out only after a leader's 签发 (also on 机关信息). */
export async function setSignoffRequired(db: PrismaClient, agencyId: number, on: boolean, actorId: number | null) {
  await db.$transaction(async (tx) => {
    await tx.agency.update({ where: { id: agencyId }, data: { signoffRequired: on } });
    await audit(tx, { actorId, action: 'agency.update', target: `agency:${agencyId}`, detail: { signoffRequired: on } });
  });
}
