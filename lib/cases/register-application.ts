// Registering an application, as the office does it: the case is saved (one statement, numbering
// included), then the receipt the letter rules give it (回执, or 当面签收单 for an application
// handed in; none for a request to correct information) is issued and numbered. The case never
// depends on the receipt: if the letter can't be made, the case stands and the case page offers
// the receipt again.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/auth/permissions';
import { issueDocument } from '@/lib/documents/issue-document';
import { formatCn, fromDate, todayInChina } from '@/lib/shared/dates';
import { asDomainError } from '@/lib/shared/errors';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { receiptKindFor } from '@/lib/documents/letter-rules';
import { deadlinesOf } from './case-state';
import { createCase } from './create-case';
import { loadCase } from './load-case';
import { findRelated } from './related-cases';

export async function registerApplication(
  db: PrismaClient,
  input: unknown,
  actor: { userId: number; agencyId: number; role: Role },
  { receipt = true } = {},
) {
  const base = await createCase(db, input, actor);
  // The applicant's other cases and similar applications, for the hint beside the new case.
  const a = input as { applicant?: { idNumber?: string; name?: string; phone?: string }; description?: string };
  const created = {
    ...base,
    related: await findRelated(db, actor.agencyId, { ...a.applicant, description: a.description, excludeId: base.case.id }),
  };
  if (!receipt) return { ...created, receipt: null, receiptProblem: null };
  try {
    // Which receipt, if any, is the letter rules' answer for the file just saved (none for 更正申请).
    const [{ row, state }, cal] = await Promise.all([loadCase(db, created.case.id, actor.agencyId), cachedCalendar(db)]);
    const kind = receiptKindFor(state, deadlinesOf(cal, state), row.channel);
    if (!kind) return { ...created, receipt: null, receiptProblem: null };
    // An application registered days after it arrived gets its receipt dated the day it arrived; the
    // registration itself is the reason for the 补录.
    const backdateReason = `登记晚于收到申请之日（${formatCn(fromDate(created.case.receivedOn))}收到，${formatCn(todayInChina())}登记）`;
    return { ...created, receipt: await issueDocument(db, created.case.id, kind, actor, { backdateReason }), receiptProblem: null };
  } catch (err) {
    const e = asDomainError(err);
    if (!e) console.error(err);
    return { ...created, receipt: null, receiptProblem: e?.message ?? '回执未能出具，请在案件页面重新出具' };
  }
}
