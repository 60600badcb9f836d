// The columns of a case row that are derived from its timeline (kept for queries and lists).
import { Prisma } from '@/lib/generated/prisma/client';
import type { Deadlines } from '@/lib/deadlines/compute-deadlines';
import { toDate } from '@/lib/shared/dates';
import type { CaseState } from './case-state';

const d = (iso: string | null | undefined) => (iso ? toDate(iso) : null);

export function derivedColumns(s: CaseState, dl: Deadlines) {
  return {
    status: s.status,
    pendingReview: s.status === 'review' || !!s.pendingExtension || !!s.pendingCustom,
    dueOn: s.status === 'closed' ? null : d(dl.dueOn),
    baseDueOn: d(dl.baseDueOn),
    dueProvisional: dl.provisional,
    extensionDays: s.extensionDays,
    customDueOn: d(s.customDueOn),
    dispositionCode: s.disposition ?? null,
    reply: s.reply ? { ...s.reply, lastReturn: s.lastReturn } : s.lastReturn ? { lastReturn: s.lastReturn } : Prisma.DbNull,
    deliveredOn: d(s.delivery?.on),
    closedOn: d(s.closedOn),
    feeYuan: s.feePaid?.amountYuan ?? s.reply?.feeYuan ?? null,
    feePaidOn: d(s.feePaid?.on),
  };
}
