// What a step is judged against besides the case itself, gathered the same way for recording it
// (record-event.ts) and for the reply's preview (draft-letter.ts): today, the calendar, the
// office's active catalogue (a reply), this application's place in the applicant's month (按件
// fees), and the reply's form defaulting to the one the applicant asked for.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { loadCatalogue } from '@/lib/settings/dispositions';
import { todayInChina } from '@/lib/shared/dates';
import { applicantMonthOrdinal } from './applicant-month-ordinal';
import { activeDepartments } from '@/lib/departments/departments';
import type { LoadedCase } from './load-case';
import type { StepContext } from './steps/define';

type Row = LoadedCase['row'];

/** The parts that don't need the case row (read before its transaction). */
export async function loadStepBasics(db: PrismaClient, agencyId: number, type: string) {
  const [calendar, catalogue, departments] = await Promise.all([
    cachedCalendar(db),
    type === 'reply_submitted' || type === 'opinion_submitted' ? loadCatalogue(db, agencyId, { activeOnly: true }) : Promise.resolve(null),
    type === 'routed' ? activeDepartments(db, agencyId) : Promise.resolve(new Map<number, string>()),
  ]);
  return { calendar, dispositions: catalogue ? new Set(catalogue.map((d) => d.code)) : undefined, departments };
}

/** The office's internal handling as the steps see it (its settings are on the case's agency row). */
export const officeOf = (agency: Pick<Row['agency'], 'routeWorkdays' | 'signoffRequired'>, departments: ReadonlyMap<number, string>) => ({
  departments,
  routeWorkdays: agency.routeWorkdays,
  signoffRequired: agency.signoffRequired,
});

export async function stepContextFor(
  db: Pick<PrismaClient | Prisma.TransactionClient, 'case'>,
  basics: Awaited<ReturnType<typeof loadStepBasics>>,
  type: string,
  row: Row,
  caseId: number,
): Promise<StepContext> {
  const { departments, ...rest } = basics;
  return {
    today: todayInChina(),
    ...rest,
    office: officeOf(row.agency, departments),
    channel: row.channel,
    applicantMonthOrdinal: type === 'reply_submitted' ? await applicantMonthOrdinal(db, { ...row, id: caseId }) : undefined,
  };
}

/** A reply provides the information in the form the applicant asked for, unless it says otherwise. */
export function stepInputFor(type: string, input: Record<string, unknown>, row: Pick<Row, 'formWanted'>): Record<string, unknown> {
  return type === 'reply_submitted' && (input.form === undefined || input.form === null || input.form === '')
    ? { ...input, form: row.formWanted }
    : input;
}
