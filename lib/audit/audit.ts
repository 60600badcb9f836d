// The admin log (admin_event): who did what to which thing, written only through audit() so every
// action is one of AuditAction and every subject names its kind ("user:12"). Call it with the
// transaction that makes the change, so the row exists exactly when the change does.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { announce } from '@/lib/db/change-feed';

// The actions the admin log knows; a new one is added here.
type AuditAction =
  | 'agency.create'
  | 'agency.update'
  | 'annual_report.parts'
  | 'applicant.view'
  | 'attachment.download'
  | 'calendar.paste_year'
  | 'calendar.publish_year'
  | 'calendar.remove_day'
  | 'calendar.set_day'
  | 'complaint.create'
  | 'complaint.close'
  | 'complaint.update'
  | 'department.create'
  | 'department.update'
  | 'disposition.update'
  | 'document.download'
  | 'document.preview'
  | 'import.ledger'
  | 'report.freeze'
  | 'report.manual'
  | 'release.decline'
  | 'release.publish'
  | 'submission.discard'
  | 'submission.view'
  | 'template.activate'
  | 'template.restore_default'
  | 'template.upload'
  | 'token.create'
  | 'token.revoke'
  | 'topic.add'
  | 'topic.update'
  | 'user.change_own_password'
  | 'user.change_role'
  | 'user.create'
  | 'user.disable'
  | 'user.email'
  | 'user.enable'
  | 'user.reset_password'
  | 'user.sign_out_everywhere';

type SubjectKind =
  | 'agency'
  | 'attachment'
  | 'case'
  | 'complaint'
  | 'day'
  | 'department'
  | 'document'
  | 'import'
  | 'kind'
  | 'release'
  | 'report'
  | 'submission'
  | 'template'
  | 'token'
  | 'user'
  | 'year';
type AuditSubject = `${SubjectKind}:${string | number}`;

// The actions that can move a derived figure (year tables, roll-ups, 督办, the lists of topics and
// users a page shows): the cache of those figures is dropped here, in every process, by a notice
// sent with the transaction (delivered only if it commits). 'all' for the calendar, which moves every
// office's deadlines. Writes to cases themselves (steps, intake) drop it after their commit instead
// (lib/cases/record-event.ts, create-case.ts): NOTIFY in a transaction serialises commits, which
// the intake's hundreds a second can't afford, and admin writes are rare.
const MOVES_FIGURES = {
  'agency.create': 'office',
  'calendar.paste_year': 'all',
  'calendar.publish_year': 'all',
  'calendar.remove_day': 'all',
  'calendar.set_day': 'all',
  'complaint.create': 'office',
  'complaint.close': 'office',
  'complaint.update': 'office',
  'department.create': 'office',
  'department.update': 'office',
  'disposition.update': 'office',
  'import.ledger': 'office',
  'report.freeze': 'office',
  'report.manual': 'office',
  'topic.add': 'office',
  'topic.update': 'office',
  'user.change_role': 'office',
  'user.create': 'office',
  'user.disable': 'office',
  'user.enable': 'office',
} as const satisfies Partial<Record<AuditAction, 'office' | 'all'>>;

type OfficeAction = {
  [K in keyof typeof MOVES_FIGURES]: (typeof MOVES_FIGURES)[K] extends 'office' ? K : never;
}[keyof typeof MOVES_FIGURES];

/** An action that moves an office's figures names the office (the type requires it). */
export type AuditEntry = {
  /** Null for what the system does by itself (the demo seed). */
  actorId?: number | null;
  target: AuditSubject;
  detail?: Prisma.InputJsonObject;
} & ({ action: OfficeAction; office: number } | { action: Exclude<AuditAction, OfficeAction>; office?: undefined });

type Db = PrismaClient | Prisma.TransactionClient;

/** Writes the admin log row and, for an action that moves figures, tells every process to drop them. */
export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  const moves = (MOVES_FIGURES as Partial<Record<AuditAction, 'office' | 'all'>>)[entry.action];
  await db.adminEvent.create({
    data: { actorId: entry.actorId ?? null, action: entry.action, target: entry.target, detail: entry.detail ?? {} },
  });
  if (moves) await announce(db, moves === 'all' ? 'derived' : `derived:${entry.office!}`);
}
