// The admin log (admin_event): who did what to which thing, written only through audit() so every
// action is one of AuditAction and every subject names its kind ("user:12"). Call it with the
// transaction that makes the change, so the row exists exactly when the change does.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

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
  | 'disposition.update'
  | 'document.download'
  | 'document.preview'
  | 'import.ledger'
  | 'report.freeze'
  | 'report.manual'
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
  | 'document'
  | 'import'
  | 'kind'
  | 'report'
  | 'submission'
  | 'template'
  | 'token'
  | 'user'
  | 'year';
type AuditSubject = `${SubjectKind}:${string | number}`;

export interface AuditEntry {
  /** Null for what the system does by itself (the demo seed). */
  actorId?: number | null;
  action: AuditAction;
  target: AuditSubject;
  detail?: Prisma.InputJsonObject;
}

type Db = PrismaClient | Prisma.TransactionClient;

export function audit(db: Db, entry: AuditEntry) {
  return db.adminEvent.create({
    data: { actorId: entry.actorId ?? null, action: entry.action, target: entry.target, detail: entry.detail ?? {} },
  });
}
