// The case page: the row, its timeline replayed into state, its letters and files, deadlines and
// the steps on offer.
// Reading only; who saw an applicant's full details is logged by `logUnmaskedView`.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Role } from '@/lib/auth/permissions';
import { todayInChina } from '@/lib/shared/dates';
import { workdaysLeft } from '@/lib/deadlines/count-workdays';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { backdateFrom } from '@/lib/documents/backdate';
import { deadlinesOf } from './case-state';
import { loadCase } from './load-case';
import { offeredSteps } from './steps';
import { offeredDocuments } from '@/lib/documents/offer';
import { audit } from '@/lib/audit/audit';
import { cachedDepartments } from '@/lib/departments/departments';
import { caseScope } from './case-scope';
import { isOpenRoute } from './steps/route-steps';
import { answerDueOn, answerRule } from '@/lib/deadlines/appeal-answer';
import { officeOf } from './step-context';
import { DomainError } from '@/lib/shared/errors';
import { idFromAddress } from '@/lib/shared/id-from-address';

/**
 * An ID number or phone with at least half its characters hidden, whatever its length: at most a
 * quarter (and 3) shown at the front, the rest of the visible half (at most 4) at the end —
 * 110***********1234, 13******678, 6****45. (It once showed all of a 7-character value.)
 */
export function maskId(v: string): string {
  const chars = [...v];
  const head = Math.min(3, Math.floor(chars.length / 4));
  const tail = Math.min(4, Math.floor(chars.length / 2) - head);
  if (tail <= 0) return '*'.repeat(chars.length);
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(-tail).join('');
}

export async function getCaseDetail(
  db: PrismaClient,
  id: number,
  actor: { agencyId: number; role: Role; userId: number; departmentId?: number | null },
) {
  const [
    {
      row: { papers, ...row },
      state,
    },
    cal,
    departments,
    // The departments are read on every case page view: shared between requests (a change drops them).
  ] = await Promise.all([loadCase(db, id, caseScope(actor), { papers: true }), cachedCalendar(db), cachedDepartments(db, actor.agencyId)]);
  const office = officeOf(row.agency, departments);
  const deadlines = deadlinesOf(cal, state);
  const today = todayInChina();
  const unmasked = can(actor.role, 'applicant.unmask');
  return {
    row: unmasked ? row : { ...row, idNumber: maskId(row.idNumber), phone: maskId(row.phone) },
    unmasked,
    /** Its letters and files, read with it. */
    papers: papers!,
    state,
    deadlines,
    workdaysLeft: state.status !== 'closed' && deadlines.dueOn ? workdaysLeft(cal, today, deadlines.dueOn) : null,
    correctionLimitLeft: deadlines.correctionLimitOn ? workdaysLeft(cal, today, deadlines.correctionLimitOn) : null,
    actions: offeredSteps(state, actor, { today, calendar: cal, office, channel: row.channel }),
    /** The office's departments (routing) and, for each routing, whether it is past its internal due date. */
    departments,
    routes: state.routes.map((r) => ({
      department: { id: r.department, name: departments.get(r.department) ?? r.name },
      routedOn: r.routedOn,
      dueOn: r.dueOn,
      status: r.status,
      acceptedOn: r.acceptedOn,
      returned: r.returned,
      opinion: r.opinion,
      overdue: isOpenRoute(r) && r.dueOn < today,
    })),
    /** Reviews and suits, each with the day the office's answer is due (lib/deadlines/appeal-answer.ts). */
    appeals: state.appeals.map((a) => ({
      ...a,
      noticeReceivedOn: a.noticeReceivedOn ?? null,
      answeredOn: a.answeredOn ?? null,
      answerDueOn: a.noticeReceivedOn ? answerDueOn(cal, a.kind, a.noticeReceivedOn) : null,
      answerBasis: a.noticeReceivedOn ? answerRule(a.kind, a.noticeReceivedOn).basis : null,
    })),
    /** The letters this actor may issue now: the same rules POST …/documents applies (letter-rules.ts). */
    letters: can(actor.role, 'cases.work') ? offeredDocuments(state, deadlines, row.channel, office) : [],
    /** Letters dated before this day are 补录 and need a reason. */
    backdateFrom: backdateFrom(cal, today),
  };
}

/**
 * The case a page's address names (/cases/{id}…), or null — a 404 like a missing case — for
 * anything that can't be a case number, a case that doesn't exist, or another office's.
 */
export async function caseDetailAt(
  db: PrismaClient,
  id: string,
  actor: { agencyId: number; role: Role; userId: number; departmentId?: number | null },
) {
  const n = idFromAddress(id);
  if (n === null) return null;
  return getCaseDetail(db, n, actor).catch((e: unknown) => {
    if (e instanceof DomainError) return null;
    throw e;
  });
}

/** Who saw an applicant's full ID number or phone, and when, is kept in the admin log. */
export async function logUnmaskedView(
  db: PrismaClient,
  detail: { unmasked: boolean; row: { id: number; idNumber: string; phone: string } },
  actorId: number,
) {
  if (!detail.unmasked || (!detail.row.idNumber && !detail.row.phone)) return;
  await audit(db, { actorId, action: 'applicant.view', target: `case:${detail.row.id}` });
}
