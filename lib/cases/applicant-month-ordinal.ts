// 按件 fees count the applicant's own applications to this office in a calendar month
// (国办函〔2020〕109号第四条): this one's place among them, by the day received (and, on one day,
// the order registered). The applicant is the same ID number or credit code; without either, the
// same name.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { toDate } from '@/lib/shared/dates';

interface Applicant {
  id: number;
  agencyId: number;
  receivedOn: Date;
  applicantKind: string;
  applicantName: string;
  idNumber: string;
  orgCode: string;
}

function applicantKey(a: Pick<Applicant, 'applicantKind' | 'applicantName' | 'idNumber' | 'orgCode'>): Prisma.CaseWhereInput {
  if (a.applicantKind === 'natural' && a.idNumber) return { idNumber: a.idNumber };
  if (a.applicantKind !== 'natural' && a.orgCode) return { orgCode: a.orgCode };
  return { applicantName: a.applicantName, idNumber: '', orgCode: '' };
}

export async function applicantMonthOrdinal(db: Pick<PrismaClient, 'case'>, a: Applicant): Promise<number> {
  // Later applications of the month are left out by the second condition.
  return db.case.count({
    where: {
      agencyId: a.agencyId,
      ...applicantKey(a),
      receivedOn: { gte: toDate(`${a.receivedOn.toISOString().slice(0, 7)}-01`) },
      OR: [{ receivedOn: { lt: a.receivedOn } }, { receivedOn: a.receivedOn, id: { lte: a.id } }],
    },
  });
}
